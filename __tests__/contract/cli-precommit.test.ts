/**
 * The pre-commit hook end to end: `pre-commit try-repo` installs this package
 * as pre-commit does for `language: node` (a node environment, `npm install`,
 * `npm pack`, a global install of the packed package) and runs the hook on a
 * fixture git repository, which fails on a planted defect and passes clean.
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
  'pre-commit try-repo (skipped: the `pre-commit` command is absent)',
  () => {
    let env: NodeJS.ProcessEnv
    let hookRepo: string
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
      expect(broken.output).toContain(
        'Expected `prompt_03b_conductor_green.md` to pair with this red prompt'
      )
    }, 600_000)
  }
)
