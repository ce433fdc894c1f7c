#!/usr/bin/env node
/**
 * The benchmark (`npm run bench`): speed and memory of our CLI against the
 * parse-only floor and the peers, on the same generated files, in one run.
 *
 *     npm run bench -- [--sizes 100,1000,10000] [--runs 3] [--startup-runs 10]
 *                      [--dir .bench] [--seed 8] [--tools cli,cli1,floor,markdownlint,remark]
 *                      [--action auto|on|off] [--one-file N] [--cache-rows N]
 *                      [--real-sizes 1000] [--no-write]
 *
 * For each size it generates (or reuses) the tree of bench/generate.mjs and
 * measures, run after run with the tools interleaved, the whole-process wall
 * time and peak RSS of:
 *
 * 1. cli: `node dist/cli.js --format json --output /dev/null` at the tree root
 *    (default rules; it finds the suite folders itself), and cli1: the same on
 *    one thread (`--concurrency 1`), whose CPU time is set against the floor's;
 * 2. floor: bench/parse-floor.mjs, the same files read and parsed by
 *    remark-parse, nothing else;
 * 3. markdownlint: markdownlint-cli2 with only MD043 (required headings), on
 *    the suite folders' markdown files;
 * 4. remark: remark-cli with `.remarkrc.json` `{"plugins": ["tdd-prompt-lint/preset"]}`
 *    on the same files.
 *
 * Then start-up: the CLI linting one file, and the bundled Action on a 20-file
 * push (once src/action/main.ts is in git history); and one red prompt linted
 * in a git repository of the N-file tree with requirement documents (default:
 * the largest size; 0: none) against the same file in a repository holding
 * its own package alone; and `--cache` on the N-file tree (default: the largest
 * size; 0: none): a cold run writing the cache, a warm run with nothing changed,
 * and a warm run after one prompt's prose was edited, each checked byte for byte
 * against the report without the cache. Results (median and min–max of the runs)
 * replace the generated part of BENCHMARK.md.
 *
 * Prerequisites: `npm ci` and `npm run bundle` (dist/ is built if missing);
 * GNU time at /usr/bin/time for peak RSS (Debian: `apt-get install time`),
 * else peak RSS is sampled from /proc/<pid>/status (VmHWM).
 */
import {execFileSync, spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {fileURLToPath} from 'node:url'
import {parse as parseYaml} from 'yaml'
import {ensureTree, generateTree, repositoryTree} from './generate.mjs'
import {ensureRealTree} from './generate-real.mjs'

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const node = process.execPath
/**
 * The package under test: a copy of dist/ and package.json taken when the run
 * starts, so a rebuild of dist/ during the run changes nothing.
 */
let pkg = repo
const gnuTime = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
const tools = ['cli', 'cli1', 'floor', 'markdownlint', 'remark']
const toolNames = {
  cli: 'tdd-prompt-lint CLI',
  cli1: 'tdd-prompt-lint CLI, one thread',
  floor: 'parse-only floor (remark-parse)',
  markdownlint: 'markdownlint-cli2, MD043 only',
  remark: 'remark-cli + tdd-prompt-lint/preset'
}

/** The heading list MD043 checks: what red and green prompts share (see BENCHMARK.md). */
const md043Headings = [
  '?',
  '## Context',
  '*',
  '## Objective',
  '*',
  '## Constraints',
  '*',
  '## Acceptance criteria',
  '*'
]

function parseArgs(argv) {
  const args = {
    sizes: [100, 1000, 10000],
    runs: 3,
    startupRuns: 10,
    dir: path.join(repo, '.bench'),
    seed: 8,
    tools,
    action: 'auto',
    oneFile: undefined,
    cacheRows: undefined,
    realSizes: [1000],
    write: true
  }
  for (let i = 0; i < argv.length; i++) {
    let [flag, value] = argv[i].split(/=(.*)/s)
    if (flag === '--no-write') {
      args.write = false
      continue
    }
    if (value === undefined) value = argv[++i]
    if (value === undefined) throw new Error(`Missing value for ${flag}`)
    if (flag === '--sizes') {
      args.sizes = value ? value.split(',').map((n) => Number(n.replace(/_/g, ''))) : []
    } else if (flag === '--action') args.action = value
    else if (flag === '--runs') args.runs = Number(value)
    else if (flag === '--startup-runs') args.startupRuns = Number(value)
    else if (flag === '--dir') args.dir = path.resolve(value)
    else if (flag === '--seed') args.seed = Number(value)
    else if (flag === '--one-file') args.oneFile = Number(value.replace(/_/g, ''))
    else if (flag === '--cache-rows') args.cacheRows = Number(value.replace(/_/g, ''))
    else if (flag === '--real-sizes') {
      args.realSizes = value ? value.split(',').map((n) => Number(n.replace(/_/g, ''))) : []
    } else if (flag === '--tools') args.tools = value.split(',')
    else throw new Error(`Unknown option ${flag}`)
  }
  for (const size of [...args.sizes, ...args.realSizes]) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`Bad size ${size}`)
  }
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error(`Bad --runs ${args.runs}`)
  args.oneFile ??= Math.max(0, ...args.sizes)
  if (!Number.isInteger(args.oneFile) || args.oneFile < 0) {
    throw new Error(`Bad --one-file ${args.oneFile}`)
  }
  args.cacheRows ??= Math.max(0, ...args.sizes)
  if (!Number.isInteger(args.cacheRows) || args.cacheRows < 0) {
    throw new Error(`Bad --cache-rows ${args.cacheRows}`)
  }
  for (const tool of args.tools) if (!tools.includes(tool)) throw new Error(`Unknown tool ${tool}`)
  if (!['auto', 'on', 'off'].includes(args.action)) throw new Error(`Bad --action ${args.action}`)
  return args
}

/**
 * Run a command to completion: wall time (ms, from spawn to exit), peak RSS (MB)
 * and exit code. Standard output is kept when `capture` is set, else dropped, as
 * is standard error.
 */
async function measure(command, args, {cwd, env = process.env, capture = false}) {
  const timeFile = path.join(os.tmpdir(), `tdd-bench-time-${process.pid}.txt`)
  const [file, argv] = gnuTime
    ? [gnuTime, ['-f', '%M %U %S', '-o', timeFile, command, ...args]]
    : [command, args]
  const start = process.hrtime.bigint()
  const child = spawn(file, argv, {
    cwd,
    env,
    stdio: ['ignore', capture ? 'pipe' : 'ignore', 'ignore']
  })
  let stdout = ''
  child.stdout?.on('data', (chunk) => (stdout += chunk))
  let peakKb = 0
  let cpuS
  let done = false
  const exited = new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      done = true
      resolve(code)
    })
  })
  if (!gnuTime) {
    // Fallback: sample the process's high-water mark until it exits.
    ;(async () => {
      while (!done) {
        try {
          const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8')
          const kb = Number(/VmHWM:\s*(\d+)/.exec(status)?.[1] ?? 0)
          if (kb > peakKb) peakKb = kb
        } catch {
          // gone
        }
        await sleep(5)
      }
    })()
  }
  const code = await exited
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6
  if (gnuTime) {
    // GNU time prints "Command exited with non-zero status N" before the format line.
    const lines = fs.readFileSync(timeFile, 'utf8').trim().split('\n')
    const [kb, user, system] = lines.at(-1).split(' ').map(Number)
    peakKb = kb
    cpuS = user + system
    fs.rmSync(timeFile, {force: true})
  }
  return {wallMs, rssMb: peakKb / 1024, cpuS, code, stdout}
}

/** Files the tools read in a tree: config for the peers, the package link for remark-cli. */
function prepareTree(root, headings = md043Headings) {
  // Each tree is a repository of its own, as a monorepo is: else a tree in this
  // repository's git-ignored .bench/ would have no house style (what .gitignore
  // excludes is no part of any suite's scope) and the CLI would do other work.
  fs.mkdirSync(path.join(root, '.git'), {recursive: true})
  fs.writeFileSync(
    path.join(root, '.remarkrc.json'),
    JSON.stringify({plugins: ['tdd-prompt-lint/preset']}) + '\n'
  )
  const modules = path.join(root, 'node_modules')
  fs.mkdirSync(modules, {recursive: true})
  for (const [name, target] of [
    ['tdd-prompt-lint', pkg],
    ['vfile-reporter-json', path.join(repo, 'node_modules', 'vfile-reporter-json')]
  ]) {
    const link = path.join(modules, name)
    fs.rmSync(link, {force: true, recursive: false})
    fs.symlinkSync(target, link, 'dir')
  }
  const config = {
    $comment:
      'Generated by bench/run.mjs: MD043 only, with the headings red and green prompts share (markdownlint takes one heading list per configuration, and a suite folder mixes preprompt, red and green prompts).',
    config: {default: false, MD043: {headings}},
    noBanner: true
  }
  fs.writeFileSync(
    path.join(root, '.markdownlint-cli2.jsonc'),
    JSON.stringify(config, null, 2) + '\n'
  )
}

const suiteGlobs = ['packages/**/orchestration/*.md', 'packages/**/testdata/*.md']

/**
 * The trees: `synthetic` (bench/generate.mjs: every suite alike, the peers on the
 * suite folders' files) and `real` (bench/generate-real.mjs: the methodology's real
 * style in two dialects, plans and requirement documents; the floor and the peers
 * on every markdown file of the tree, which is a few files more than our CLI reads:
 * it leaves out the README and the code-style guides, which are no suite's).
 */
const treeKinds = {
  synthetic: {ensure: ensureTree, globs: suiteGlobs, headings: md043Headings},
  real: {ensure: ensureRealTree, globs: ['**/*.md', '!node_modules/**'], headings: ['*']}
}

function commands(tool, root, manifestPath, output = '/dev/null', globs = suiteGlobs) {
  switch (tool) {
    case 'cli':
    case 'cli1':
      return [
        node,
        [
          path.join(pkg, 'dist', 'cli.js'),
          '--format',
          'json',
          '--output',
          output,
          ...(tool === 'cli1' ? ['--concurrency', '1'] : [])
        ]
      ]
    case 'floor':
      return [node, [path.join(repo, 'bench', 'parse-floor.mjs'), manifestPath, root]]
    case 'markdownlint':
      return [
        node,
        [
          path.join(repo, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'),
          ...globs
        ]
      ]
    case 'remark':
      return [
        node,
        [path.join(repo, 'node_modules', 'remark-cli', 'cli.js'), ...globs, '--no-stdout']
      ]
  }
  throw new Error(tool)
}

/**
 * One untimed run per tool that checks it reads exactly the manifest's files and
 * finds the planted defects; returns a line per tool for the report.
 */
async function verify(tool, root, manifestPath, manifest, globs = suiteGlobs) {
  // The prompts (the CLI reads these and a real-style tree's plans and requirement
  // documents); every markdown file of a real-style tree for the floor and the peers.
  const size = manifest.files.length
  const read = manifest.markdown?.length ?? size
  if (tool === 'cli' || tool === 'cli1') {
    const out = path.join(os.tmpdir(), `tdd-bench-cli-${process.pid}.json`)
    const [cmd, args] = commands(tool, root, manifestPath, out)
    const {code} = await measure(cmd, args, {cwd: root})
    const report = JSON.parse(fs.readFileSync(out, 'utf8'))
    fs.rmSync(out, {force: true})
    const messages = report.reduce((n, file) => n + file.messages.length, 0)
    const linted = new Set(report.map((file) => file.filePath))
    const unread = manifest.files.filter((file) => !linted.has(file))
    if (unread.length > 0 || report.length > read)
      throw new Error(`cli linted ${report.length} files, expected the ${size} prompts`)
    {
      // Findings on exactly the files (a real-style tree) or in exactly the packages
      // (a synthetic one: a preprompt lists its testdata suite's pairs too) of the
      // planted defects: a tree that lost its house style would have findings everywhere.
      const where = manifest.markdown
        ? (file) => file
        : (file) => file.split('/').slice(0, 2).join('/')
      const flagged = [
        ...new Set(
          report.filter((file) => file.messages.length > 0).map((file) => where(file.filePath))
        )
      ]
      const planted = [
        ...new Set(
          manifest.defects.map((defect) => (manifest.markdown ? defect.file : where(defect.suite)))
        )
      ]
      if (JSON.stringify(flagged.sort()) !== JSON.stringify(planted.sort()))
        throw new Error(`cli: findings on ${flagged.join(', ')}, expected on ${planted.join(', ')}`)
    }
    return `${report.length} files, ${messages} findings, exit ${code}`
  }
  if (tool === 'floor') {
    const [cmd, args] = commands('floor', root, manifestPath)
    const {stdout, code} = await measure(cmd, args, {cwd: root, capture: true})
    if (!stdout.startsWith(`${read} files`)) throw new Error(`floor: ${stdout}`)
    return `${read} files, exit ${code}`
  }
  if (tool === 'markdownlint') {
    const [cmd, args] = commands('markdownlint', root, manifestPath, undefined, globs)
    const {stdout, code} = await measure(cmd, args, {cwd: root, capture: true})
    const linted = Number(/Linting: (\d+) file/.exec(stdout)?.[1])
    const errors = Number(/Summary: (\d+) error/.exec(stdout)?.[1] ?? 0)
    if (linted !== read)
      throw new Error(`markdownlint-cli2 linted ${linted} files, expected ${read}`)
    return `${linted} files, ${errors} findings, exit ${code}`
  }
  const [cmd, args] = commands('remark', root, manifestPath, undefined, globs)
  const child = await new Promise((resolve) => {
    execFileAsync(cmd, [...args, '--report', 'json'], root, resolve)
  })
  const report = JSON.parse(child.stderr)
  const messages = report.reduce((n, file) => n + file.messages.length, 0)
  if (report.length !== read)
    throw new Error(`remark-cli read ${report.length} files, expected ${read}`)
  return `${report.length} files, ${messages} findings, exit ${child.code}`
}

function execFileAsync(cmd, args, cwd, resolve) {
  const child = spawn(cmd, args, {cwd, stdio: ['ignore', 'ignore', 'pipe']})
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  child.on('close', (code) => resolve({code, stderr}))
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const stats = (values) => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values)
})

async function benchSize(size, args, log, kind = 'synthetic') {
  const {ensure, globs, headings} = treeKinds[kind]
  const {root, manifest, manifestPath, reused} = ensure(args.dir, size, args.seed)
  log(
    `${kind} size ${size}: ${reused ? 'reusing' : 'generated'} ${path.relative(repo, root)} (${manifest.packages} packages, ${manifest.defects.length} planted defects)`
  )
  prepareTree(root, headings)
  const checks = {}
  for (const tool of args.tools) {
    checks[tool] = await verify(tool, root, manifestPath, manifest, globs)
    log(`  check ${tool}: ${checks[tool]}`)
  }
  const samples = Object.fromEntries(args.tools.map((tool) => [tool, []]))
  for (let run = 0; run < args.runs; run++) {
    // Rotate the order so no tool always runs first (cold cache) or last.
    const order = args.tools.map((_, i) => args.tools[(i + run) % args.tools.length])
    for (const tool of order) {
      const [cmd, argv] = commands(tool, root, manifestPath, undefined, globs)
      const result = await measure(cmd, argv, {cwd: root})
      samples[tool].push(result)
      log(
        `  run ${run + 1} ${tool}: ${(result.wallMs / 1000).toFixed(2)} s wall, ${result.cpuS?.toFixed(2) ?? '?'} s CPU, ${result.rssMb.toFixed(0)} MB, exit ${result.code}`
      )
    }
  }
  const results = {}
  for (const tool of args.tools) {
    const walls = samples[tool].map((s) => s.wallMs)
    results[tool] = {
      wall: stats(walls),
      fps: stats(walls.map((ms) => size / (ms / 1000))),
      rss: stats(samples[tool].map((s) => s.rssMb)),
      cpu: samples[tool].every((s) => s.cpuS !== undefined)
        ? stats(samples[tool].map((s) => s.cpuS * 1000))
        : undefined,
      check: checks[tool]
    }
  }
  return {size, kind, manifest, results}
}

async function startupCli(args, log) {
  const {root} = ensureTree(args.dir, 100, args.seed)
  const manifest = JSON.parse(fs.readFileSync(path.join(args.dir, '100.json'), 'utf8'))
  const file = manifest.files.find((f) => f.endsWith('_red.md'))
  const walls = []
  const cpus = []
  const bare = []
  for (let i = 0; i < args.startupRuns; i++) {
    const [cmd, argv] = commands('cli', root, '')
    const result = await measure(cmd, [...argv, file], {cwd: root})
    walls.push(result.wallMs)
    cpus.push((result.cpuS ?? NaN) * 1000)
    bare.push((await measure(node, ['-e', '0'], {cwd: root})).wallMs)
  }
  log(
    `start-up: CLI one file ${median(walls).toFixed(0)} ms (bare node ${median(bare).toFixed(0)} ms)`
  )
  return {file, wall: stats(walls), cpu: stats(cpus), node: stats(bare)}
}

/**
 * One red prompt linted as a pre-commit hook or an editor lints it, inside a
 * git repository of the `size`-file tree with a requirement document in every
 * package and citations in every red prompt, against the same file in a
 * repository that holds its own package alone (same path, same documents).
 * Both runs must report the same findings.
 */
async function oneFile(args, log) {
  const size = args.oneFile
  const {root, manifest} = ensureTree(args.dir, size, args.seed)
  const big = path.join(args.dir, `repository-${size}`)
  const alone = path.join(args.dir, `repository-${size}-alone`)
  const pkg = 'packages/pkg000'
  repositoryTree(root, big, manifest)
  repositoryTree(root, alone, manifest, pkg)
  const file = manifest.files.find((f) => f.startsWith(pkg + '/') && f.endsWith('_red.md'))
  const checks = {}
  for (const [name, repository] of [
    ['big', big],
    ['alone', alone]
  ]) {
    const out = path.join(os.tmpdir(), `tdd-bench-one-${process.pid}.json`)
    const [cmd, argv] = commands('cli', repository, '', out)
    const {code} = await measure(cmd, [...argv, file], {cwd: repository})
    const report = JSON.parse(fs.readFileSync(out, 'utf8'))
    fs.rmSync(out, {force: true})
    const messages = report.flatMap((each) =>
      each.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)
    )
    checks[name] = {
      messages,
      text: `${report.length} file, ${messages.length} findings, exit ${code}`
    }
  }
  if (JSON.stringify(checks.big.messages) !== JSON.stringify(checks.alone.messages)) {
    throw new Error(`one file: the findings differ between the repositories`)
  }
  const samples = {big: [], alone: []}
  for (let i = 0; i < args.startupRuns; i++) {
    for (const [name, repository] of i % 2
      ? [
          ['alone', alone],
          ['big', big]
        ]
      : [
          ['big', big],
          ['alone', alone]
        ]) {
      const [cmd, argv] = commands('cli', repository, '')
      samples[name].push(await measure(cmd, [...argv, file], {cwd: repository}))
    }
  }
  const result = {
    size,
    file,
    pkg,
    packages: manifest.packages,
    big: {...summarize(samples.big), check: checks.big.text},
    alone: {...summarize(samples.alone), check: checks.alone.text}
  }
  log(
    `one file: ${result.big.cpu.median.toFixed(0)} ms CPU in the ${size}-file repository, ${result.alone.cpu.median.toFixed(0)} ms in its package alone`
  )
  return result
}

/**
 * `--cache` on the `size`-file tree, run after run: a cold run that writes the
 * cache, a warm run with nothing changed, and a warm run after one red prompt's
 * prose was edited (put back after each run). Each report is checked byte for
 * byte against the report of a run without the cache on the same tree.
 */
async function cacheRows(args, log) {
  const size = args.cacheRows
  const {root, manifest} = ensureTree(args.dir, size, args.seed)
  const cacheFile = path.join(os.tmpdir(), `tdd-bench-cache-${process.pid}`)
  const out = (name) => path.join(os.tmpdir(), `tdd-bench-cache-${process.pid}-${name}.json`)
  const edited = path.join(
    root,
    manifest.files.find((f) => f.endsWith('_red.md'))
  )
  const original = fs.readFileSync(edited)
  const edit = () => fs.appendFileSync(edited, '\nOne more line of prose.\n')
  const restore = () => fs.writeFileSync(edited, original)
  const run = (name, cache) => {
    const [cmd, argv] = commands('cli', root, '', out(name))
    const extra = cache ? ['--cache', '--cache-location', cacheFile] : []
    return measure(cmd, [...argv, ...extra], {cwd: root})
  }
  const samples = {cold: [], warm: [], edited: []}
  try {
    await run('plain', false)
    edit()
    await run('plain-edited', false)
    restore()
    for (let i = 0; i < args.runs; i++) {
      fs.rmSync(cacheFile, {force: true})
      samples.cold.push(await run('cold', true))
      samples.warm.push(await run('warm', true))
      edit()
      samples.edited.push(await run('edited', true))
      restore()
      for (const [name, expected] of [
        ['cold', 'plain'],
        ['warm', 'plain'],
        ['edited', 'plain-edited']
      ]) {
        if (!fs.readFileSync(out(name)).equals(fs.readFileSync(out(expected)))) {
          throw new Error(`cache: the ${name} report differs from the report without the cache`)
        }
      }
    }
  } finally {
    restore()
    fs.rmSync(cacheFile, {force: true})
    for (const name of ['plain', 'plain-edited', 'cold', 'warm', 'edited']) {
      fs.rmSync(out(name), {force: true})
    }
  }
  const result = {
    size,
    file: path.relative(root, edited),
    cold: summarize(samples.cold),
    warm: summarize(samples.warm),
    edited: summarize(samples.edited)
  }
  log(
    `cache: cold ${fmtS(result.cold.wall.median)} s, warm ${fmtS(result.warm.wall.median)} s, one prompt edited ${fmtS(result.edited.wall.median)} s`
  )
  return result
}

/** Wall, CPU (ms) and peak RSS of runs, each as median and spread. */
function summarize(list) {
  return {
    wall: stats(list.map((s) => s.wallMs)),
    cpu: stats(list.map((s) => (s.cpuS ?? NaN) * 1000)),
    rss: stats(list.map((s) => s.rssMb))
  }
}

/** Whether the real Action has landed (src/action/main.ts in git history). */
function actionLanded() {
  try {
    const out = execFileSync('git', ['log', '--oneline', '-1', '--', 'src/action/main.ts'], {
      cwd: repo,
      encoding: 'utf8'
    })
    return out.trim() !== '' && fs.existsSync(path.join(repo, 'dist', 'index.js'))
  } catch {
    return false
  }
}

/**
 * The bundled Action on a push of 20 prompt files: a git workspace whose last
 * commit adds them, the environment GitHub sets (INPUT_* from action.yml's
 * defaults, the event, the output files).
 */
async function startupAction(args, log) {
  const base = path.join(args.dir, 'action')
  const workspace = path.join(base, 'workspace')
  fs.rmSync(base, {recursive: true, force: true})
  fs.mkdirSync(workspace, {recursive: true})
  const git = (...argv) =>
    execFileSync('git', argv, {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'bench',
        GIT_AUTHOR_EMAIL: 'bench@example.com',
        GIT_COMMITTER_NAME: 'bench',
        GIT_COMMITTER_EMAIL: 'bench@example.com'
      }
    }).trim()
  git('init', '-q', '-b', 'main')
  fs.writeFileSync(path.join(workspace, 'README.md'), '# workspace\n')
  git('add', 'README.md')
  git('commit', '-q', '-m', 'base')
  const before = git('rev-parse', 'HEAD')
  const tree = path.join(base, 'tree')
  const manifest = generateTree(tree, 20, args.seed)
  fs.cpSync(path.join(tree, 'packages'), path.join(workspace, 'packages'), {recursive: true})
  git('add', 'packages')
  git('commit', '-q', '-m', 'add a suite')
  const after = git('rev-parse', 'HEAD')
  const event = {
    ref: 'refs/heads/main',
    before,
    after,
    repository: {full_name: 'bench/workspace', name: 'workspace', owner: {login: 'bench'}},
    head_commit: {id: after},
    commits: [{id: after, added: manifest.files.map((f) => f), modified: [], removed: []}]
  }
  const eventPath = path.join(base, 'event.json')
  fs.writeFileSync(eventPath, JSON.stringify(event))
  const inputs = {}
  try {
    const action = parseYaml(fs.readFileSync(path.join(repo, 'action.yml'), 'utf8'))
    for (const [name, spec] of Object.entries(action.inputs ?? {})) {
      // An expression default (`${{ github.token }}`) has no value here: no token.
      const value = spec?.default === undefined ? '' : String(spec.default)
      inputs[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value.includes('${{') ? '' : value
    }
  } catch {
    // no action.yml: no inputs
  }
  const walls = []
  const cpus = []
  let last
  for (let i = 0; i < args.startupRuns; i++) {
    const runnerTemp = path.join(base, `temp-${i}`)
    fs.mkdirSync(runnerTemp, {recursive: true})
    const outputs = path.join(runnerTemp, 'output')
    const summary = path.join(runnerTemp, 'summary')
    fs.writeFileSync(outputs, '')
    fs.writeFileSync(summary, '')
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputs,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_REPOSITORY: 'bench/workspace',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: after,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'http://127.0.0.1:9',
      RUNNER_TEMP: runnerTemp,
      ...inputs
    }
    last = await measure(node, [path.join(pkg, 'dist', 'index.js')], {
      cwd: workspace,
      env,
      capture: true
    })
    walls.push(last.wallMs)
    cpus.push((last.cpuS ?? NaN) * 1000)
  }
  log(`start-up: Action on 20 files ${median(walls).toFixed(0)} ms (exit ${last.code})`)
  return {wall: stats(walls), cpu: stats(cpus), code: last.code, files: manifest.files.length}
}

/** Wrap prose at 100 columns, as the repository's markdown is. */
function wrap(text, width = 100) {
  const lines = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  return [...lines, line].join('\n')
}

const fmtS = (ms) => (ms / 1000).toFixed(2)
const fmtInt = (n) => Math.round(n).toLocaleString('en-US')
const spreadS = (s) => `${fmtS(s.min)}–${fmtS(s.max)}`
/** The same ratio in CPU time (user + system), less sensitive to a busy machine. */
const cpuRatio = (a, b) =>
  a.cpu && b.cpu ? `; CPU time ${(a.cpu.median / b.cpu.median).toFixed(2)}×` : ''

function report(args, sizes, startup, action, meta, one, cache) {
  const lines = []
  lines.push(
    wrap(
      `Measured ${meta.date} on ${meta.cores} cores (${meta.cpu}), Node ${meta.node}, ` +
        `${args.runs} runs per tool and size (median, spread min–max), generator seed ${args.seed}, ` +
        `dist/ built from the working tree at ${meta.commit}. ` +
        `Load average (1, 5, 15 min) at start: ${meta.load}; at end: ${meta.loadEnd}.`
    ),
    ''
  )
  for (const {size, kind, manifest, results} of sizes) {
    const real = kind === 'real'
    lines.push(
      real
        ? `### Real-style tree: ${fmtInt(size)} prompt files`
        : `### ${fmtInt(size)} prompt files`,
      '',
      `${manifest.packages} packages${real ? ` (${manifest.dialects.A} in the \`prompt_00\` dialect, ${manifest.dialects.B} groups under a role preprompt), ${fmtInt(manifest.markdown.length)} markdown files` : ''}, ${manifest.defects.length} planted defects (${[...new Set(manifest.defects.map((d) => d.kind))].join(', ')}).`,
      '',
      '| tool | wall (s) | spread (s) | files/s | CPU user+sys (s) | peak RSS (MB) | RSS spread (MB) | check run |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |'
    )
    for (const tool of args.tools) {
      const r = results[tool]
      lines.push(
        `| ${toolNames[tool]} | ${fmtS(r.wall.median)} | ${spreadS(r.wall)} | ${fmtInt(r.fps.median)} | ${r.cpu ? fmtS(r.cpu.median) : '—'} | ${r.rss.median.toFixed(0)} | ${r.rss.min.toFixed(0)}–${r.rss.max.toFixed(0)} | ${r.check} |`
      )
    }
    lines.push('')
  }

  if (one) {
    lines.push(
      `### One file in a big repository`,
      '',
      wrap(
        `\`${one.file}\` linted alone (\`--format json --output /dev/null <file>\`, as a pre-commit hook runs it), ${args.startupRuns} runs each, interleaved: in a git repository of the ${fmtInt(one.size)}-file tree (${one.packages} packages, a requirement document in each, every red prompt citing it), and in a git repository holding only its own package (\`${one.pkg}\`, same path and documents).`
      ),
      '',
      '| repository | wall (ms) | spread (ms) | CPU user+sys (ms) | CPU spread (ms) | peak RSS (MB) | check run |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |'
    )
    for (const [name, r] of [
      [`${fmtInt(one.size)} prompt files`, one.big],
      [`its package alone`, one.alone]
    ]) {
      lines.push(
        `| ${name} | ${r.wall.median.toFixed(0)} | ${r.wall.min.toFixed(0)}–${r.wall.max.toFixed(0)} | ${r.cpu.median.toFixed(0)} | ${r.cpu.min.toFixed(0)}–${r.cpu.max.toFixed(0)} | ${r.rss.median.toFixed(0)} | ${r.check} |`
      )
    }
    lines.push('')
  }

  if (cache) {
    lines.push(
      `### \`--cache\` on ${fmtInt(cache.size)} prompt files`,
      '',
      wrap(
        `The CLI with \`--cache --cache-location <temp file>\` at the tree root, ${args.runs} runs of each step in turn: cold (no cache file; it is written), warm with nothing changed, and warm after one line of prose was added to \`${cache.file}\` (put back after each run). Every report is byte for byte the report of a run without the cache on the same tree.`
      ),
      '',
      '| run | wall (s) | spread (s) | CPU user+sys (s) | peak RSS (MB) |',
      '| --- | ---: | ---: | ---: | ---: |'
    )
    for (const [name, r] of [
      ['cold, writing the cache', cache.cold],
      ['warm, nothing changed', cache.warm],
      ['warm, one prompt edited', cache.edited]
    ]) {
      lines.push(
        `| ${name} | ${fmtS(r.wall.median)} | ${spreadS(r.wall)} | ${fmtS(r.cpu.median)} | ${r.rss.median.toFixed(0)} |`
      )
    }
    lines.push('')
  }

  const bySize = new Map(
    sizes.filter((s) => s.kind === 'synthetic').map((s) => [s.size, s.results])
  )
  const big = bySize.get(10000)
  const mid = bySize.get(1000)
  const targets = []
  const row = (target, measured, pass) =>
    targets.push(
      `| ${target} | ${measured} | ${pass === undefined ? 'not measured' : pass ? 'pass' : '**fail**'} |`
    )
  if (big?.cli && big.markdownlint) {
    const ratio = big.cli.fps.median / big.markdownlint.fps.median
    row(
      'throughput ≥ 1.5× markdownlint-cli2 at 10,000',
      `${ratio.toFixed(2)}× (${fmtInt(big.cli.fps.median)} vs ${fmtInt(big.markdownlint.fps.median)} files/s)${cpuRatio(big.markdownlint, big.cli)}`,
      ratio >= 1.5
    )
  } else row('throughput ≥ 1.5× markdownlint-cli2 at 10,000', '—', undefined)
  if (big?.cli && big.floor) {
    const ratio = big.cli.wall.median / big.floor.wall.median
    row(
      'wall within 1.5× of the parse floor at 10,000',
      `${ratio.toFixed(2)}× (${fmtS(big.cli.wall.median)} s vs ${fmtS(big.floor.wall.median)} s)${cpuRatio(big.cli, big.floor)}`,
      ratio <= 1.5
    )
  } else row('wall within 1.5× of the parse floor at 10,000', '—', undefined)
  if (big?.cli1?.cpu && big.floor?.cpu) {
    const ratio = big.cli1.cpu.median / big.floor.cpu.median
    row(
      "one thread: CPU ≤ 1.3× the parse floor's at 10,000",
      `${ratio.toFixed(2)}× (${fmtS(big.cli1.cpu.median)} s vs ${fmtS(big.floor.cpu.median)} s)`,
      ratio <= 1.3
    )
  } else row("one thread: CPU ≤ 1.3× the parse floor's at 10,000", '—', undefined)
  if (big?.cli) {
    row(
      'peak RSS ≤ 220 MB at 10,000, default run (worst run)',
      `${big.cli.rss.max.toFixed(0)} MB (one thread: ${big.cli1 ? big.cli1.rss.max.toFixed(0) + ' MB' : '—'})`,
      big.cli.rss.max <= 220
    )
  } else row('peak RSS ≤ 220 MB at 10,000, default run (worst run)', '—', undefined)
  if (big?.cli && mid?.cli) {
    const ratio = big.cli.fps.median / mid.cli.fps.median
    row(
      'linear growth: files/s at 10,000 ≥ 0.8× files/s at 1,000',
      `${ratio.toFixed(2)}× (${fmtInt(big.cli.fps.median)} vs ${fmtInt(mid.cli.fps.median)} files/s)`,
      ratio >= 0.8
    )
  } else row('linear growth: files/s at 10,000 ≥ 0.8× files/s at 1,000', '—', undefined)
  if (startup) {
    row(
      `start-up: CLI lints one file < 300 ms (median of ${args.startupRuns})`,
      `${startup.wall.median.toFixed(0)} ms (${startup.wall.min.toFixed(0)}–${startup.wall.max.toFixed(0)}; CPU ${startup.cpu.median.toFixed(0)} ms; bare \`node -e 0\`: ${startup.node.median.toFixed(0)} ms)`,
      startup.wall.median < 300
    )
  }
  if (one) {
    const ratio = one.big.cpu.median / one.alone.cpu.median
    row(
      `one file in a ${fmtInt(one.size)}-file repository ≤ 1.5× its package alone (CPU, median of ${args.startupRuns})`,
      `${ratio.toFixed(2)}× (${one.big.cpu.median.toFixed(0)} ms vs ${one.alone.cpu.median.toFixed(0)} ms; wall ${one.big.wall.median.toFixed(0)} ms vs ${one.alone.wall.median.toFixed(0)} ms)`,
      ratio <= 1.5
    )
  }
  if (cache) {
    const ratio = cache.warm.wall.median / cache.cold.wall.median
    row(
      `\`--cache\`: a warm run with nothing changed ≤ 0.25× the cold run's wall at ${fmtInt(cache.size)}, the same report`,
      `${ratio.toFixed(2)}× (${fmtS(cache.warm.wall.median)} s vs ${fmtS(cache.cold.wall.median)} s); one prompt edited: ${fmtS(cache.edited.wall.median)} s`,
      ratio <= 0.25
    )
  }
  const largest = bySize.get(50000)
  if (largest?.cli && big?.cli) {
    const ratio = largest.cli.wall.median / big.cli.wall.median
    row(
      'linear growth to 50,000: 5× the files ≤ 5.5× the wall of 10,000',
      `${ratio.toFixed(2)}× (${fmtS(largest.cli.wall.median)} s vs ${fmtS(big.cli.wall.median)} s; CPU ${largest.cli.cpu ? (largest.cli.cpu.median / big.cli.cpu.median).toFixed(2) + '×' : '—'}; peak RSS ${largest.cli.rss.max.toFixed(0)} MB)`,
      ratio <= 5.5
    )
  }
  if (action?.pending) {
    targets.push(
      `| start-up: the bundled Action lints a 20-file push < 1 s | pending: ${action.pending} | pending |`
    )
  } else if (action) {
    row(
      `start-up: the bundled Action lints a 20-file push < 1 s (median of ${args.startupRuns})`,
      `${action.wall.median.toFixed(0)} ms (${action.wall.min.toFixed(0)}–${action.wall.max.toFixed(0)}; CPU ${action.cpu.median.toFixed(0)} ms), ${action.files} files, exit ${action.code}`,
      action.wall.median < 1000
    )
  }
  lines.push(
    '### Targets',
    '',
    '| target | measured | result |',
    '| --- | --- | --- |',
    ...targets,
    ''
  )
  return lines.join('\n')
}

const startMarker = '<!-- bench:results:start (generated by `npm run bench`) -->'
const endMarker = '<!-- bench:results:end -->'

async function writeBenchmark(text) {
  const file = path.join(repo, 'BENCHMARK.md')
  const current = fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8')
    : `# Benchmark\n\n${startMarker}\n${endMarker}\n`
  const start = current.indexOf(startMarker)
  const end = current.indexOf(endMarker)
  if (start < 0 || end < start) throw new Error('BENCHMARK.md lacks the results markers')
  const next =
    current.slice(0, start + startMarker.length) + '\n\n' + text + '\n' + current.slice(end)
  // Formatted as the repository's prettier check expects (it aligns tables).
  const prettier = await import('prettier')
  const options = (await prettier.resolveConfig(file)) ?? {}
  fs.writeFileSync(file, await prettier.format(next, {...options, filepath: file}))
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const log = (line) => console.error(line)
  if (!fs.existsSync(path.join(repo, 'dist', 'cli.js'))) {
    log('dist/cli.js is missing: running npm run bundle')
    execFileSync('npm', ['run', 'bundle'], {cwd: repo, stdio: 'inherit'})
  }
  fs.mkdirSync(args.dir, {recursive: true})
  pkg = path.join(args.dir, 'package')
  fs.rmSync(pkg, {recursive: true, force: true})
  fs.mkdirSync(pkg)
  fs.cpSync(path.join(repo, 'dist'), path.join(pkg, 'dist'), {recursive: true})
  fs.copyFileSync(path.join(repo, 'package.json'), path.join(pkg, 'package.json'))
  const help = execFileSync(node, [path.join(pkg, 'dist', 'cli.js'), '--help'], {encoding: 'utf8'})
  if (!help.includes('--format'))
    throw new Error('dist/cli.js has no --format: run npm run bundle on the finished CLI')
  if (!gnuTime)
    log('no /usr/bin/time (Debian: apt-get install time): sampling VmHWM from /proc instead')
  const meta = {
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: repo,
      encoding: 'utf8'
    }).trim(),
    date: new Date().toISOString().slice(0, 10),
    cores: os.availableParallelism?.() ?? os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    node: process.version,
    load: os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')
  }
  const sizes = []
  for (const size of args.sizes) sizes.push(await benchSize(size, args, log))
  for (const size of args.realSizes) sizes.push(await benchSize(size, args, log, 'real'))
  const startup = args.tools.includes('cli') ? await startupCli(args, log) : undefined
  const one = args.tools.includes('cli') && args.oneFile > 0 ? await oneFile(args, log) : undefined
  const action =
    args.action === 'on' || (args.action === 'auto' && actionLanded())
      ? await startupAction(args, log)
      : args.action === 'off'
        ? undefined
        : {pending: 'the bundled Action (src/action/main.ts) has not landed yet'}
  const cache =
    args.tools.includes('cli') && args.cacheRows > 0 ? await cacheRows(args, log) : undefined
  meta.loadEnd = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')
  const text = report(args, sizes, startup, action, meta, one, cache)
  console.log(text)
  if (args.write) {
    await writeBenchmark(text)
    log('BENCHMARK.md updated')
  }
}

await main()
