/**
 * The npm package (run `npm run bundle` first): `npm pack` ships the CLI, the
 * API, the preset, the rules, their declarations and config.schema.json — not
 * the Action bundle, which is used from git — within a size bound; and a
 * TypeScript consumer of the packed tarball, installed with npm in a project of
 * its own, type-checks against the declarations, strict and without
 * skipLibCheck.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {afterAll, expect, test} from 'vitest'
import {root} from '../cli-fixtures.js'

const made: string[] = []
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, {recursive: true, force: true})
})

test('npm pack: no Action bundle, both bins, the declarations, under 720 kB packed', () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore']
  })
  const [pack] = JSON.parse(out) as Array<{size: number; files: Array<{path: string}>}>
  const files = pack!.files.map((file) => file.path)
  expect(files).not.toContain('dist/index.js')
  expect(files).not.toContain('action.yml')
  for (const file of [
    'LICENSE',
    'config.schema.json',
    'dist/cli.js',
    'dist/lsp.js',
    'dist/api.js',
    'dist/preset.js',
    'dist/worker.js',
    'dist/rules/pair.js',
    'dist/types/src/api.d.ts',
    'dist/types/src/preset.d.ts',
    'dist/types/rules/pair.d.ts'
  ]) {
    expect(files).toContain(file)
  }
  expect(files.filter((file) => /^(src|rules|__tests__|bench|examples)\//.test(file))).toEqual([])
  // The language server (dist/lsp.js: vscode-languageserver bundled) took the
  // package from under 400 kB to about 660 kB packed (less since it no longer
  // bundles unified-engine).
  expect(pack!.size).toBeLessThan(720 * 1024)
})

test('a TypeScript consumer of the packed tarball compiles, strict and without skipLibCheck', () => {
  // The tarball as npm publishes it, installed in a project of its own: the declarations
  // resolve only what the package itself brings (its dependencies), not this repository's
  // node_modules. The consumer has TypeScript's Node types, as a Node project does.
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tdd-consumer-')))
  made.push(dir)
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    })
  ) as Array<{filename: string}>
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({name: 'consumer', private: true, type: 'module'})
  )
  const nodeTypes = JSON.parse(
    fs.readFileSync(path.join(root, 'node_modules', '@types', 'node', 'package.json'), 'utf8')
  ) as {version: string}
  execFileSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--ignore-scripts',
      path.join(dir, packed!.filename),
      `@types/node@${nodeTypes.version}`
    ],
    {cwd: dir, stdio: ['ignore', 'ignore', 'pipe']}
  )
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: false,
        noEmit: true,
        types: ['node']
      },
      files: ['consumer.ts']
    })
  )
  fs.writeFileSync(
    path.join(dir, 'consumer.ts'),
    `import {main, createLinter, reporters, SuiteModel, type Streams} from 'tdd-prompt-lint'
import preset from 'tdd-prompt-lint/preset'
import pair from 'tdd-prompt-lint/rules/pair'

const streams: Streams = {stdout: process.stdout, stderr: process.stderr}
const code: Promise<number> = main(['--version'], '.', streams)
const plugins: unknown[] = [...(preset.plugins ?? []), pair]
const id: string = pair.meta.id
const linter = createLinter({rules: {pair: 'warn'}}, '.')
const report: Promise<string> = linter
  .lint('prompt_01_a_red.md')
  .then((file) => file.messages.map((message) => message.reason).join('\\n') + reporters.stylish([file], {cwd: '.'}))
const model = new SuiteModel({root: '.'})
void code
void plugins
void id
void report
void model
`
  )
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  const result = (() => {
    try {
      return execFileSync(process.execPath, [tsc, '-p', dir], {encoding: 'utf8'})
    } catch (error) {
      return (error as {stdout: string}).stdout
    }
  })()
  expect(result).toBe('')
})
