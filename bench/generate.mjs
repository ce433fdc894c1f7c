#!/usr/bin/env node
/**
 * A deterministic synthetic monorepo of TDD prompt suites, for the benchmark.
 *
 *     node bench/generate.mjs [--sizes 100,1000,10000] [--dir .bench] [--seed 8]
 *
 * Each size gets its own tree, `<dir>/<size>/`, holding exactly `size` prompt
 * files in `packages/pkgNNN/orchestration/` (a preprompt and 5–14 red/green
 * pairs) and, for most packages, `packages/pkgNNN/testdata/` (5–15 pairs with the
 * `testdata_` prefix and no preprompt of their own: they link the package's
 * preprompt, as in examples/). Files are 50–120 lines modelled on examples/:
 * titles, the required sections, links to the preprompt and the red prompt,
 * code blocks, tables and lists. A few suites carry planted defects — a missing
 * green prompt, a missing section, a gap in the numbering — listed in the
 * manifest `<dir>/<size>.json` together with every file (relative paths).
 *
 * The same seed and size always give the same bytes (a seeded PRNG, no clock,
 * no environment), so every tool of a benchmark run, and every run, reads the
 * same files.
 */
import fs from 'node:fs'
import path from 'node:path'

/** Bump when the output changes, so cached trees are regenerated. */
export const generatorVersion = 3

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min, max) => min + Math.floor(next() * (max - min + 1))
  const pick = (list) => list[Math.floor(next() * list.length)]
  const chance = (p) => next() < p
  const sample = (list, n) => {
    const copy = [...list]
    const out = []
    while (out.length < n && copy.length > 0) out.push(copy.splice(int(0, copy.length - 1), 1)[0])
    return out
  }
  const shuffle = (list) => sample(list, list.length)
  return {next, int, pick, chance, sample, shuffle}
}

const domains = [
  'billing',
  'ledger',
  'ingest',
  'search',
  'notify',
  'catalog',
  'payments',
  'inventory',
  'scheduler',
  'identity',
  'reporting',
  'export',
  'gateway',
  'metrics',
  'audit',
  'media',
  'geo',
  'pricing',
  'shipping',
  'tenancy',
  'checkout',
  'loyalty',
  'fraud',
  'support'
]
export const heads = [
  'Config',
  'Event',
  'Batch',
  'Retry',
  'Quota',
  'Token',
  'Schema',
  'Route',
  'Cache',
  'Policy',
  'Snapshot',
  'Webhook',
  'Invoice',
  'Session',
  'Index',
  'Shard',
  'Lease',
  'Cursor',
  'Metric',
  'Tenant',
  'Rate',
  'Audit',
  'Manifest',
  'Queue',
  'Topic',
  'Bucket',
  'Secret',
  'Health',
  'Preflight',
  'Deployment'
]
export const tails = [
  'Generator',
  'Validator',
  'Manager',
  'Orchestrator',
  'Client',
  'Store',
  'Resolver',
  'Planner',
  'Scheduler',
  'Publisher',
  'Reconciler',
  'Builder',
  'Loader',
  'Writer',
  'Reader',
  'Limiter',
  'Tracker',
  'Router',
  'Encoder',
  'Watcher',
  'Collector',
  'Dispatcher',
  'Conductor'
]
export const services = [
  'publisher',
  'subscriber',
  'director',
  'worker',
  'collector',
  'notifier',
  'indexer',
  'exporter',
  'importer',
  'relay',
  'archiver',
  'scanner',
  'renderer',
  'resizer',
  'mailer',
  'poller',
  'sweeper',
  'bridge',
  'probe',
  'sink'
]
const testKinds = ['unit', 'unit', 'unit', 'unit', 'integration', 'integration', 'end-to-end']
export const fields = [
  'ProjectID',
  'Region',
  'RunID',
  'Topic',
  'Subscription',
  'Image',
  'Tag',
  'Timeout',
  'MaxRetries',
  'BatchSize',
  'Labels',
  'Owner',
  'Quota',
  'Endpoint',
  'Deadline',
  'Shard',
  'Cursor',
  'Priority'
]
const envVars = [
  'GCP_PROJECT_ID',
  'RUN_ID',
  'PUBSUB_TOPIC',
  'PUBSUB_SUBSCRIPTION',
  'MAX_BATCH_SIZE',
  'UPSTREAM_URL',
  'DOWNSTREAM_URL',
  'LOG_LEVEL',
  'REQUEST_TIMEOUT',
  'BUCKET_NAME',
  'REGION',
  'TENANT_ID'
]
const errors = [
  'ErrNotFound',
  'ErrConflict',
  'ErrInvalidConfig',
  'ErrQuotaExceeded',
  'ErrTimeout',
  'ErrUnavailable',
  'ErrPermissionDenied',
  'ErrStale'
]
const languages = ['go', 'go', 'go', 'go', 'ts', 'ts', 'python']

const toSnake = (value) =>
  value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase()
const pad = (n) => String(n).padStart(2, '0')
const lower = (name) => name[0].toLowerCase() + name.slice(1)

/** Wrap prose at 100 columns, like the examples. */
function wrap(text, width = 100) {
  const lines = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines.join('\n')
}

/** Wrap a list item with a hanging indent. */
function item(marker, text) {
  const body = wrap(text, 100 - marker.length - 1).split('\n')
  return body
    .map((line, i) => (i === 0 ? `${marker} ${line}` : ' '.repeat(marker.length + 1) + line))
    .join('\n')
}

/** Sentences about a component, filled from the package's vocabulary. */
function prose(r, ctx, n) {
  const s = []
  const f = () => r.pick(fields)
  const templates = [
    () =>
      `The \`${ctx.component}\` is the only place that decides how a \`${f()}\` is derived from the run input.`,
    () =>
      `It learns about the outside world only through small interfaces, so the test runs entirely in memory.`,
    () =>
      `A half-finished ${ctx.domain} run is expensive to clean up, so problems are collected and reported together instead of stopping at the first one.`,
    () =>
      `Every name is derived from the short run ID (\`${ctx.runId}\`) so several runs can share one project.`,
    () =>
      `Callers pass a \`context.Context\` first; cancellation is checked before any lookup and wrapped with \`%w\`.`,
    () =>
      `When \`${f()}\` is empty the component returns \`${r.pick(errors)}\` wrapped with the name of the field, never a bare string.`,
    () =>
      `The ${ctx.domain} service reads \`${r.pick(envVars)}\` and \`${r.pick(envVars)}\` at start-up and fails fast when either is missing.`,
    () =>
      `Earlier pairs already provide \`${r.pick(ctx.known)}\` and \`${r.pick(ctx.known)}\`; reuse them unchanged.`,
    () =>
      `Results are returned in a stable order (by \`${f()}\`, then by \`${f()}\`) so that tests can compare whole slices.`,
    () =>
      `Retries use a fixed back-off of ${r.int(2, 9) * 50} ms and give up after ${r.int(2, 6)} attempts; the clock is injected, never read.`,
    () =>
      `Nothing here talks to Google Cloud directly: a production adapter lives outside \`${ctx.pkgPath}\`.`,
    () =>
      `The ${lower(ctx.component)} is called ${r.pick(['once per run', 'for every batch', 'on every retry', 'before deployment', 'after the IAM step'])}, and its output is logged as one JSON line.`,
    () =>
      `A failure of the ${r.pick(['lookup', 'write', 'publish', 'decode', 'policy read'])} is not a finding about the ${ctx.domain} project: it is returned at once, wrapped with the operation that failed.`,
    () =>
      `Limits come from the fixed values of the preprompt: at most ${r.int(10, 500)} items per batch and ${r.int(1, 16)} concurrent requests.`,
    () =>
      `The fixture \`validInput()\` is declared once, in the first test file of the package, and every later test calls it.`,
    () =>
      `Fakes get names specific to this component (\`fake${ctx.component}Store\`, \`err${ctx.component}Injected\`) so test files written at different times never collide.`
  ]
  for (let i = 0; i < n; i++) s.push(r.pick(templates)())
  return s.join(' ')
}

/** A paragraph of `n` sentences, wrapped. */
const para = (r, ctx, n) => wrap(prose(r, ctx, n))

function signatures(r, ctx, n) {
  const c = ctx.component
  if (ctx.lang === 'ts') {
    const lines = [`export interface ${c}Options {`]
    for (const field of r.sample(fields, r.int(3, 5))) lines.push(`  ${lower(field)}: string`)
    lines.push('}', '')
    for (let i = 0; i < n; i++) {
      const m = r.pick(['plan', 'apply', 'resolve', 'validate', 'load', 'publish', 'drain', 'sync'])
      lines.push(
        `export function ${m}${c}(options: ${c}Options, input: ${r.pick(ctx.known)}): Promise<${r.pick(['void', 'Result', 'Plan', 'string[]'])}>`
      )
    }
    lines.push(`export class ${c}Error extends Error {}`)
    return ['```ts', ...lines, '```'].join('\n')
  }
  if (ctx.lang === 'python') {
    const lines = ['@dataclass(frozen=True)', `class ${c}Config:`]
    for (const field of r.sample(fields, r.int(3, 5))) lines.push(`    ${toSnake(field)}: str`)
    lines.push('')
    for (let i = 0; i < n; i++) {
      const m = r.pick(['plan', 'apply', 'resolve', 'validate', 'load', 'publish', 'drain', 'sync'])
      lines.push(
        `def ${m}_${toSnake(c)}(config: ${c}Config, items: list[str]) -> ${r.pick(['None', 'Result', 'list[str]', 'dict[str, int]'])}: ...`
      )
    }
    lines.push(`class ${c}Error(Exception): ...`)
    return ['```python', ...lines, '```'].join('\n')
  }
  const lines = [`type ${c}Input struct {`]
  for (const field of r.sample(fields, r.int(3, 5))) lines.push(`    ${field} string`)
  lines.push('}', '')
  for (let i = 0; i < n; i++) {
    const m = r.pick(['Plan', 'Apply', 'Resolve', 'Validate', 'Load', 'Publish', 'Drain', 'Sync'])
    lines.push(
      `func (x *${c}) ${m}(ctx context.Context, in ${c}Input) (${r.pick(['Config', 'Result', '[]string', 'int'])}, error)`
    )
  }
  lines.push(`var Err${c}Failed error // errors.Is target for every ${lower(c)} failure`)
  return ['```go', ...lines, '```'].join('\n')
}

function testFile(ctx) {
  if (ctx.lang === 'ts') return `src/${ctx.domain}/${toSnake(ctx.component)}.test.ts`
  if (ctx.lang === 'python') return `tests/test_${toSnake(ctx.component)}.py`
  return `${ctx.pkgPath}/${toSnake(ctx.component)}_test.go`
}
function sourceFile(ctx) {
  if (ctx.lang === 'ts') return `src/${ctx.domain}/${toSnake(ctx.component)}.ts`
  if (ctx.lang === 'python') return `${ctx.domain}/${toSnake(ctx.component)}.py`
  return `${ctx.pkgPath}/${toSnake(ctx.component)}.go`
}
function testCommand(ctx) {
  if (ctx.lang === 'ts') return `npx vitest run src/${ctx.domain}/`
  if (ctx.lang === 'python') return `python -m pytest tests/test_${toSnake(ctx.component)}.py`
  return `go test ${ctx.kind === 'integration' ? '-tags integration ' : ''}./${ctx.pkgPath}/`
}

function frontMatter(r, ctx) {
  return [
    '---',
    `owner: team-${ctx.domain}`,
    `reviewed: 2026-0${r.int(1, 9)}-1${r.int(0, 9)}`,
    '---',
    ''
  ].join('\n')
}

function redPrompt(r, ctx) {
  const out = []
  if (r.chance(0.04)) out.push(frontMatter(r, ctx))
  out.push(`# Red: ${ctx.component} ${ctx.kind} test`, '')
  const sections = []
  sections.push([
    'Context',
    [
      wrap(
        `Read the [preprompt](${ctx.preprompt}) first. ${ctx.number > 2 ? `Pairs 01 to ${pad(ctx.number - 1)} are done` : ctx.number === 2 ? 'Pair 01 is done' : 'This is the first pair'}: ${prose(r, ctx, 1)}`
      ),
      para(r, ctx, r.int(3, 5)),
      ...(r.chance(0.5) ? [para(r, ctx, r.int(2, 4))] : [])
    ]
  ])
  sections.push([
    'Objective',
    [
      wrap(
        `Write one failing ${ctx.kind} test file, \`${testFile(ctx)}\`, for \`${ctx.component}\`. Do not write the ${lower(ctx.component)}. The test uses these new names:`
      ),
      signatures(r, ctx, r.int(2, 5))
    ]
  ])
  const rows = []
  for (let i = 0; i < r.int(4, 7); i++) {
    rows.push(
      `| ${r.pick(['all good', 'empty input', 'duplicate name', 'quota reached', 'stale cursor', 'cancelled context', 'lookup fails', 'two problems', 'name taken', 'unknown field'])} ${i + 1} | \`${r.pick(fields)}\` ${r.pick(['missing', 'set to `""`', 'too long', 'taken', 'negative'])} | \`${r.pick(['nil', ...errors])}\` |`
    )
  }
  const separate = []
  for (let i = 0; i < r.int(2, 4); i++) {
    separate.push(
      item(
        '-',
        `\`Test${ctx.component}${r.pick(['ReturnsTypedError', 'CancelledContext', 'Idempotent', 'StableOrder', 'NoLookupsOnBadInput', 'WrapsLookupError'])}\`: ${prose(r, ctx, 1)}`
      )
    )
  }
  sections.push([
    'Test cases',
    [
      para(r, ctx, 2),
      wrap(`Table-driven \`Test${ctx.component}\`; compare results as whole values:`),
      ['| case | setup | want |', '|---|---|---|', ...rows].join('\n'),
      'Separate tests:',
      separate.join('\n')
    ]
  ])
  const constraints = []
  for (let i = 0; i < r.int(3, 5); i++) constraints.push(item('-', prose(r, ctx, 1)))
  sections.push(['Constraints', [constraints.join('\n')]])
  sections.push([
    'Acceptance criteria',
    [
      [
        item('-', `One new file, \`${testFile(ctx)}\`.`),
        item(
          '-',
          `\`${testCommand(ctx)}\` fails to compile only on the undefined names (\`undefined: ${ctx.component}\`, ...); the earlier pairs' tests are untouched.`
        ),
        item(
          '-',
          `All ${rows.length} table rows and the ${separate.length} separate tests are present.`
        )
      ].join('\n')
    ]
  ])
  return finish(out, sections, ctx)
}

function greenPrompt(r, ctx) {
  const out = []
  if (r.chance(0.04)) out.push(frontMatter(r, ctx))
  out.push(`# Green: ${ctx.component} implementation`, '')
  const sections = []
  sections.push([
    'Context',
    [
      wrap(
        `Use the [preprompt](${ctx.preprompt}) for conventions and fixed names. [The red prompt](${ctx.red}) produced \`${testFile(ctx)}\`; it fails until the ${lower(ctx.component)} exists.`
      ),
      para(r, ctx, r.int(2, 4)),
      ...(r.chance(0.6) ? [para(r, ctx, r.int(2, 3))] : [])
    ]
  ])
  sections.push([
    'Objective',
    [
      wrap(
        `Write \`${sourceFile(ctx)}\`, the smallest implementation that makes \`${testFile(ctx)}\` pass without touching it, while keeping the earlier pairs green.`
      )
    ]
  ])
  const requirements = []
  for (let i = 0; i < r.int(6, 10); i++) requirements.push(item('-', prose(r, ctx, r.int(1, 2))))
  const req = [requirements.join('\n')]
  if (r.chance(0.6))
    req.push(
      'A sketch of the error type, so `errors.Is` and `errors.As` both work:',
      signatures(r, ctx, r.int(1, 3))
    )
  sections.push(['Requirements', req])
  const constraints = []
  for (let i = 0; i < r.int(3, 5); i++) constraints.push(item('-', prose(r, ctx, 1)))
  sections.push(['Constraints', [constraints.join('\n')]])
  sections.push([
    'Acceptance criteria',
    [
      [
        item('-', `\`${testCommand(ctx)}\` passes, including the earlier pairs' tests.`),
        item(
          '-',
          `The linters are clean and \`git diff --exit-code -- '${testFile(ctx)}'\` is clean.`
        )
      ].join('\n')
    ]
  ])
  return finish(out, sections, ctx)
}

function finish(out, sections, ctx) {
  for (const [name, blocks] of sections) {
    if (name === ctx.drop) continue
    out.push(`## ${name}`, '')
    for (const block of blocks) out.push(block, '')
  }
  return out.join('\n').replace(/\n+$/, '\n')
}

function preprompt(r, suite, td) {
  const {domain} = suite.ctx
  const out = [`# ${domain[0].toUpperCase() + domain.slice(1)} package: master context`, '']
  out.push(
    wrap(
      `Attach or paste this file before every red or green prompt of the suite. It is the shared memory of the work: what the ${domain} package is for, where files live, which names are fixed and how a red/green cycle runs.`
    ),
    ''
  )
  out.push('## Context', '', para(r, suite.ctx, r.int(2, 4)), '')
  const svc = []
  for (const name of r.sample(services, r.int(2, 3)))
    svc.push(item('-', `**${name}** ${prose(r, suite.ctx, 1)}`))
  out.push(svc.join('\n'), '')
  const tree = ['```text']
  for (const pair of suite.pairs)
    tree.push(
      `${testFile({...suite.ctx, component: pair.component}).padEnd(56)} # pair ${pad(pair.number)}`
    )
  tree.push('```')
  out.push(tree.join('\n'), '')
  out.push('## Components', '')
  out.push(
    wrap(
      `The ${suite.pairs.length} components are built in this order; each line links the red prompt (the failing test) and the green prompt (the implementation) of one pair.`
    ),
    ''
  )
  const list = suite.pairs.map((pair, i) =>
    item(
      `${i + 1}.`,
      `**${pair.component}** — [red](${pair.red}) · [green](${pair.green}): ${prose(r, suite.ctx, 1)}`
    )
  )
  out.push(list.join('\n'), '')
  if (td) {
    out.push(
      wrap('The services in `testdata/` have no preprompt of their own; they use this one.'),
      ''
    )
    out.push(
      td.pairs
        .map((pair) =>
          item(
            '-',
            `${pair.slug} — [red](../testdata/${pair.red}) · [green](../testdata/${pair.green})`
          )
        )
        .join('\n'),
      ''
    )
  }
  out.push(
    '## Conventions',
    '',
    'These hold for every prompt unless the prompt says otherwise.',
    ''
  )
  const conv = []
  for (let i = 0; i < r.int(3, 6); i++) conv.push(item('-', prose(r, suite.ctx, r.int(1, 2))))
  out.push(conv.join('\n'), '')
  out.push('## Workflow', '', 'Each component is one red/green pair, done strictly in order.', '')
  const steps = [
    'Start a fresh conversation with this preprompt attached, then paste the red prompt.',
    'The red answer is exactly one new test file. Save it and run the command the prompt names; it must fail for the right reason.',
    'Commit the failing test on its own.',
    'Paste the green prompt in the same conversation. The test file is frozen: `git diff --exit-code` on it must stay clean.',
    'Run the whole test suite and the linters, then commit.',
    'Later pairs build on earlier code: never change an earlier component without going back through its red prompt.'
  ]
  out.push(steps.map((step, i) => item(`${i + 1}.`, step)).join('\n'))
  return out.join('\n') + '\n'
}

function componentNames(r, n) {
  const names = new Set()
  while (names.size < n) names.add(r.pick(heads) + r.pick(tails))
  return [...names]
}

/**
 * One suite's plan: its pairs (number, slug, component, kind) and its defects.
 * `pairs` pairs; a `missing-green` defect drops one green file.
 */
function planSuite(r, {pairs, prefix, defect}) {
  const components = prefix ? r.sample(services, pairs) : componentNames(r, pairs)
  while (components.length < pairs) components.push(`${r.pick(services)}${components.length}`)
  const gapAt = defect === 'gap' ? r.int(1, pairs - 1) : -1
  const list = components.map((name, i) => {
    const number = i + 1 + (gapAt >= 0 && i >= gapAt ? 1 : 0)
    // Like examples/, a slug need not be the component's name.
    const slug = prefix
      ? name
      : r.chance(0.15)
        ? toSnake(r.pick(heads)) + '_' + toSnake(r.pick(tails))
        : toSnake(name)
    const component = prefix ? `${name} service` : name
    return {
      number,
      slug,
      component,
      kind: prefix ? 'pre-flight' : r.pick(testKinds),
      red: `${prefix}prompt_${pad(number)}_${slug}_red.md`,
      green: `${prefix}prompt_${pad(number)}b_${slug}_green.md`
    }
  })
  return {
    pairs: list,
    defect,
    missingGreen: defect === 'missing-green' ? r.int(0, pairs - 1) : -1,
    dropAt: defect === 'missing-section' ? r.int(0, 2 * pairs - 1) : -1
  }
}

const defectKinds = ['missing-green', 'missing-section', 'gap']

/** Files of a suite plan (after a missing-green defect). */
const suiteFileCount = (pairs, hasPreprompt, defect) =>
  (hasPreprompt ? 1 : 0) + 2 * pairs - (defect === 'missing-green' ? 1 : 0)

/** Package plans whose file counts add up to exactly `size`. */
function planPackages(r, size) {
  const packages = []
  let remaining = size
  const defectOf = () => (r.chance(0.05) ? r.pick(defectKinds) : undefined)
  while (remaining > 0) {
    // Every tree has each kind of defect at least once: in its first three packages.
    const forced = defectKinds[packages.length]
    let orch = {pairs: r.int(5, 14), defect: forced ?? defectOf()}
    let td = r.chance(0.6) ? {pairs: r.int(5, 15), defect: defectOf()} : undefined
    const count =
      suiteFileCount(orch.pairs, true, orch.defect) +
      (td ? suiteFileCount(td.pairs, false, td.defect) : 0)
    if (remaining - count < 11) {
      // The last package takes exactly what is left; a missing green fixes parity.
      if (remaining <= 29) {
        const odd = remaining % 2 === 1
        orch = {
          pairs: odd ? (remaining - 1) / 2 : remaining / 2,
          defect: odd
            ? orch.defect === 'missing-green'
              ? undefined
              : orch.defect
            : 'missing-green'
        }
        if (orch.pairs < 2 && orch.defect === 'gap') orch.defect = undefined
        td = undefined
      } else {
        orch = {pairs: 14, defect: orch.defect === 'missing-green' ? undefined : orch.defect}
        const left = remaining - 29
        td = {
          pairs: Math.ceil(left / 2),
          defect:
            left % 2 === 1
              ? 'missing-green'
              : td?.defect === 'missing-green'
                ? undefined
                : td?.defect
        }
      }
    }
    packages.push({orch, td})
    remaining -=
      suiteFileCount(orch.pairs, true, orch.defect) +
      (td ? suiteFileCount(td.pairs, false, td.defect) : 0)
  }
  return packages
}

/**
 * Write the tree for one size under `root` (emptied first). Returns the manifest:
 * every prompt file (relative, sorted) and every planted defect.
 */
export function generateTree(root, size, seed = 8) {
  const r = prng((seed * 0x9e3779b1) ^ size)
  fs.rmSync(root, {recursive: true, force: true})
  fs.mkdirSync(root, {recursive: true})
  const files = []
  const defects = []
  const write = (rel, text) => {
    const abs = path.join(root, rel)
    fs.writeFileSync(abs, text)
    files.push(rel)
  }
  fs.writeFileSync(
    path.join(root, 'README.md'),
    '# Synthetic monorepo for the tdd-prompt-lint benchmark\n'
  )
  const plans = planPackages(r, size)
  plans.forEach((plan, index) => {
    const pkg = `pkg${String(index).padStart(3, '0')}`
    const base = `packages/${pkg}`
    const domain = r.pick(domains)
    const lang = r.pick(languages)
    const pkgPath = lang === 'go' ? `internal/${domain}` : domain
    const prepromptName = `prompt_00_${domain}_preprompt.md`
    const ctxBase = {
      domain,
      lang,
      pkgPath,
      runId: `r${r.int(10, 99)}`,
      known: ['Input', 'Config', 'Plan', 'Result', 'Batch', 'Deployment']
    }
    fs.mkdirSync(path.join(root, base, 'orchestration'), {recursive: true})
    fs.writeFileSync(
      path.join(root, base, 'README.md'),
      `# ${pkg}\n\nThe ${domain} package. Its prompts live in orchestration/ and testdata/.\n`
    )
    const orch = planSuite(r, {pairs: plan.orch.pairs, prefix: '', defect: plan.orch.defect})
    const td =
      plan.td && planSuite(r, {pairs: plan.td.pairs, prefix: 'testdata_', defect: plan.td.defect})
    const suites = [[`${base}/orchestration`, orch, prepromptName]]
    if (td) {
      fs.mkdirSync(path.join(root, base, 'testdata'), {recursive: true})
      suites.push([`${base}/testdata`, td, `../orchestration/${prepromptName}`])
    }
    const ctx0 = {...ctxBase, component: 'Package'}
    write(
      `${base}/orchestration/${prepromptName}`,
      preprompt(r, {ctx: ctx0, pairs: orch.pairs}, td)
    )
    for (const [dir, suite, link] of suites) {
      if (suite.defect) {
        const where =
          suite.defect === 'missing-green'
            ? suite.pairs[suite.missingGreen].green
            : suite.defect === 'missing-section'
              ? 'Constraints'
              : `after ${pad(suite.pairs.find((p, i) => p.number !== i + 1).number - 1)}`
        defects.push({kind: suite.defect, suite: dir, where})
      }
      suite.pairs.forEach((pair, i) => {
        const ctx = {
          ...ctxBase,
          component: pair.component.replace(/ service$/, '').replace(/^./, (c) => c.toUpperCase()),
          kind: pair.kind,
          number: pair.number,
          preprompt: link,
          red: pair.red
        }
        const dropRed = suite.dropAt === 2 * i
        const dropGreen = suite.dropAt === 2 * i + 1
        ctx.known = [
          ...ctxBase.known,
          ...suite.pairs.slice(0, i).map((p) => p.component.replace(/ service$/, ''))
        ]
        write(
          `${dir}/${pair.red}`,
          redPrompt(r, {...ctx, drop: dropRed ? 'Constraints' : undefined})
        )
        if (i !== suite.missingGreen)
          write(
            `${dir}/${pair.green}`,
            greenPrompt(r, {...ctx, drop: dropGreen ? 'Constraints' : undefined})
          )
      })
    }
  })
  files.sort()
  if (files.length !== size)
    throw new Error(`generated ${files.length} prompt files, expected ${size}`)
  return {version: generatorVersion, seed, size, files, defects, packages: plans.length}
}

/**
 * A git repository made of a generated tree (`root`), for the one-file rows:
 * written to `target` (emptied first), with a `.git` folder, an
 * `l1_requirements.md` in each package (a table of three "shall"/"must"
 * requirements) and, in each red prompt, a line citing two of them, as
 * methodology suites do. With `only` (a package folder, `packages/pkg000`),
 * the repository holds that package alone, at the same path. Returns the
 * files written (prompt files, relative).
 */
export function repositoryTree(root, target, manifest, only) {
  fs.rmSync(target, {recursive: true, force: true})
  fs.mkdirSync(path.join(target, '.git'), {recursive: true})
  const files = manifest.files.filter((file) => !only || file.startsWith(only + '/'))
  const packages = new Set(files.map((file) => file.split('/').slice(0, 2).join('/')))
  for (const pkg of packages) {
    fs.mkdirSync(path.join(target, pkg), {recursive: true})
    fs.writeFileSync(
      path.join(target, pkg, 'l1_requirements.md'),
      [
        `# L1 Requirements: ${path.basename(pkg)}`,
        '',
        '| ID | Requirement |',
        '|---|---|',
        '| 1.1 | The package shall accept every valid input and return one result for it. |',
        '| 1.2 | The package must reject invalid input with an error that names the field. |',
        '| 1.3 | The package shall log each failure once, as one JSON line. |',
        ''
      ].join('\n')
    )
  }
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(target, file)), {recursive: true})
    let text = fs.readFileSync(path.join(root, file), 'utf8')
    if (file.endsWith('_red.md')) {
      text += '\nThese tests cover (L1-1.1), (L1-1.2) and (L1-1.3).\n'
    }
    fs.writeFileSync(path.join(target, file), text)
  }
  return files
}

/** Generate (or reuse, when the manifest matches) the tree for one size. */
export function ensureTree(dir, size, seed = 8) {
  const root = path.join(dir, String(size))
  const manifestPath = path.join(dir, `${size}.json`)
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'))
    if (manifest.version === generatorVersion && manifest.seed === seed && fs.existsSync(root)) {
      return {root, manifest, manifestPath, reused: true}
    }
  } catch {
    // no manifest yet
  }
  const manifest = generateTree(root, size, seed)
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 1) + '\n')
  return {root, manifest, manifestPath, reused: false}
}

function parseArgs(argv) {
  const args = {sizes: [100, 1000, 10000], dir: '.bench', seed: 8}
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = argv[i].includes('=') ? argv[i].split('=') : [argv[i], argv[i + 1]]
    if (!argv[i].includes('=')) i++
    if (flag === '--sizes') args.sizes = value.split(',').map((n) => Number(n.replace(/_/g, '')))
    else if (flag === '--dir') args.dir = value
    else if (flag === '--seed') args.seed = Number(value)
    else throw new Error(`Unknown option ${flag}`)
  }
  return args
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = parseArgs(process.argv.slice(2))
  for (const size of args.sizes) {
    const manifest = generateTree(path.resolve(args.dir, String(size)), size, args.seed)
    fs.writeFileSync(
      path.resolve(args.dir, `${size}.json`),
      JSON.stringify(manifest, null, 1) + '\n'
    )
    console.log(
      `${size}: ${manifest.packages} packages, ${manifest.defects.length} planted defects → ${path.join(args.dir, String(size))}`
    )
  }
}
