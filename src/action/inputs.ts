/**
 * The Action's inputs, read through a getter (so this module never touches
 * @actions/core) and checked once: a bad value is an `InputError` naming the input.
 */
import path from 'node:path'

export type FailOn = 'error' | 'warning' | 'never'
export type AnnotationMode = 'commands' | 'checks' | 'none'

export interface Inputs {
  /** `github-token`; `''` when none was given. */
  token: string
  /** `paths`: folders or glob patterns of folders, relative to the workspace; `[]` for the configured suites. */
  paths: string[]
  /** `config`: a configuration file, relative to the workspace. */
  config: string | undefined
  failOn: FailOn
  annotations: AnnotationMode
  /** `suggestions`: post `--fix`'s fixes as suggested changes on a pull request. */
  suggestions: boolean
  /** `cache`: the cache file (`--cache-location`), outside the workspace; `undefined` for none. */
  cache: string | undefined
}

export class InputError extends Error {
  override name = 'InputError'
}

const failOns: FailOn[] = ['error', 'warning', 'never']
const modes: AnnotationMode[] = ['commands', 'checks', 'none']

/** Read and check every input; `get` returns `''` for an input not set. */
export function parseInputs(get: (name: string) => string): Inputs {
  const paths = get('paths')
    .split(/[\n,]/)
    .map((entry) => entry.trim().replace(/\/+$/, ''))
    .filter(Boolean)
  for (const entry of paths) {
    if (
      path.posix.isAbsolute(entry) ||
      path.win32.isAbsolute(entry) ||
      entry.split(/[/\\]/).includes('..')
    ) {
      throw new InputError(
        `paths: \`${entry}\` lies outside the workspace, expected a path relative to it`
      )
    }
  }
  return {
    token: get('github-token'),
    paths,
    config: get('config') || undefined,
    failOn: oneOf('fail-on', get('fail-on') || 'error', failOns),
    annotations: oneOf('annotations', get('annotations') || 'commands', modes),
    suggestions: oneOf('suggestions', get('suggestions') || 'true', ['true', 'false']) === 'true',
    cache: get('cache') || undefined
  }
}

function oneOf<T extends string>(name: string, value: string, allowed: T[]): T {
  if ((allowed as string[]).includes(value)) return value as T
  throw new InputError(
    `${name}: unexpected \`${value}\`, expected one of ${allowed.map((item) => `\`${item}\``).join(', ')}`
  )
}

/**
 * The cache file the `cache` input names, absolute: never inside the workspace,
 * where a pull request could commit one that holds no findings for its files.
 */
export function cachePath(cache: string, workspace: string): string {
  const file = path.resolve(workspace, cache)
  const inside = path.relative(workspace, file)
  if (!inside.startsWith('..') && !path.isAbsolute(inside)) {
    throw new InputError(
      `cache: \`${cache}\` lies inside the workspace, expected a file outside it (\`\${{ runner.temp }}/tdd-prompt-lint.cache\`): a pull request could commit one there`
    )
  }
  return file
}

/** Whether findings fail the step under `fail-on`. */
export function shouldFail(counts: {errors: number; warnings: number}, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  if (failOn === 'warning') return counts.errors + counts.warnings > 0
  return counts.errors > 0
}
