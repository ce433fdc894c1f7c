/**
 * What a rule needs about the file it checks: its path, folder, parsed name and
 * facts, from the run's suite model.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {Facts} from './facts.js'
import type {Folder, SuiteModel} from './model.js'
import type {PromptName} from './names.js'
import {isPlanName, type Plan} from './plans.js'

export interface Subject {
  /** Absolute path. */
  path: string
  folder: Folder
  prompt: PromptName
  facts: Facts
  model: SuiteModel
}

/** The prompt a rule checks, or `undefined` for a file that is not a prompt (or has no path). */
export function subjectOf(file: VFile, model: SuiteModel): Subject | undefined {
  if (!file.path) return undefined
  const own = path.resolve(file.cwd, file.path)
  const folder = model.folderOf(own)
  const prompt = folder.byName.get(path.basename(own))
  if (!prompt) return undefined
  return {path: own, folder, prompt, facts: model.own(file), model}
}

/** A path as a message shows it: relative to the folder of the file, `/` separators. */
export function shown(from: string, target: string): string {
  return path.relative(from, target).split(path.sep).join('/')
}

/** Absolute path of a file, or `undefined` for a file without a path (stdin). */
export function filePath(file: VFile): string | undefined {
  return file.path ? path.resolve(file.cwd, file.path) : undefined
}

/**
 * The plan a rule checks, or `undefined` for a file that is no plan (a red,
 * green or foundation prompt, a document naming fewer than two prompt files, or
 * beside no prompt naming none of the repository's).
 * The plan is read from the file's own text (the buffer).
 */
export function planOf(file: VFile, model: SuiteModel): Plan | undefined {
  const own = filePath(file)
  if (!own || !isPlanName(path.basename(own))) return undefined
  model.own(file)
  return model.plan(own)
}
