/**
 * Suite folders: which patterns name them, which of them a change touches, the
 * prompt files each holds (directly in it, as the suite model sees a suite), and
 * the prompt files elsewhere that link into them (a preprompt indexing the pairs
 * of a folder that borrows it), whose findings a change there can alter too.
 */
import fs from 'node:fs'
import path from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {links} from '../markdown.js'
import {isMarkdownName, isPromptFileName} from '../names.js'

/**
 * Glob patterns of suite folders: each `paths` entry and every folder under it,
 * or, without `paths`, the configured suites (default `**\/orchestration` and
 * `**\/testdata`).
 */
export function suitePatterns(paths: string[], configured: string[]): string[] {
  if (paths.length === 0) return configured
  return paths.flatMap((entry) => {
    const clean = entry.replace(/\/+$/, '')
    return [clean, `${clean}/**`]
  })
}

/**
 * The suite folders (absolute) a change touches: those that directly hold a
 * changed path (added, modified, removed, or either name of a rename).
 */
export function touchedSuites(suites: string[], workspace: string, changed: string[]): string[] {
  const known = new Set(suites)
  const touched = new Set<string>()
  for (const file of changed) {
    const dir = path.resolve(workspace, path.posix.dirname(file))
    if (known.has(dir)) touched.add(dir)
  }
  return [...touched].sort()
}

/** Prompt files directly in the given folders (absolute, sorted); unreadable folders give none. */
export function promptFilesIn(dirs: string[]): string[] {
  const files: string[] = []
  for (const dir of dirs) {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(dir, {withFileTypes: true})
    } catch {
      continue
    }
    for (const entry of entries) {
      if (!entry.isDirectory() && isPromptFileName(entry.name))
        files.push(path.join(dir, entry.name))
    }
  }
  return files.sort()
}

/**
 * What a run lints in the given folders: their prompt files and, in a folder
 * that holds prompts, its other markdown files (plans, requirement documents),
 * absolute, sorted.
 */
export function suiteFilesIn(dirs: string[]): string[] {
  const files: string[] = []
  for (const dir of dirs) {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(dir, {withFileTypes: true})
    } catch {
      continue
    }
    const prompts = entries.filter((entry) => !entry.isDirectory() && isPromptFileName(entry.name))
    if (prompts.length === 0) continue
    for (const entry of entries) {
      if (!entry.isDirectory() && isMarkdownName(entry.name)) files.push(path.join(dir, entry.name))
    }
  }
  return files.sort()
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml'])

/** Those of `files` with a relative link to a file in one of `dirs` (read as text; unreadable files give none). */
export function filesLinkingInto(files: string[], dirs: string[]): string[] {
  const targets = new Set(dirs)
  return files.filter((file) => {
    let text: string
    try {
      text = fs.readFileSync(file, 'utf8')
    } catch {
      return false
    }
    const dir = path.dirname(file)
    return links(parser.parse(text), dir).some(
      (link) => link.target !== undefined && targets.has(path.dirname(link.target))
    )
  })
}
