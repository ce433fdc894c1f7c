/**
 * Suite folders: which patterns name them, which of them a change touches, and
 * the prompt files each holds (directly in it, as the suite model sees a suite).
 */
import fs from 'node:fs'
import path from 'node:path'
import {isPromptFileName} from '../names.js'

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
      if (!entry.isDirectory() && isPromptFileName(entry.name)) files.push(path.join(dir, entry.name))
    }
  }
  return files.sort()
}
