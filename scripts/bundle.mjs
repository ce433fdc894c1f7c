/**
 * Build dist/: the Action (one file), the CLI, the API, the preset, the worker
 * thread of `--concurrency` and one module per rule (sharing chunks, so the preset
 * and `tdd-prompt-lint/rules/<id>` are the same functions), the third-party
 * licenses, the TypeScript declarations of the API, the preset and the rules
 * (dist/types, from tsconfig.types.json), and config.schema.json.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {build} from 'esbuild'

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname))
const dist = path.join(root, 'dist')
fs.rmSync(dist, {recursive: true, force: true})

const banner = {
  js: "import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);"
}
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  banner,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  charset: 'utf8'
}

const ruleIds = fs
  .readdirSync(path.join(root, 'rules'))
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && !name.endsWith('.test.ts'))
  .map((name) => name.slice(0, -3))

const library = await build({
  ...common,
  target: 'node20',
  splitting: true,
  outdir: dist,
  // Chunks beside the entries: `new URL('./worker.js', import.meta.url)` in
  // src/engine/parallel.ts finds the worker from whichever file holds that module.
  chunkNames: '[name]-[hash]',
  entryPoints: {
    cli: 'src/cli/bin.ts',
    api: 'src/api.ts',
    preset: 'src/preset.ts',
    lsp: 'src/lsp.ts',
    worker: 'src/engine/worker.ts',
    ...Object.fromEntries(ruleIds.map((id) => [`rules/${id}`, `rules/${id}.ts`]))
  }
})

const action = await build({
  ...common,
  target: 'node24',
  entryPoints: {index: 'src/action/index.ts'},
  outdir: dist
})

fs.chmodSync(path.join(dist, 'cli.js'), 0o755)
fs.chmodSync(path.join(dist, 'lsp.js'), 0o755)

// Licenses of every bundled package.
const packages = new Map()
for (const input of [
  ...Object.keys(library.metafile.inputs),
  ...Object.keys(action.metafile.inputs)
]) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
  if (match) packages.set(match[1], true)
}
const notices = []
for (const dir of [...packages.keys()].sort()) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8'))
  const licenseFile = fs
    .readdirSync(path.join(root, dir))
    .find((name) => /^(licen[sc]e|copying)(\.|$)/i.test(name))
  const text = licenseFile
    ? fs.readFileSync(path.join(root, dir, licenseFile), 'utf8').trim()
    : '(no license file)'
  notices.push(`${pkg.name}@${pkg.version}\n${pkg.license ?? ''}\n\n${text}`)
}
const unique = [...new Set(notices)]
fs.writeFileSync(
  path.join(dist, 'licenses.txt'),
  unique.join('\n\n' + '-'.repeat(72) + '\n\n') + '\n'
)

// The configuration schema, from the rules' option schemas.
const api = await import(path.join(dist, 'api.js') + `?t=${Date.now()}`)
fs.writeFileSync(
  path.join(root, 'config.schema.json'),
  JSON.stringify(api.configSchema(), null, 2) + '\n'
)

// TypeScript declarations for `.`, `./preset` and `./rules/*` (package.json `exports`).
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.types.json')], {
  cwd: root,
  stdio: 'inherit'
})
