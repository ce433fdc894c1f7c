/**
 * What a run lints, from its scope: every prompt file the engine's discovery
 * finds in the suite folders (names only, nothing read), narrowed to the suites a
 * pull request touches; the discovery's problems of those suites; and one
 * sentence that says what was linted and why.
 */
import path from 'node:path'
import {collectFiles} from '../io/files.js'
import type {ResolvedConfig} from '../config/config.js'
import {plural, relativePath} from '../reporters/common.js'
import type {Scope} from './scope.js'
import {folderInside, foldersOf, selectFiles} from './suites.js'

/** Folders named in the scope sentence. */
const scopeFolders = 20

export interface RunSelection {
  /** Prompt files to lint (absolute, sorted). */
  files: string[]
  /** Their suite folders (absolute, sorted). */
  suites: string[]
  /** Paths the discovery could not read, in the suites selected: `path: reason`. */
  problems: string[]
  /** What is linted and why, one sentence without its final period (or why nothing is). */
  scope: string
}

export async function selectRun(
  workspace: string,
  config: ResolvedConfig,
  patterns: string[],
  scope: Scope
): Promise<RunSelection> {
  const found = await collectFiles([], {cwd: workspace, config})
  const all = found.files.filter((file) => folderInside(path.dirname(file), workspace))
  const selection =
    scope.kind === 'changed'
      ? selectFiles(all, workspace, scope.paths, config.settings.preprompts)
      : {files: all, suites: foldersOf(all)}
  if (selection.files.length === 0) {
    return {
      files: [],
      suites: [],
      problems: [],
      scope:
        scope.kind === 'changed'
          ? `Nothing to lint: none of the ${plural(scope.paths.length, 'file')} pull request #${scope.pullNumber} changes lies in or next to a suite folder (${patterns.join(', ')})`
          : `Nothing to lint: no suite folder with prompt files matches ${patterns.join(', ')}`
    }
  }
  const inSelection = new Set(selection.suites.map((dir) => relativePath(workspace, dir)))
  const problems = found.problems
    .filter((problem) => scope.kind === 'all' || inSelection.has(path.posix.dirname(problem.path)))
    .map((problem) => `${problem.path}: ${problem.reason}`)
  const shown =
    selection.suites
      .slice(0, scopeFolders)
      .map((dir) => relativePath(workspace, dir) || '.')
      .join(', ') +
    (selection.suites.length > scopeFolders
      ? ` and ${selection.suites.length - scopeFolders} more`
      : '')
  return {
    ...selection,
    problems,
    scope:
      scope.kind === 'changed'
        ? `the suite folders pull request #${scope.pullNumber} touches, with their parent and child suites: ${shown}`
        : `${scope.why}: ${shown}`
  }
}
