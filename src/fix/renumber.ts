/**
 * The renumber planner: new numbers for a folder's numbered prompts (red, green,
 * foundation; the preprompt stays `00`), either closing the gaps (`01`, `02`, …
 * in order) or making room at one number (it and every number above move up by
 * one). Each moved file is renamed with only its digits changed; its title's
 * `Prompt NN` follows when it agreed with the old number; links and plain-text
 * prompt names in the suite folders of the repository follow the renames.
 */
import path from 'node:path'
import type {SuiteModel} from '../suite/model.js'
import {formatNumber, maxNumber, type PromptName} from '../suite/names.js'
import {
  buildPlan,
  diskReader,
  markdownFiles,
  referenceReplacements,
  renameConflicts,
  shower,
  type PlanResult,
  type Reader,
  type Rename,
  bodyReader
} from './plan.js'
import {lineStarts, offsetOf, type Replacement} from './text.js'

export interface RenumberOptions {
  /** Make room at this number instead of closing gaps. */
  insertAt?: number
  read?: Reader
  /** Shown in reasons. */
  cwd?: string
}

// The digits of a prompt name, as `parsePromptName` finds them.
const numbered = /(prompt[_-]*)(\d+)([a-z]?)(?=[_-]|\.|$)/i

/** The renames and edits that renumber the prompts of `dir`. */
export function planRenumber(
  model: SuiteModel,
  dir: string,
  options: RenumberOptions = {}
): PlanResult {
  const read = options.read ?? diskReader
  const show = shower(options.cwd)
  const folder = model.folder(dir)
  const prompts = folder.prompts.filter(
    (prompt) => prompt.kind !== 'preprompt' && !Number.isNaN(prompt.number)
  )
  const numbers = [...new Set(prompts.map((prompt) => prompt.number))].sort((a, b) => a - b)
  const insertAt = options.insertAt
  const target = (number: number) =>
    insertAt === undefined ? numbers.indexOf(number) + 1 : number >= insertAt ? number + 1 : number

  const renames: Rename[] = []
  const moved: Array<{prompt: PromptName; file: string; number: number}> = []
  const beyond = prompts.find((prompt) => target(prompt.number) > maxNumber)
  if (beyond) {
    return {
      conflicts: [
        `\`${show(path.join(dir, beyond.name))}\` would be numbered ${target(beyond.number)}, beyond ${maxNumber}`
      ]
    }
  }
  for (const prompt of prompts) {
    const number = target(prompt.number)
    if (number === prompt.number) continue
    const name = withNumber(prompt.name, number)
    if (!name) continue
    const file = path.join(dir, prompt.name)
    renames.push({from: file, to: path.join(dir, name)})
    moved.push({prompt, file, number})
  }
  const conflicts = renameConflicts(renames, model, show)
  if (conflicts.length > 0) return {conflicts}

  const body = bodyReader(read)
  const root = model.root(dir)
  const folders = new Set([dir, ...model.scope(root).folders])
  const replacements = referenceReplacements(
    renames,
    markdownFiles(model, folders),
    model,
    body,
    show
  )
  for (const {prompt, file, number} of moved) {
    const title = model.facts(file)?.title
    const text = body(file)
    if (!title?.numberPlace || title.number !== prompt.number || text === undefined) continue
    const starts = lineStarts(text)
    const start = offsetOf(starts, text, title.numberPlace)
    const end = offsetOf(starts, text, {
      line: title.numberPlace.endLine,
      column: title.numberPlace.endColumn
    })
    if (start === undefined || end === undefined) continue
    const replacement: Replacement = {
      start,
      end,
      text: formatNumber(number),
      why: `the title of \`${show(file)}\``
    }
    replacements.set(file, [...(replacements.get(file) ?? []), replacement])
  }
  return buildPlan(renames, replacements, read)
}

/** A prompt file name with its number replaced (two digits at least), all else as written. */
export function withNumber(name: string, number: number): string | undefined {
  const match = numbered.exec(name)
  if (!match) return undefined
  const at = match.index + (match[1] ?? '').length
  return name.slice(0, at) + formatNumber(number) + name.slice(at + (match[2] ?? '').length)
}
