/**
 * `--staged`: lint the suites that the changes staged in git touch, deletions
 * and renames included — what a pre-commit hook needs, since a commit that
 * deletes or renames a prompt passes no file of the suite it breaks.
 *
 * The staged paths come from `git diff --cached --name-only --no-renames -z
 * --relative` (run without a shell; a rename is its deletion and its addition):
 * the markdown files among them that are prompt files, or that sit in a folder
 * holding prompts (plans, other documents), name the folders to lint, each with
 * the folders below it; a folder above one of them that holds prompts too (a
 * package folder: its plan lists the nested suite, its preprompt is theirs) is
 * linted for the files directly in it. A staged requirement document may be
 * cited from anywhere: the whole working folder is linted. Nothing staged that
 * concerns a suite: nothing is linted.
 *
 * Files given with `--staged` count as changed too: pre-commit passes the staged
 * files on a commit (nothing new), and every tracked file under `pre-commit run
 * --all-files`, which so lints every suite. Under `--from-ref`/`--to-ref` the
 * changes are those between the two refs (`changedPaths`).
 *
 * This module is light (no linter): the bin asks it first, so that a commit
 * touching no prompt costs a process start and one `git` call.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {isMarkdownName, isPromptFileName} from '../suite/names.js'
import {isRequirementName} from '../suite/requirements.js'

const utf8 = new TextDecoder('utf-8', {fatal: true})

/** Paths staged for the next commit (added, changed, deleted), relative to `cwd`, below it only. */
export function stagedPaths(cwd: string): string[] {
  return gitPaths(cwd, ['--cached'])
}

/**
 * The changed paths `--staged` starts from: those between PRE_COMMIT_FROM_REF and
 * PRE_COMMIT_TO_REF when pre-commit sets both (`pre-commit run --from-ref A
 * --to-ref B`, a pre-push hook; deletions included, from their merge base as
 * pre-commit takes them), else those staged.
 */
export function changedPaths(cwd: string, env: Record<string, string | undefined>): string[] {
  const from = env.PRE_COMMIT_FROM_REF
  const to = env.PRE_COMMIT_TO_REF
  if (!from || !to) return stagedPaths(cwd)
  for (const [name, ref] of [
    ['PRE_COMMIT_FROM_REF', from],
    ['PRE_COMMIT_TO_REF', to]
  ]) {
    if (ref!.startsWith('-') || /[\s\0]/.test(ref!)) {
      throw new Error(`--staged: invalid ${name} \`${ref}\``)
    }
  }
  return gitPaths(cwd, [`${from}...${to}`])
}

/** `git diff --name-only` of `range`, relative to `cwd`, below it only. */
function gitPaths(cwd: string, range: string[]): string[] {
  let out: Buffer
  try {
    out = execFileSync(
      'git',
      ['diff', ...range, '--name-only', '--no-renames', '-z', '--relative', '--'],
      {cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024}
    )
  } catch (error) {
    const failure = error as {code?: string; stderr?: Buffer}
    const reason =
      failure.code === 'ENOENT'
        ? 'the `git` command is not found'
        : String(failure.stderr ?? '')
            .split('\n')[0]
            ?.trim() || 'git failed'
    throw new Error(`--staged: ${reason}`, {cause: error})
  }
  // Read as bytes: a path that is not UTF-8 cannot be linted, and a gate that skipped it would pass.
  const paths: string[] = []
  for (let start = 0; start < out.length;) {
    let end = out.indexOf(0, start)
    if (end === -1) end = out.length
    const bytes = out.subarray(start, end)
    start = end + 1
    if (bytes.length === 0) continue
    let file: string
    try {
      file = utf8.decode(bytes)
    } catch {
      throw new Error(
        `--staged: the staged path \`${bytes.toString('utf8')}\` is not valid UTF-8, so its suite cannot be linted; rename it`
      )
    }
    paths.push(file.split('/').join(path.sep))
  }
  return paths
}

/**
 * The paths to lint for the staged changes, relative to `cwd`, sorted: folders
 * (linted with everything below them) and files of the package folders above them.
 */
export function stagedTargets(cwd: string, staged: string[] = stagedPaths(cwd)): string[] {
  const folders = new Set<string>()
  for (const file of staged) {
    const name = path.basename(file)
    if (!isMarkdownName(name)) continue
    const dir = path.dirname(file)
    if (isPromptFileName(name)) folders.add(dir)
    else if (isRequirementName(name)) return ['.']
    else if (holdsPrompts(path.join(cwd, dir))) folders.add(dir)
  }
  const targets = new Set<string>()
  for (const dir of folders) {
    if (isFolder(path.join(cwd, dir))) targets.add(dir)
    // The folders above, up to the working folder: those that hold prompts lend
    // their files (a deleted folder's nearest such folder among them).
    for (let above = dir; above !== '.' && above !== '';) {
      above = path.dirname(above)
      for (const file of markdownIfPrompts(path.join(cwd, above))) {
        targets.add(path.join(above, file))
      }
    }
  }
  // A folder linted whole covers what lies below it.
  const whole = [...targets].filter((target) => isFolder(path.join(cwd, target)))
  return [...targets]
    .filter((target) => !whole.some((folder) => folder !== target && isBelow(target, folder)))
    .sort()
}

function isBelow(target: string, folder: string): boolean {
  return folder === '.' || target.startsWith(folder + path.sep)
}

function isFolder(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory()
  } catch {
    return false
  }
}

function holdsPrompts(dir: string): boolean {
  return markdownIfPrompts(dir).length > 0
}

/** The markdown files directly in `dir` when it holds prompt files, else none. */
function markdownIfPrompts(dir: string): string[] {
  let names: string[]
  try {
    names = fs.readdirSync(dir)
  } catch {
    return []
  }
  if (!names.some(isPromptFileName)) return []
  return names.filter(
    (name) =>
      isMarkdownName(name) && fs.statSync(path.join(dir, name), {throwIfNoEntry: false})?.isFile()
  )
}
