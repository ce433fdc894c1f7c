/**
 * The pre-commit hooks end to end (.pre-commit-hooks.yaml): `pre-commit try-repo`
 * installs this package as pre-commit does for `language: node` (a node
 * environment, `npm install`, `npm pack`, a global install of the packed
 * package) and runs the `tdd-prompt-lint` hook on a fixture git repository, which
 * fails on a planted defect and passes clean. Then `git commit` through hooks
 * installed with `pre-commit install`: `tdd-prompt-lint-staged` (node) and
 * `tdd-prompt-lint-no-install` (the committed bundle, the machine's Node, nothing
 * installed) fail a commit that deletes a green prompt, naming its red, pass a
 * commit of README.md alone without linting anything, and lint every suite under
 * `pre-commit run --all-files` (a committed error fails it). The per-file hook
 * runs once however many files pre-commit passes (`require_serial`): one report.
 * No assertion is about time.
 *
 * The repository pre-commit clones is a commit of this working tree's package
 * (package.json, package-lock.json, .pre-commit-hooks.yaml and the built dist/),
 * not of HEAD, so the test checks the tree being tested (run `npm run bundle`
 * first, as CI does). HOME and PRE_COMMIT_HOME are temporary; npm keeps the
 * user's cache and network settings, so the install needs only the npm registry
 * (or nothing, with a warm cache).
 *
 * Skipped when the `pre-commit` command is absent (Debian's `pre-commit`
 * package provides it; .ci/run installs it).
 */
import {execFile, execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {cleanSuite, lonelyRed, makeTree, removeTrees, root, writeFiles} from '../cli-fixtures.js'
import {lonelyRedFinding, methodologySuite, missingGreen} from './fixtures.js'

function hasCommand(name: string): boolean {
  try {
    execFileSync(name, ['--version'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}

const available = hasCommand('pre-commit')

interface Run {
  code: number
  output: string
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {cwd, env, timeout: 540_000, maxBuffer: 16 * 1024 * 1024},
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolve({code, output: stdout + stderr})
      }
    )
  })
}

/** The npm settings that reach the registry (and the cache), kept when HOME moves. */
function npmEnv(): Record<string, string> {
  const config = JSON.parse(
    execFileSync('npm', ['config', 'list', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    })
  ) as Record<string, unknown>
  const env: Record<string, string> = {}
  for (const key of [
    'cache',
    'registry',
    'cafile',
    'ca',
    'proxy',
    'https-proxy',
    'noproxy',
    'strict-ssl'
  ]) {
    const value = config[key]
    if (typeof value === 'string' || typeof value === 'boolean') {
      env[`npm_config_${key.replace(/-/g, '_')}`] = String(value)
    }
  }
  return {
    ...env,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false'
  }
}

describe.skipIf(!available)(
  available ? 'pre-commit' : 'pre-commit (skipped: the `pre-commit` command is absent)',
  () => {
    let env: NodeJS.ProcessEnv
    let hookRepo: string
    let hookRev: string
    let project: string

    beforeAll(async () => {
      if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) {
        throw new Error('dist/cli.js is missing: run `npm run bundle` first')
      }
      const home = makeTree({})
      env = {
        ...process.env,
        ...npmEnv(),
        HOME: home,
        PRE_COMMIT_HOME: path.join(home, 'pre-commit'),
        XDG_CACHE_HOME: path.join(home, 'cache'),
        GIT_AUTHOR_NAME: 'test',
        GIT_AUTHOR_EMAIL: 'test@example.com',
        GIT_COMMITTER_NAME: 'test',
        GIT_COMMITTER_EMAIL: 'test@example.com',
        GIT_CONFIG_NOSYSTEM: '1'
      }
      delete env.NO_COLOR
      delete env.FORCE_COLOR
      delete env.PRE_COMMIT_NO_CONCURRENCY
      delete env.npm_config_userconfig
      delete env.NPM_CONFIG_USERCONFIG

      // This working tree's package, committed in a repository of its own.
      hookRepo = makeTree({})
      for (const name of [
        'package.json',
        'package-lock.json',
        '.pre-commit-hooks.yaml',
        'config.schema.json',
        'action.yml'
      ]) {
        if (fs.existsSync(path.join(root, name)))
          fs.copyFileSync(path.join(root, name), path.join(hookRepo, name))
      }
      fs.cpSync(path.join(root, 'dist'), path.join(hookRepo, 'dist'), {recursive: true})
      for (const args of [
        ['init', '-q'],
        ['add', '-A'],
        ['commit', '-q', '-m', 'package']
      ]) {
        const result = await run('git', args, hookRepo, env)
        expect(result.code, result.output).toBe(0)
      }
      hookRev = (await run('git', ['rev-parse', 'HEAD'], hookRepo, env)).output.trim()

      // A project with a clean suite, its files added to git.
      project = makeTree(cleanSuite)
      writeFiles(project, {
        'README.md': '# A project\n',
        'docs/prompt_notes.md': '# Not in a suite folder\n'
      })
      for (const args of [
        ['init', '-q'],
        ['add', '-A']
      ]) {
        const result = await run('git', args, project, env)
        expect(result.code, result.output).toBe(0)
      }
    }, 600_000)

    afterAll(removeTrees)

    test('passes on a clean suite, fails on a planted defect', async () => {
      const clean = await run(
        'pre-commit',
        ['try-repo', hookRepo, 'tdd-prompt-lint', '--all-files'],
        project,
        env
      )
      expect(clean.output).toMatch(/tdd-prompt-lint\.+Passed/)
      expect(clean.code, clean.output).toBe(0)

      writeFiles(project, {[lonelyRed.path]: lonelyRed.content})
      expect((await run('git', ['add', '-A'], project, env)).code).toBe(0)
      const broken = await run(
        'pre-commit',
        ['try-repo', hookRepo, 'tdd-prompt-lint', '--all-files'],
        project,
        env
      )
      expect(broken.code, broken.output).toBe(1)
      expect(broken.output).toMatch(/tdd-prompt-lint\.+Failed/)
      expect(broken.output).toContain(lonelyRedFinding)
      // Ten files pass the hook's filter; on two cores pre-commit would split them into
      // batches, one reporting the problem and another "No problems": it runs once.
      expect(broken.output.match(/^(✖|✔) .*$/gm), broken.output).toEqual([
        '✖ 1 problem (1 error, 0 warnings)'
      ])
    }, 600_000)

    test('hostile file names are file names: a broken suite fails and README.md is not overwritten', async () => {
      // Root files named like flags, matched by the hook's `files` pattern.
      const dir = makeTree({
        ...cleanSuite,
        [lonelyRed.path]: lonelyRed.content,
        'README.md': '# A project\n',
        '--print-config=prompt_plan.md': '# Plan\n',
        '--output=README.md': '# Notes\n'
      })
      for (const args of [
        ['init', '-q'],
        ['add', '-A']
      ]) {
        expect((await run('git', args, dir, env)).code).toBe(0)
      }
      const result = await run(
        'pre-commit',
        ['try-repo', hookRepo, 'tdd-prompt-lint', '--all-files'],
        dir,
        env
      )
      expect(result.code, result.output).toBe(1)
      expect(result.output).toMatch(/tdd-prompt-lint\.+Failed/)
      expect(result.output).toContain(lonelyRedFinding)
      expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('# A project\n')
    }, 600_000)

    /**
     * A repository whose first commit holds the methodology suite (examples/
     * orchestration), with `hooks` of this package installed by `pre-commit
     * install` (verbose: the output gives each hook's duration).
     */
    async function committedProject(hooks: string[], home: string): Promise<string> {
      const dir = makeTree({
        ...methodologySuite(),
        'README.md': '# A project\n',
        '.pre-commit-config.yaml': [
          'repos:',
          `  - repo: ${hookRepo}`,
          `    rev: ${hookRev}`,
          '    hooks:',
          ...hooks.map((id) => `      - id: ${id}\n        verbose: true`),
          ''
        ].join('\n')
      })
      const own = {...env, PRE_COMMIT_HOME: home}
      for (const args of [
        ['init', '-q'],
        ['add', '-A'],
        ['commit', '-q', '-m', 'the suite']
      ]) {
        const result = await run('git', args, dir, own)
        expect(result.code, result.output).toBe(0)
      }
      const install = await run('pre-commit', ['install'], dir, own)
      expect(install.code, install.output).toBe(0)
      return dir
    }

    /** `git commit` (through the installed hooks) in `dir`. */
    const commit = (dir: string, home: string) =>
      run('git', ['commit', '-m', 'change'], dir, {...env, PRE_COMMIT_HOME: home})

    const red = 'orchestration/prompt_02_preflight_validator_red.md'
    const green = 'orchestration/prompt_02b_preflight_validator_green.md'

    for (const [id, expected] of [
      ['tdd-prompt-lint-staged', /tdd-prompt-lint \(staged suites\)\.+/],
      ['tdd-prompt-lint-no-install', /tdd-prompt-lint \(staged suites, system Node\)\.+/]
    ] as const) {
      test(`${id}: a commit deleting a green fails naming its red; one of README.md lints nothing; --all-files lints every suite`, async () => {
        const home = path.join(makeTree({}), 'pre-commit')
        const dir = await committedProject([id], home)

        // `git rm` of a green: no staged file is in its suite any more, the hook still lints it.
        expect((await run('git', ['rm', '-q', green], dir, env)).code).toBe(0)
        const deleted = await commit(dir, home)
        expect(deleted.code, deleted.output).toBe(1)
        expect(deleted.output).toMatch(new RegExp(expected.source + 'Failed'))
        expect(deleted.output).toContain(red)
        expect(deleted.output).toContain(missingGreen('prompt_02b_preflight_validator_green.md'))
        expect(
          (await run('git', ['log', '--oneline'], dir, env)).output.trim().split('\n')
        ).toHaveLength(1)

        // A rename that leaves the pair broken fails too.
        expect((await run('git', ['reset', '-q', '--hard'], dir, env)).code).toBe(0)
        const renamed = 'orchestration/prompt_02b_preflight_check_green.md'
        expect((await run('git', ['mv', green, renamed], dir, env)).code).toBe(0)
        const moved = await commit(dir, home)
        expect(moved.code, moved.output).toBe(1)
        expect(moved.output).toContain(renamed)
        expect(moved.output).toContain('Unexpected slug `preflight_check` in this green prompt')

        // A commit touching no suite: passes, linting nothing.
        expect((await run('git', ['reset', '-q', '--hard'], dir, env)).code).toBe(0)
        fs.appendFileSync(path.join(dir, 'README.md'), 'More words.\n')
        expect((await run('git', ['add', 'README.md'], dir, env)).code).toBe(0)
        const readme = await commit(dir, home)
        expect(readme.code, readme.output).toBe(0)
        expect(readme.output).toMatch(new RegExp(expected.source + 'Passed'))
        expect(readme.output).toContain('✔ No problems (0 files checked)')
        expect(
          (await run('git', ['log', '--oneline'], dir, env)).output.trim().split('\n')
        ).toHaveLength(2)

        // A commit that fixes nothing but touches the suite is linted, and passes clean.
        fs.appendFileSync(path.join(dir, red), '\nOne more line.\n')
        expect((await run('git', ['add', red], dir, env)).code).toBe(0)
        const edited = await commit(dir, home)
        expect(edited.code, edited.output).toBe(0)
        expect(edited.output).toMatch(/✔ No problems \(\d+ files checked\)/)
        expect(edited.output).not.toContain('(0 files checked)')

        // An error committed past the hook, nothing staged: `pre-commit run` lints
        // nothing, `pre-commit run --all-files` every suite, and fails on it.
        expect((await run('git', ['rm', '-q', green], dir, env)).code).toBe(0)
        const skipped = await run('git', ['commit', '-q', '--no-verify', '-m', 'x'], dir, env)
        expect(skipped.code, skipped.output).toBe(0)
        const own = {...env, PRE_COMMIT_HOME: home}
        const staged = await run('pre-commit', ['run'], dir, own)
        expect(staged.code, staged.output).toBe(0)
        expect(staged.output).toContain('✔ No problems (0 files checked)')
        const all = await run('pre-commit', ['run', '--all-files'], dir, own)
        expect(all.code, all.output).toBe(1)
        expect(all.output).toMatch(new RegExp(expected.source + 'Failed'))
        expect(all.output).toContain(red)
        expect(all.output).toContain(missingGreen('prompt_02b_preflight_validator_green.md'))
        expect(all.output.match(/^(✖|✔) .*$/gm), all.output).toHaveLength(1)

        if (id === 'tdd-prompt-lint-no-install') {
          // Nothing was installed: no node environment beside the cloned hook repository.
          const installed = (fs.readdirSync(home, {recursive: true}) as string[]).filter((entry) =>
            /(^|\/)node_env-/.test(entry)
          )
          expect(installed).toEqual([])
        }
      }, 600_000)
    }
  }
)
