/**
 * `--staged` as pre-commit runs it: the changes staged in git (or, under
 * `pre-commit run --from-ref A --to-ref B`, the changes between the two refs,
 * which pre-commit passes as PRE_COMMIT_FROM_REF and PRE_COMMIT_TO_REF), plus the
 * files pre-commit passes — every tracked markdown file under `--all-files`, so
 * that every suite is linted then.
 */
import {execFileSync} from 'node:child_process'
import {afterEach, describe, expect, test} from 'vitest'
import {main} from '../src/cli/main.js'
import {changedPaths, stagedTargets} from '../src/cli/staged.js'
import {capture, cleanSuite, lonelyRed, makeTree, removeTrees, writeFiles} from './cli-fixtures.js'

afterEach(removeTrees)

const env = {
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  PATH: process.env.PATH
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {cwd: dir, env, encoding: 'utf8'})
}

/** A repository whose one commit holds the clean suite, a README and a lonely red (a `pair` error). */
function committed(): string {
  const dir = makeTree({...cleanSuite, [lonelyRed.path]: lonelyRed.content, 'README.md': '# A\n'})
  git(dir, 'init', '-q')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'suite')
  return dir
}

async function run(argv: string[], cwd: string, environment: Record<string, string> = {}) {
  const io = capture()
  const code = await main(argv, cwd, io.streams, {env: environment})
  return {code, stdout: io.stdout(), stderr: io.stderr()}
}

describe('--staged', () => {
  test('nothing staged, no file passed: nothing linted (a commit touching no suite)', async () => {
    const dir = committed()
    expect(await run(['--staged'], dir)).toEqual({
      code: 0,
      stdout: '✔ No problems (0 files checked)\n',
      stderr: ''
    })
  })

  test('every tracked file passed (pre-commit run --all-files): every suite is linted', async () => {
    const dir = committed()
    const tracked = git(dir, 'ls-files').trim().split('\n')
    expect(stagedTargets(dir, tracked)).toEqual(['orchestration', 'testdata'])
    const result = await run(['--staged', ...tracked], dir)
    expect(result.code, result.stdout).toBe(1)
    expect(result.stdout).toContain(lonelyRed.path)
    expect(result.stdout).toContain(
      'Expected a green prompt `prompt_03b_conductor_green.md` to pair with this red prompt'
    )
  })

  test('a file passed beside staged changes: both are linted, nothing twice', async () => {
    const dir = committed()
    writeFiles(dir, {'testdata/notes.md': '# Notes\n'})
    git(dir, 'add', 'testdata/notes.md')
    expect(stagedTargets(dir, [...changedPaths(dir, {}), 'testdata/notes.md'])).toEqual([
      'testdata'
    ])
    const result = await run(['--staged', '-f', 'json', 'README.md', lonelyRed.path], dir)
    const report = JSON.parse(result.stdout) as Array<{filePath: string}>
    const files = report.map((file) => file.filePath)
    expect(files).toContain('testdata/notes.md')
    expect(files).toContain(lonelyRed.path)
    expect(new Set(files).size).toBe(files.length)
  })

  test('PRE_COMMIT_FROM_REF/PRE_COMMIT_TO_REF: the changes between the refs, deletions included', async () => {
    const dir = committed()
    const from = git(dir, 'rev-parse', 'HEAD').trim()
    git(dir, 'rm', '-q', 'testdata/testdata_prompt_01b_publisher_green.md')
    git(dir, 'commit', '-q', '-m', 'remove a green')
    const refs = {PRE_COMMIT_FROM_REF: from, PRE_COMMIT_TO_REF: 'HEAD'}
    expect(changedPaths(dir, refs)).toEqual(['testdata/testdata_prompt_01b_publisher_green.md'])
    // Nothing is staged: without the refs, nothing is linted.
    expect((await run(['--staged'], dir)).stdout).toBe('✔ No problems (0 files checked)\n')
    const result = await run(['--staged'], dir, refs)
    expect(result.code, result.stdout).toBe(1)
    expect(result.stdout).toContain('testdata/testdata_prompt_01_publisher_red.md')
    expect(result.stdout).not.toContain(lonelyRed.path)
  })

  test('a ref that reads as a flag is refused', async () => {
    const dir = committed()
    const result = await run(['--staged'], dir, {
      PRE_COMMIT_FROM_REF: '--output=x',
      PRE_COMMIT_TO_REF: 'HEAD'
    })
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tdd-prompt-lint: --staged: invalid PRE_COMMIT_FROM_REF `--output=x`\n'
    })
  })

  test('--staged with --stdin is refused', async () => {
    const result = await run(['--staged', '--stdin', '--stdin-filename', 'a.md'], makeTree({}))
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('tdd-prompt-lint: `--staged` takes no paths, got `--stdin`\n')
  })
})
