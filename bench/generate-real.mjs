/**
 * A deterministic synthetic monorepo of TDD prompt suites written the way real
 * suites of this methodology are written (as examples/ and the README describe
 * them), for benchmarks and end-to-end checks of the default rules.
 *
 *     npm run bench -- --real-sizes 1000     (bench/run.mjs, through `ensureRealTree`)
 *
 * Two dialects, about half of the packages each (they alternate):
 *
 * - A (`services/`, `platform/`, `tools/`, `prompts/go/`, at depth 1 to 3): a
 *   package folder with `prompt_00_<pkg>_preprompt.md`, an optional foundation
 *   prompt `prompt_01_<pkg>_interfaces.md`, pairs `prompt_NN_<slug>_red.md` /
 *   `prompt_NNb_<slug>_green.md`, a plan (`readme.md`, `prompt_plan.md` or
 *   `0_prompt_plan.md`, "Files to Produce" with escaped names), an
 *   `l1_requirements.md` (tables of bare `1.1` IDs) and, for some packages, a
 *   nested `testdata/` suite of `testdata_prompt_NN_<svc>_red.md` pre-flight
 *   pairs with no preprompt of its own.
 * - B (`apps/`, `clients/`), like examples/ledger: a group folder holding a role
 *   preprompt (`meta-prompt.md`, `meta_prompt.md` or `context.md`), a plan table
 *   (`prompt_structure.md`…), a code-style guide and `<group>_requirements.md`
 *   (IDs in headings, `### L1-1.1 …`, or in bold lines, `**FR-1.1** …`), above
 *   two or three package folders numbered in one sequence across them: a
 *   foundation `prompt_01_<sub>_interfaces.md`, reds `NNa`, greens `NNb`, each
 *   prompt under a file-name heading, labels with the colon outside.
 *
 * Every prompt uses the Google-Docs template: a `# **Prompt NN: …**` title, bold
 * `Objective` and `TDD Phase` labels, `Primary Prompt` and `Reinforcement Prompt`
 * headings, Persona / Your Specific Task / Key Requirements in about three
 * quarters of the reds and greens (never 80% of a folder, so they are no house
 * style), Dependencies that list the red's test file in its green, requirement
 * citations and an additive `## Prompt Changelog`.
 *
 * Planted defects (one per package at most: each kind once in the first
 * packages, then about 5% of the others), listed in the manifest with the file
 * the linter is expected to report: `missing-green`, `missing-section`, `gap`,
 * `stale-reference` (a prompt or a plan naming a renamed file) and
 * `undefined-requirement`.
 *
 * The manifest (`<dir>/real-<size>.json` from `ensureRealTree`) is shaped like
 * bench/generate.mjs's: `{version, seed, size, packages, dialects, files,
 * defects}`, `files` the prompt files (relative, sorted: exactly `size`),
 * `defects` `{kind, file, where, meant?}`. The tree has no `.git`: add one (or a
 * configuration file) at its root before linting, so that it is one repository.
 * The other markdown files (plans, requirement documents, role preprompts,
 * code-style guides) are linted too, and are not in `files`.
 *
 * The same seed and size always give the same bytes (a seeded PRNG, no clock,
 * no environment).
 */
import fs from 'node:fs'
import path from 'node:path'
import {
  fields as baseFields,
  heads as baseHeads,
  prng,
  services as baseServices,
  tails as baseTails
} from './generate.mjs'

/** Bump when the output changes, so cached trees are regenerated. */
export const generatorVersion = 1

// ---------------------------------------------------------------------------
// Vocabulary (written for this generator)
// ---------------------------------------------------------------------------

const areasA = [
  ['services'],
  ['services', 'core'],
  ['services', 'edge'],
  ['platform', 'go'],
  ['platform', 'go', 'internal'],
  ['platform', 'python'],
  ['tools'],
  ['prompts', 'go']
]
const areasB = [['apps'], ['apps', 'web'], ['clients'], ['clients', 'mobile']]

const packageNames = [
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
  'exporter',
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
  'support',
  'conductor',
  'deployment',
  'iam',
  'quota',
  'archive',
  'webhooks',
  'sessions',
  'ratings',
  'pipeline',
  'mailer',
  'tokens',
  'reconcile',
  'telemetry',
  'storage',
  'routing',
  'invoicing'
]
const groupNames = [
  'tally',
  'beacon',
  'harbor',
  'quill',
  'orbit',
  'sprout',
  'relay',
  'atlas',
  'ember',
  'fathom',
  'lantern',
  'meadow',
  'nimbus',
  'pebble',
  'quarry',
  'summit',
  'thicket',
  'willow',
  'cobalt',
  'drift',
  'fjord',
  'garnet',
  'hollow',
  'juniper',
  'kestrel',
  'marrow',
  'onyx',
  'prairie',
  'rowan',
  'tundra'
]
const subNames = [
  'api',
  'store',
  'worker',
  'jobs',
  'model',
  'web',
  'cli',
  'sync',
  'events',
  'auth',
  'core',
  'feeds'
]
/** What a package folder of a dialect-B group does. */
const subRoles = {
  api: 'exposes the operations over HTTP, with no framework',
  store: 'keeps the state behind the interfaces of the foundation step',
  worker: 'runs the background work, one job at a time',
  jobs: 'runs the scheduled jobs on a fixed timetable',
  model: 'holds the domain model and its validation',
  web: 'renders the pages and forms of the service',
  cli: 'is the command line that operators use',
  sync: 'syncs the local state with the upstream service',
  events: 'publishes and consumes the domain events',
  auth: 'checks who is calling and what they may do',
  core: 'holds the rules every other package relies on',
  feeds: 'reads the upstream feeds and normalises them'
}
const subTitles = {api: 'API', cli: 'CLI'}
// The component words of bench/generate.mjs, with a few of this style's own.
const heads = [
  ...baseHeads.filter((each) => each !== 'Deployment'),
  'Balance',
  'Account',
  'Refund',
  'Grant',
  'Rollout'
]
const tails = [...baseTails.filter((each) => each !== 'Conductor'), 'Handler', 'Ledger']
/** Words a renamed slug may have had before (`quota_cache` was `quota_store`). */
const oldWords = ['legacy', 'draft', 'core', 'base', 'old', 'main', 'simple', 'initial']
const services = baseServices.filter((each) => each !== 'mailer' && each !== 'sink')
const fields = [...baseFields, 'TenantID', 'AmountCents']
const envVars = [
  'GCP_PROJECT_ID',
  'RUN_ID',
  'PUBSUB_TOPIC',
  'PUBSUB_SUBSCRIPTION',
  'MAX_BATCH_SIZE',
  'UPSTREAM_URL',
  'LOG_LEVEL',
  'REQUEST_TIMEOUT',
  'BUCKET_NAME',
  'REGION',
  'TENANT_ID',
  'PORT'
]
const errorCodes = [
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_INPUT',
  'QUOTA_EXCEEDED',
  'TIMEOUT',
  'UNAVAILABLE',
  'PERMISSION_DENIED',
  'STALE_CURSOR'
]

/** Test kinds a red asks for: the title's words, the plan's words, the `test-kind` words. */
const testKinds = [
  {title: 'Unit Tests', plan: 'unit test', w: 12},
  {title: 'Integration Test', plan: 'integration test', w: 4, integration: true},
  {title: 'Unit & Integration Tests', plan: 'unit and integration tests', w: 2, both: true},
  {title: 'Contract Tests', plan: 'contract tests', w: 2},
  {title: 'Property Tests', plan: 'property tests', w: 1},
  {title: 'End-to-End Test', plan: 'end-to-end test', w: 1, integration: true}
]
const preflight = {title: 'Pre-flight Test', plan: 'pre-flight test', w: 0}

/** Behaviours a requirement states, each with what a red pins down and what a green does. */
const behaviours = [
  {
    title: 'Rejected input',
    shall: (c, f) =>
      `The ${c} shall reject an empty or malformed ${f} before doing any work, with an error that names the field.`,
    red: (c, f) =>
      `an empty \`${f}\`, a \`${f}\` of only spaces and one longer than 64 characters each fail with a typed error whose message names \`${f}\`.`,
    green: (c, f) =>
      `validate the whole input first, and wrap every rejection with the name of the field (\`${f}\`), never a bare string.`
  },
  {
    title: 'Idempotent writes',
    shall: (c) =>
      `The ${c} must record a repeated request with the same idempotency key once, and answer it as it answered the first.`,
    red: () =>
      `two calls with the key \`k-1\` record one entry and return the same ID; a third call with \`k-2\` records a second one.`,
    green: () =>
      `keep the keys seen in a map from key to result, checked before any write and filled after a successful one.`
  },
  {
    title: 'Stable order',
    shall: (c, f) =>
      `The ${c} shall return its results sorted by ${f}, then by creation time, so that two runs on the same input agree.`,
    red: (c, f) =>
      `results inserted in the order 3, 1, 2 come back ordered by \`${f}\`, and two calls on the same input are deeply equal.`,
    green: (c, f) => `sort once, just before returning, by \`${f}\` and then by the creation time.`
  },
  {
    title: 'Bounded retries',
    shall: (c) =>
      `The ${c} shall retry a failed call at most three times, with a fixed back-off taken from an injected clock.`,
    red: () =>
      `a fake that fails twice and then succeeds is called three times; one that always fails is called exactly three times and its last error is returned wrapped.`,
    green: () =>
      `loop at most three times, sleep through the injected clock, and wrap the last error with the operation's name.`
  },
  {
    title: 'Typed errors',
    shall: (c) =>
      `The ${c} shall report every failure as a typed error that callers can match without reading its message.`,
    red: () =>
      `each failure case matches its sentinel (\`errors.Is\` or \`instanceof\`), and no assertion compares a whole message.`,
    green: () => `declare one sentinel per failure kind and wrap it with the context of the call.`
  },
  {
    title: 'Cancellation',
    shall: (c) =>
      `The ${c} must stop at the first cancelled context and leave no partial write behind.`,
    red: () =>
      `a context cancelled before the call returns the cancellation error and the fake store records no write.`,
    green: () =>
      `check the context before every external call, and write only after every check has passed.`
  },
  {
    title: 'Atomic writes',
    shall: (c) =>
      `The ${c} shall replace its state file atomically, so that a crash leaves either the old or the new content.`,
    red: () =>
      `after a write the directory holds the state file and no temporary file; a failed write leaves the old bytes unchanged.`,
    green: () =>
      `write a temporary file in the same directory, sync it, then rename it over the old one.`
  },
  {
    title: 'One report for every problem',
    shall: (c) =>
      `The ${c} shall collect every problem it finds in one answer instead of stopping at the first.`,
    red: (c, f) =>
      `an input with an empty \`${f}\` and an unknown region yields one error that lists both problems, in input order.`,
    green: () => `gather the problems in a slice and join them once, at the end.`
  },
  {
    title: 'Quota limits',
    shall: (c) =>
      `The ${c} must refuse a request that would take a tenant over its quota, and must not count a refused request.`,
    red: () =>
      `with a quota of 5, the sixth request fails with the quota error and the usage still reads 5.`,
    green: () =>
      `check the usage and the request together, under one lock, before recording anything.`
  },
  {
    title: 'Audit trail',
    shall: (c) =>
      `The ${c} shall log each change it makes as one structured line holding the actor, the action and the target.`,
    red: () =>
      `a captured logger receives exactly one line per change, with the keys \`actor\`, \`action\` and \`target\`.`,
    green: () =>
      `log after the change succeeds, through the injected logger, never through a global one.`
  },
  {
    title: 'Clean shutdown',
    shall: (c) =>
      `The ${c} shall finish the work in flight and flush its buffers within ten seconds of a termination signal.`,
    red: () =>
      `cancelling the run context lets the two batches in flight complete and flushes the fake sink once.`,
    green: () =>
      `drain the work channel after cancellation, then flush, bounded by a ten-second timer.`
  },
  {
    title: 'Cursor resume',
    shall: (c, f) =>
      `The ${c} shall resume from the last committed ${f} after a restart and never process an item twice.`,
    red: (c, f) =>
      `a run stopped after item 4 resumes at item 5 from the stored \`${f}\`, and the sink sees each item once.`,
    green: (c, f) => `commit the \`${f}\` after each item is handled, and read it back on start.`
  },
  {
    title: 'Rollback on failure',
    shall: (c) =>
      `The ${c} must undo every resource it created when a later step fails, newest first, and must report both failures.`,
    red: () =>
      `a failure at the third step deletes the two resources created before it, in reverse order, and the error names both.`,
    green: () =>
      `push an undo function for every created resource and run them in reverse on failure.`
  },
  {
    title: 'Tenant isolation',
    shall: (c) => `The ${c} shall never return or change data of a tenant other than the caller's.`,
    red: () =>
      `two tenants writing the same key read back only their own value; a read across tenants fails with the not-found error.`,
    green: () =>
      `prefix every key with the tenant ID, taken from the request and never from the payload.`
  },
  {
    title: 'Deduplication',
    shall: (c) =>
      `The ${c} shall drop a message it has already handled, identified by its message ID, within a window of one hour.`,
    red: () =>
      `the same message delivered twice within the window is handled once; after the window it is handled again.`,
    green: () =>
      `keep the IDs seen with their time, and prune the ones older than the window on each call.`
  },
  {
    title: 'Rate limits',
    shall: (c) =>
      `The ${c} must not send more than the configured number of requests per second to one upstream.`,
    red: () =>
      `with a limit of 2 per second and a fixed clock, the third request in the same second waits for the clock to advance.`,
    green: () => `use a token bucket fed by the injected clock, one bucket per upstream.`
  },
  {
    title: 'Schema versions',
    shall: (c) =>
      `The ${c} shall read every stored record version it has ever written and upgrade it on read.`,
    red: () =>
      `a version 1 record and a version 2 record both decode to the current shape; an unknown version fails with a typed error.`,
    green: () => `switch on the version field and upgrade step by step, one function per version.`
  },
  {
    title: 'Derived names',
    shall: (c, f) =>
      `The ${c} shall derive every resource name from the ${f} and the run ID, and from nothing else.`,
    red: (c, f) =>
      `the fixed input yields the literal names of the preprompt; changing \`${f}\` changes every name, and nothing else does.`,
    green: () => `build each name with one small function, so the scheme is written down once.`
  }
]
/** Non-binding wishes: a requirement document's `should` rows, never traced. */
const wishes = [
  [
    'Smaller batches',
    'The operator should be able to lower the batch size below its default without a redeploy.'
  ],
  [
    'Short log lines',
    'Log lines should stay under one kilobyte so that the log viewer shows them whole.'
  ],
  ['Helpful errors', 'The error messages should suggest the fix when one is obvious.'],
  ['Dry run', 'A dry run should print the plan without changing anything.'],
  ['Metric names', 'Metrics should use the same names in every environment.']
]

const personas = [
  'You are a senior {lang} engineer who builds small, explicit components test first and never lets a unit test reach the network.',
  'You are a {lang} engineer who pins a contract down with literal expectations instead of values recomputed in the test.',
  'You are a {lang} engineer who writes table-driven tests against in-memory fakes.',
  'You are a {lang} engineer who writes the least code that makes the tests pass, and no more.',
  'You are a {lang} engineer responsible for release safety, who prefers plans that can be read before they run.',
  'You are a {lang} engineer who designs small interfaces from the caller\u2019s side and documents every exported name.',
  'You are a careful {lang} engineer who treats a test file from an earlier step as a specification you may not edit.',
  'You are a {lang} engineer who tests a service at its edges: its environment, its HTTP contract and its exit codes.'
]

const guidelines = [
  [
    'Digests, Never Tags',
    'Every deployable reference carries an immutable digest. No code path in this package hands a tag-only reference to a deployer; a missing pin is an error, never a fallback to the tag.'
  ],
  [
    'Money Is Integer Cents',
    'Amounts are integers in minor units from the request to the store. A floating-point amount anywhere in this package is a bug, and a test must say so.'
  ],
  [
    'No Clock Reads',
    'Time comes only from the injected clock. A call to the system clock makes a test depend on the day it runs, and the reviewer will reject it.'
  ],
  [
    'One Writer per File',
    'Only the store component writes state files. Every other component asks it, so that atomic replacement is implemented once.'
  ],
  [
    'Errors Carry Their Stage',
    'Every error that leaves the package says which stage failed. An operator reading one line of log must know where to look.'
  ],
  [
    'Frozen Test Files',
    'Once a red step is committed its test file is a specification. A green step that edits it is rejected, however small the edit.'
  ],
  [
    'Deterministic Output',
    'Plans, reports and error messages are byte-for-byte reproducible for the same input: sorted keys, no map order leaking out.'
  ],
  [
    'Least Privilege',
    'Every role binding a run creates is listed in the preprompt. A component that needs another one stops and says so instead of granting it.'
  ],
  [
    'Bounded Everything',
    'Every loop, retry and batch has a limit written in the fixed values. Unbounded work is a finding in review.'
  ],
  [
    'Tenants Never Mix',
    'A tenant ID comes from the authenticated request and nowhere else. No cache, key or log line may combine two tenants.'
  ],
  [
    'Fail Before Creating',
    'Validation runs before the first resource is created. A run that fails half way costs more to clean up than a run refused at the start.'
  ],
  [
    'Small Interfaces',
    'Interfaces are declared where they are used, with the one or two methods the caller needs; adapters to real services live outside the package.'
  ],
  [
    'Replayable Inputs',
    'Every external input is recorded before it is acted on, so that a failed run can be replayed from its record.'
  ],
  [
    'No Hidden Globals',
    'Configuration is passed in; nothing reads the environment or a package-level variable after start-up.'
  ],
  [
    'Observable Failures',
    'A failure is counted, logged once and returned. Swallowing an error to keep a loop running needs a comment and a test.'
  ],
  [
    'Stable Wire Formats',
    'JSON field names are part of the contract. Renaming one is a new version of the format, with a reader for the old one.'
  ]
]

const changeNotes = [
  'Added the cancellation case once the Conductor started passing a deadline to every stage.',
  'Split the table of cases by field, which made the failure output readable.',
  'The dependency list now names the interfaces file explicitly.',
  'Tightened the acceptance wording: the test must fail on undefined names, not on a panic.',
  'Replaced the sleep in the retry case by the injected clock.',
  'Renamed the fake to a component-specific name to avoid collisions with later test files.',
  'Added the requirement citations to the Key Requirements.',
  'The error cases now check the sentinel instead of the message.',
  'Clarified that the test file is frozen once committed.',
  'Moved the fixed values to the preprompt and referred to them here.'
]

const sectionTitles = [
  'Input and Configuration',
  'Persistence',
  'Error Handling',
  'Ordering and Determinism',
  'Retries and Limits',
  'Access and Isolation',
  'Observability',
  'Lifecycle',
  'Data Formats',
  'Scheduling',
  'External Calls',
  'Recovery'
]

// ---------------------------------------------------------------------------
// Small text helpers
// ---------------------------------------------------------------------------

const pad = (n) => String(n).padStart(2, '0')
const snake = (value) =>
  value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .toLowerCase()
const kebab = (value) => snake(value).replace(/_/g, '-')
const title = (word) => word[0].toUpperCase() + word.slice(1)
const lower = (name) => name[0].toLowerCase() + name.slice(1)
/** A file name as a Google Docs export writes it in prose: `prompt\_01\_x.md`. */
const esc = (name) => name.replace(/_/g, '\\_')
const code = (lang, lines) => ['```' + lang, ...lines, '```'].join('\n')
const date = (base, days) => {
  const d = new Date(Date.UTC(2025, 8, 1) + (base + days) * 86400000)
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`
}
const list = (items) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`

/** Exactly `floor(frac * n)` of `n` flags set: an optional part never reaches 80% of a folder. */
function someOf(r, n, frac) {
  const k = Math.floor(frac * n + 1e-9)
  const chosen = new Set(r.sample([...Array(n).keys()], k))
  return [...Array(n).keys()].map((i) => chosen.has(i))
}

// ---------------------------------------------------------------------------
// Languages
// ---------------------------------------------------------------------------

const languages = {
  go: {
    name: 'Go',
    manifest: 'go.mod',
    tool: (dir) => `go test ./${dir}/`,
    tests: (dir, c, kind) => {
      const base = snake(c)
      if (kind.both) return [`${dir}/${base}_test.go`, `${dir}/${base}_integration_test.go`]
      if (kind.integration) return [`${dir}/${base}_integration_test.go`]
      return [`${dir}/${base}_test.go`]
    },
    source: (dir, c) => `${dir}/${snake(c)}.go`,
    interfaces: (dir) => `${dir}/interfaces.go`,
    svcTest: (svc) => `testdata/${svc}/main_test.go`,
    svcSource: (svc) => `testdata/${svc}/main.go`,
    conventions:
      'Go 1.22 and the standard library `testing` package only; table-driven tests with one `t.Run` per row; `context.Context` first on every function that does I/O; errors wrapped with `%w` and matched with `errors.Is`.'
  },
  ts: {
    name: 'TypeScript',
    manifest: 'package.json',
    tool: (dir) => `npx vitest run ${dir}/`,
    tests: (dir, c, kind) => {
      const base = kebab(c)
      if (kind.both) return [`${dir}/${base}.test.ts`, `${dir}/${base}.integration.test.ts`]
      if (kind.integration) return [`${dir}/${base}.integration.test.ts`]
      return [`${dir}/${base}.test.ts`]
    },
    source: (dir, c) => `${dir}/${kebab(c)}.ts`,
    interfaces: (dir) => `${dir}/interfaces.ts`,
    svcTest: (svc) => `testdata/${svc}/main.test.ts`,
    svcSource: (svc) => `testdata/${svc}/main.ts`,
    conventions:
      'Node.js 20, ES modules and `strict` TypeScript with no `any`; Vitest with `describe` blocks per behaviour; errors are classes with a `code` string that callers test, never the message.'
  },
  python: {
    name: 'Python',
    manifest: 'pyproject.toml',
    tool: (dir) => `python -m pytest ${dir}/`,
    tests: (dir, c, kind) => {
      const base = snake(c)
      const t = dir.replace(/^[^/]+/, 'tests')
      if (kind.both) return [`${t}/test_${base}.py`, `${t}/test_${base}_integration.py`]
      if (kind.integration) return [`${t}/test_${base}_integration.py`]
      return [`${t}/test_${base}.py`]
    },
    source: (dir, c) => `${dir}/${snake(c)}.py`,
    interfaces: (dir) => `${dir}/interfaces.py`,
    svcTest: (svc) => `testdata/${svc}/test_main.py`,
    svcSource: (svc) => `testdata/${svc}/main.py`,
    conventions:
      'Python 3.12 with type hints everywhere and `mypy --strict` clean; pytest with `parametrize` for tables of cases; errors are exception classes with a `code` attribute, matched with `pytest.raises`.'
  }
}

/** The names a red's test introduces, as a code block in the unit's language. */
function signatures(r, lang, c, n) {
  const fs1 = r.sample(fields, r.int(3, 5))
  const verbs = r.sample(
    [
      'Plan',
      'Apply',
      'Resolve',
      'Validate',
      'Load',
      'Publish',
      'Drain',
      'Sync',
      'Record',
      'Lookup'
    ],
    n
  )
  if (lang === 'ts') {
    return code('ts', [
      `export interface ${c}Options {`,
      ...fs1.map((f) => `  ${lower(f)}: string`),
      '}',
      '',
      `export class ${c} {`,
      `  constructor(options: ${c}Options, deps: ${c}Deps)`,
      ...verbs.map(
        (v) =>
          `  ${lower(v)}(input: ${r.pick(['Batch', 'Request', 'Plan', 'Entry'])}): Promise<${r.pick(['void', 'Result', 'Plan', 'string[]'])}>`
      ),
      '}',
      `export class ${c}Error extends Error { constructor(readonly code: string, message: string) }`
    ])
  }
  if (lang === 'python') {
    return code('python', [
      '@dataclass(frozen=True)',
      `class ${c}Config:`,
      ...fs1.map((f) => `    ${snake(f)}: str`),
      '',
      `class ${c}:`,
      `    def __init__(self, config: ${c}Config, deps: ${c}Deps) -> None: ...`,
      ...verbs.map(
        (v) =>
          `    def ${snake(v)}(self, items: list[str]) -> ${r.pick(['None', 'Result', 'list[str]', 'dict[str, int]'])}: ...`
      ),
      '',
      `class ${c}Error(Exception):`,
      '    code: str'
    ])
  }
  return code('go', [
    `type ${c}Input struct {`,
    ...fs1.map((f) => `    ${f} string`),
    '}',
    '',
    `func New${c}(deps ${c}Deps) *${c}`,
    ...verbs.map(
      (v) =>
        `func (x *${c}) ${v}(ctx context.Context, in ${c}Input) (${r.pick(['Config', 'Result', '[]string', 'int'])}, error)`
    ),
    '',
    `var Err${c}Failed error // errors.Is target for every ${lower(c)} failure`
  ])
}

/** An implementation sketch for a green prompt. */
function sketch(r, lang, c) {
  const f = r.pick(fields)
  if (lang === 'ts') {
    return code('ts', [
      `export class ${c} {`,
      `  readonly #seen = new Map<string, Result>()`,
      '',
      `  constructor(private readonly options: ${c}Options, private readonly deps: ${c}Deps) {}`,
      '',
      `  async record(input: Entry): Promise<Result> {`,
      `    if (!input.${lower(f)}) throw new ${c}Error('${r.pick(errorCodes)}', '${lower(f)} is required')`,
      `    const known = this.#seen.get(input.key)`,
      '    if (known) return known',
      `    const result = await this.deps.store.put(input)`,
      '    this.#seen.set(input.key, result)',
      '    return result',
      '  }',
      '}'
    ])
  }
  if (lang === 'python') {
    return code('python', [
      `class ${c}:`,
      `    def __init__(self, config: ${c}Config, deps: ${c}Deps) -> None:`,
      '        self._config = config',
      '        self._deps = deps',
      '        self._seen: dict[str, Result] = {}',
      '',
      '    def record(self, entry: Entry) -> Result:',
      `        if not entry.${snake(f)}:`,
      `            raise ${c}Error("${r.pick(errorCodes)}", "${snake(f)} is required")`,
      '        if entry.key in self._seen:',
      '            return self._seen[entry.key]',
      '        result = self._deps.store.put(entry)',
      '        self._seen[entry.key] = result',
      '        return result'
    ])
  }
  return code('go', [
    `func (x *${c}) Record(ctx context.Context, in ${c}Input) (Result, error) {`,
    '    if err := ctx.Err(); err != nil {',
    `        return Result{}, fmt.Errorf("${lower(c)}: %w", err)`,
    '    }',
    `    if in.${f} == "" {`,
    `        return Result{}, fmt.Errorf("%w: ${f} is required", Err${c}Failed)`,
    '    }',
    '    if known, ok := x.seen[in.Key]; ok {',
    '        return known, nil',
    '    }',
    '    res, err := x.deps.Store.Put(ctx, in)',
    '    if err != nil {',
    `        return Result{}, fmt.Errorf("${lower(c)}: put: %w", err)`,
    '    }',
    '    x.seen[in.Key] = res',
    '    return res, nil',
    '}'
  ])
}

/** The foundation prompt's declarations. */
function interfacesBlock(r, lang, components) {
  const names = components.slice(0, 4)
  if (lang === 'ts') {
    return code('ts', [
      'export type TenantId = string',
      'export interface Entry { key: string; tenant: TenantId; payload: unknown; at: Date }',
      'export interface Result { id: string; version: number }',
      'export interface Clock { now(): Date }',
      'export interface Store {',
      '  put(entry: Entry): Promise<Result>',
      '  get(key: string): Promise<Entry | undefined>',
      '}',
      ...names.map((n) => `export interface ${n}Deps { store: Store; clock: Clock }`)
    ])
  }
  if (lang === 'python') {
    return code('python', [
      '@dataclass(frozen=True)',
      'class Entry:',
      '    key: str',
      '    tenant: str',
      '    payload: bytes',
      '    at: datetime',
      '',
      '@dataclass(frozen=True)',
      'class Result:',
      '    id: str',
      '    version: int',
      '',
      'class Clock(Protocol):',
      '    def now(self) -> datetime: ...',
      '',
      'class Store(Protocol):',
      '    def put(self, entry: Entry) -> Result: ...',
      '    def get(self, key: str) -> Entry | None: ...',
      '',
      ...names.flatMap((n) => [
        '@dataclass(frozen=True)',
        `class ${n}Deps:`,
        '    store: Store',
        '    clock: Clock',
        ''
      ])
    ])
  }
  return code('go', [
    '// Entry is one record of the package, keyed by tenant and key.',
    'type Entry struct {',
    '    Key     string',
    '    Tenant  string',
    '    Payload []byte',
    '    At      time.Time',
    '}',
    '',
    '// Result is what a store answers for a write.',
    'type Result struct {',
    '    ID      string',
    '    Version int',
    '}',
    '',
    'type Clock interface{ Now() time.Time }',
    '',
    'type Store interface {',
    '    Put(ctx context.Context, e Entry) (Result, error)',
    '    Get(ctx context.Context, key string) (Entry, bool, error)',
    '}',
    '',
    ...names.map((n) => `type ${n}Deps struct{ Store Store; Clock Clock }`)
  ])
}

function casesTable(r) {
  const rows = []
  const n = r.chance(0.3) ? r.int(7, 12) : r.int(3, 6)
  const caseNames = r.shuffle([
    'all good',
    'empty input',
    'duplicate key',
    'quota reached',
    'stale cursor',
    'cancelled context',
    'store fails',
    'two problems',
    'name taken',
    'unknown field',
    'upstream slow',
    'retry succeeds'
  ])
  for (let i = 0; i < n; i++) {
    rows.push(
      `| ${caseNames[i % caseNames.length]}${i >= caseNames.length ? ' again' : ''} | \`${r.pick(fields)}\` ${r.pick(['missing', 'set to `""`', 'too long', 'taken', 'negative', 'valid'])} | ${r.pick(['no error', ...errorCodes.map((e) => '`' + e + '`')])} |`
    )
  }
  return ['| case | input | expected |', '|---|---|---|', ...rows].join('\n')
}

/** Sentences about a component, in the voice of a prompt author. */
function prose(r, unit, c, n) {
  const f = () => r.pick(fields)
  const pool = [
    () =>
      `\`${c}\` is the only place that decides how the \`${f()}\` field is derived from the request.`,
    () =>
      `It reaches the outside world only through small interfaces, so the test runs entirely in memory.`,
    () =>
      `A half-finished ${unit.name} run is expensive to clean up, so problems are collected and reported together.`,
    () => `Callers pass a context first; cancellation is checked before any lookup.`,
    () =>
      `When \`${f()}\` is empty the component fails with \`${r.pick(errorCodes)}\`, and the error names the field.`,
    () =>
      `The service reads \`${r.pick(envVars)}\` and \`${r.pick(envVars)}\` at start-up and fails fast when either is missing.`,
    () =>
      `Results come back in a stable order, by \`${f()}\` and then by \`${f()}\`, so that tests can compare whole values.`,
    () =>
      `Retries wait ${r.int(2, 9) * 50} ms between attempts and give up after ${r.int(2, 5)}; the clock is injected, never read.`,
    () =>
      `Limits come from the fixed values: at most ${r.int(10, 500)} items per batch and ${r.int(1, 16)} concurrent calls.`,
    () =>
      `Fakes get names specific to this component (\`fake${c}Store\`, \`err${c}Injected\`), so test files written weeks apart never collide.`,
    () =>
      `\`${c}\` is called ${r.pick(['once per run', 'for every batch', 'on every retry', 'before each deployment', 'after the access step'])}, and it logs one structured line per call.`,
    () =>
      `A failure of the ${r.pick(['lookup', 'write', 'publish', 'decode', 'policy read'])} is returned at once, wrapped with the operation that failed.`,
    () =>
      `Nothing here talks to a real backend: the production adapter lives outside the package and is written by hand.`,
    () =>
      `The fixture \`valid${c}Input()\` is declared once in the test file and every case starts from it.`
  ]
  return r
    .sample(pool, n)
    .map((make) => make())
    .join(' ')
}

/** Separate tests a red asks for, as a bullet list. */
function separateTests(r, unit, c) {
  const names = r.sample(
    [
      'ReturnsTypedError',
      'CancelledContext',
      'Idempotent',
      'StableOrder',
      'NoWritesOnBadInput',
      'WrapsStoreError',
      'RespectsLimit',
      'ConcurrentCalls'
    ],
    r.int(2, 4)
  )
  return names.map((n) => `* \`Test${c}${n}\`: ${prose(r, unit, c, 1)}`).join('\n')
}

/** Constraints a green keeps, as a bullet list. */
function constraints(r, unit, c) {
  const pool = [
    'No new dependency beyond the standard library and what the foundation step declared.',
    'No global state: every dependency comes through the constructor.',
    'No clock reads: time comes from the injected clock.',
    'Every exported name has a doc comment.',
    'No logging from inside loops; one line per call.',
    'Errors are wrapped with the operation that failed, never replaced.',
    'The test file stays byte-for-byte unchanged.',
    `No change to an earlier component to make \`${c}\`'s test pass.`
  ]
  return r
    .sample(pool, r.int(2, 5))
    .map((line) => `* ${line}`)
    .join('\n')
}

/** Test fixtures a long red prompt spells out. */
function fixtures(r, lang, c) {
  const fs1 = r.sample(fields, r.int(3, 6))
  if (lang === 'ts') {
    return code('ts', [
      `function valid${c}Options(): ${c}Options {`,
      '  return {',
      ...fs1.map((f) => `    ${lower(f)}: '${r.pick(['acme', 'r42', 'eu', '30s', 't-7'])}',`),
      '  }',
      '}',
      '',
      `class Fake${c}Store implements Store {`,
      '  puts: Entry[] = []',
      '  fail?: Error',
      '  async put(entry: Entry): Promise<Result> {',
      '    if (this.fail) throw this.fail',
      '    this.puts.push(entry)',
      '    return {id: `id-${this.puts.length}`, version: 1}',
      '  }',
      '  async get(key: string): Promise<Entry | undefined> {',
      '    return this.puts.find((each) => each.key === key)',
      '  }',
      '}'
    ])
  }
  if (lang === 'python') {
    return code('python', [
      `def valid_${snake(c)}_config() -> ${c}Config:`,
      `    return ${c}Config(`,
      ...fs1.map((f) => `        ${snake(f)}="${r.pick(['acme', 'r42', 'eu', '30s', 't-7'])}",`),
      '    )',
      '',
      '',
      `class Fake${c}Store:`,
      '    def __init__(self, fail: Exception | None = None) -> None:',
      '        self.puts: list[Entry] = []',
      '        self.fail = fail',
      '',
      '    def put(self, entry: Entry) -> Result:',
      '        if self.fail is not None:',
      '            raise self.fail',
      '        self.puts.append(entry)',
      '        return Result(id=f"id-{len(self.puts)}", version=1)'
    ])
  }
  return code('go', [
    `func valid${c}Input() ${c}Input {`,
    `    return ${c}Input{`,
    ...fs1.map((f) => `        ${f}: "${r.pick(['acme', 'r42', 'eu', '30s', 't-7'])}",`),
    '    }',
    '}',
    '',
    `type fake${c}Store struct {`,
    '    puts  []Entry',
    '    fail  error',
    '    calls int',
    '}',
    '',
    `func (f *fake${c}Store) Put(ctx context.Context, e Entry) (Result, error) {`,
    '    f.calls++',
    '    if f.fail != nil {',
    '        return Result{}, f.fail',
    '    }',
    '    f.puts = append(f.puts, e)',
    '    return Result{ID: fmt.Sprintf("id-%d", len(f.puts))}, nil',
    '}'
  ])
}

/** How each failure maps to what the caller sees. */
function errorTable(r) {
  const rows = r
    .sample(errorCodes, r.int(3, 6))
    .map(
      (e) =>
        `| \`${e}\` | ${r.pick(['400', '404', '409', '429', '503', '504'])} | ${r.pick(['no', 'yes, after back-off', 'yes, once', 'no, reported at once'])} |`
    )
  return ['| Error code | HTTP status | Retried |', '|---|---|---|', ...rows].join('\n')
}

/** Fixed values of a package, as a table. */
function fixedValues(r, unit) {
  const values = {
    GCP_PROJECT_ID: () => `acme-${unit.name}`,
    RUN_ID: () => `r${r.int(10, 99)}`,
    PUBSUB_TOPIC: () => `${unit.name}-events`,
    PUBSUB_SUBSCRIPTION: () => `${unit.name}-events-sub`,
    MAX_BATCH_SIZE: () => String(r.int(10, 500)),
    UPSTREAM_URL: () => `http://127.0.0.1:${r.int(8000, 9999)}`,
    LOG_LEVEL: () => r.pick(['info', 'debug']),
    REQUEST_TIMEOUT: () => `${r.int(2, 60)}s`,
    BUCKET_NAME: () => `acme-${unit.name}-data`,
    REGION: () => r.pick(['europe-west1', 'us-central1', 'asia-east1']),
    TENANT_ID: () => `t-${r.int(100, 999)}`,
    PORT: () => '8080'
  }
  const rows = r
    .sample(envVars, r.int(3, 6))
    .map(
      (v) =>
        `| \`${v}\` | ${r.pick(['required', 'optional', 'required in production'])} | \`${values[v]()}\` |`
    )
  return ['| Variable | When | Test value |', '|---|---|---|', ...rows].join('\n')
}

// ---------------------------------------------------------------------------
// Planning: counts first, so that the tree holds exactly `size` prompt files
// ---------------------------------------------------------------------------

const defectKinds = [
  'missing-green',
  'missing-section',
  'gap',
  'stale-reference',
  'undefined-requirement'
]

function countA(u) {
  return (
    1 +
    (u.foundation ? 1 : 0) +
    2 * u.pairs +
    2 * (u.tdPairs ?? 0) -
    (u.defect === 'missing-green' ? 1 : 0)
  )
}
function countB(u) {
  return 1 + 2 * u.folders.reduce((a, b) => a + b, 0) - (u.defect === 'missing-green' ? 1 : 0)
}
const countOf = (u) => (u.dialect === 'A' ? countA(u) : countB(u))

/** An A package holding exactly `r` prompt files. */
function absorb(r, defect) {
  let d = defect
  for (;;) {
    const m = d === 'missing-green' ? 1 : 0
    const f = (r - 1 + m) % 2
    const total = (r - 1 + m - f) / 2
    const need = d === 'gap' ? 2 : d ? 1 : 0
    if (total >= Math.max(need, 1) || (!d && r <= 2)) {
      if (r <= 2 && !d) return {dialect: 'A', foundation: r === 2, pairs: 0, tdPairs: 0}
      const pairs = total > 12 ? Math.ceil(total / 2) : total
      const tdPairs = total - pairs
      return {dialect: 'A', foundation: f === 1, pairs, tdPairs, defect: d}
    }
    d = undefined
  }
}

function planUnits(r, size) {
  const units = []
  let remaining = size
  let aFoundations = 0
  let bCount = 0
  while (remaining > 0) {
    const i = units.length
    const dialect = i % 2 === 0 ? 'A' : 'B'
    const defect = defectKinds[i] ?? (r.chance(0.05) ? r.pick(defectKinds) : undefined)
    let u
    if (dialect === 'A') {
      // Enough foundation prompts in dialect A that B's extra sections never make 80% of them.
      const foundation = aFoundations * 2 < bCount + 2 ? true : r.chance(0.7)
      u = {
        dialect,
        foundation,
        pairs: r.int(3, 9),
        tdPairs: r.chance(0.5) ? r.int(2, 6) : 0,
        defect
      }
    } else {
      const n = r.int(2, 3)
      let folders
      do folders = Array.from({length: n}, () => r.int(1, 4))
      while (folders.reduce((a, b) => a + b, 0) < 5)
      u = {dialect, folders, defect}
    }
    if (remaining - countOf(u) < 9) u = absorb(remaining, defect)
    if (u.dialect === 'A' && u.foundation) aFoundations++
    if (u.dialect === 'B') bCount++
    units.push(u)
    remaining -= countOf(u)
  }
  return units
}

// ---------------------------------------------------------------------------
// Building a unit: names, steps, requirements
// ---------------------------------------------------------------------------

function kindOf(r) {
  const total = testKinds.reduce((a, k) => a + k.w, 0)
  let x = r.next() * total
  for (const k of testKinds) {
    x -= k.w
    if (x < 0) return k
  }
  return testKinds[0]
}

function componentNames(r, n, taken) {
  const names = []
  while (names.length < n) {
    const name = r.pick(heads) + r.pick(tails)
    if (!taken.has(name)) {
      taken.add(name)
      names.push(name)
    }
  }
  return names
}

/** A name from `names` that `taken` refuses not; once they run out, one with a number (`orbit2`). */
function uniqueName(r, names, taken) {
  for (let i = 0; i < 30; i++) {
    const name = r.pick(names)
    if (!taken(name)) return name
  }
  for (let n = 2; ; n++) {
    const name = `${r.pick(names)}${n}`
    if (!taken(name)) return name
  }
}

/** A slug: mostly the component's name, sometimes another (`deployment_orchestrator` is the DeploymentManager). */
function slugOf(r, c, used) {
  let slug = r.chance(0.2) ? snake(c.replace(/[A-Z][a-z]+$/, '') + r.pick(tails)) : snake(c)
  while (used.has(slug)) slug = `${slug}_${r.pick(['v2', 'core', 'main'])}`
  used.add(slug)
  return slug
}

/** Steps of one suite folder: numbers, names, components, test kinds, files. */
function buildSteps(r, ctx, {prefix, letter, first, foundation, pairs, gapAfter, testdata}) {
  const steps = []
  let number = first
  const used = new Set()
  if (foundation) {
    steps.push({
      kind: 'foundation',
      number,
      name: `${prefix}prompt_${pad(number)}_${foundation}_interfaces.md`,
      slug: `${foundation}_interfaces`
    })
    number++
  }
  const comps = testdata ? r.sample(services, pairs) : componentNames(r, pairs, ctx.taken)
  comps.forEach((comp, i) => {
    if (gapAfter !== undefined && steps.length === gapAfter) number++
    const slug = testdata ? comp : slugOf(r, comp, used)
    const component = testdata ? `${title(comp)} Service` : comp
    const kind = testdata ? preflight : kindOf(r)
    const lang = languages[ctx.lang]
    const tests = testdata ? [lang.svcTest(comp)] : lang.tests(ctx.codeDir, comp, kind)
    const source = testdata ? lang.svcSource(comp) : lang.source(ctx.codeDir, comp)
    steps.push({
      kind: 'pair',
      number,
      slug,
      component,
      typeName: testdata ? title(comp) : comp,
      testKind: kind,
      tests,
      source,
      red: `${prefix}prompt_${pad(number)}${letter}_${slug}_red.md`,
      green: `${prefix}prompt_${pad(number)}b_${slug}_green.md`
    })
    number++
    void i
  })
  return steps
}

/** Requirements for a unit: sections of rows, each pair citing its own. */
function buildRequirements(r, unit) {
  const sections = []
  const titles = r.shuffle(sectionTitles)
  let t = 0
  const pairsBySuite = unit.suites.map((s) => s.steps.filter((st) => st.kind === 'pair'))
  const addSection = (name, pairs) => {
    const section = {number: sections.length + 1, name, rows: []}
    sections.push(section)
    for (const pair of pairs) {
      pair.reqs = []
      const n = r.int(1, 2)
      for (const b of r.sample(behaviours, n)) {
        const row = {
          id: `${section.number}.${section.rows.length + 1}`,
          behaviour: b,
          field: r.pick(fields),
          text: '',
          binding: true
        }
        row.text = b.shall(pair.typeName, row.field)
        section.rows.push(row)
        pair.reqs.push(row)
      }
    }
    if (r.chance(0.35)) {
      const [name, text] = r.pick(wishes)
      section.rows.push({
        id: `${section.number}.${section.rows.length + 1}`,
        name,
        text,
        binding: false
      })
    }
  }
  if (unit.dialect === 'A') {
    const main = pairsBySuite[0]
    for (let i = 0; i < main.length;) {
      const n = Math.min(main.length - i, r.int(2, 3))
      addSection(titles[t++ % titles.length], main.slice(i, i + n))
      i += n
    }
    if (pairsBySuite[1]) addSection('Test-Data Services', pairsBySuite[1])
  } else {
    unit.suites.forEach((suite, i) => {
      addSection(`${subTitles[suite.sub] ?? title(suite.sub)} Package`, pairsBySuite[i])
    })
  }
  // Rows are written `L1-2.1` (or `FR-2.1`) in citations.
  for (const section of sections)
    for (const row of section.rows) row.cite = `${unit.idPrefix}-${row.id}`
  return sections
}

// ---------------------------------------------------------------------------
// Prompt text
// ---------------------------------------------------------------------------

/** How a dialect writes labels and headings. */
function style(dialect) {
  if (dialect === 'B') {
    return {
      label: (name) => `**${name}**:`,
      h2: (name) => `## ${name}`,
      deps: '**Dependencies**:',
      keyReq: '**Key Requirements to Fulfill**:'
    }
  }
  return {
    label: (name) => `**${name}:**`,
    h2: (name) => `## **${name}**`,
    deps: '**Dependencies (Full source code to be provided):**',
    keyReq: '**Key Requirements to Fulfill:**'
  }
}

function changelog(r, unit, step) {
  const out = ['---', '', '## Prompt Changelog', '']
  const start = unit.day + step * 2
  out.push(
    `### RV_${date(start, 0)}`,
    '',
    r.pick([
      'First version of the prompt.',
      'First version of the prompt, written with the preprompt.',
      'First version.'
    ]),
    ''
  )
  let day = start
  for (let i = 0; i < r.int(0, 2); i++) {
    day += r.int(3, 20)
    out.push(`### RV_${date(day, 0)}${r.chance(0.25) ? '_CORR1' : ''}`, '', r.pick(changeNotes), '')
  }
  return out
}

function depsLines(items) {
  return items.map((item, i) => `${i + 1}.  ${item}`)
}

/** A reference to another prompt file from `fromSuite`, as the dialect writes it. */
function promptRef(unit, fromSuite, toSuite, name) {
  if (unit.dialect === 'B') {
    const rel = fromSuite === toSuite ? name : `../${toSuite.sub}/${name}`
    return `\`${rel}\``
  }
  return fromSuite === toSuite ? esc(name) : `\`${path.posix.join('..', name)}\``
}

function header(r, unit, name) {
  const out = []
  if (unit.dialect === 'A' && r.chance(0.03)) {
    out.push(
      '---',
      `owner: team-${unit.name}`,
      `reviewed: 2026-0${r.int(1, 9)}-1${r.int(0, 9)}`,
      '---',
      ''
    )
  }
  if (unit.dialect === 'B') out.push(`### **${esc(name)}**`, '')
  return out
}

function redPrompt(r, unit, suite, step, opts) {
  const s = style(unit.dialect)
  const lang = languages[unit.lang]
  const c = step.typeName
  const num = pad(step.number) + (unit.dialect === 'B' ? 'a' : '')
  const long = r.chance(0.2)
  const out = header(r, unit, step.red)
  out.push(`# **Prompt ${num}: ${step.testKind.title} for ${step.component}**`, '')
  if (opts.drop !== 'Objective' && suite.testdata) {
    out.push(
      `${s.label('Objective')} Generate the failing pre-flight test for the ${step.slug} service, ${r.pick(
        [
          `which the ${unit.name} package deploys for every run. A service that reads the wrong variable only shows up later as a run that did nothing; this test catches it before the image is built.`,
          `one of the test-data services of the ${unit.name} package. It proves the binary accepts the environment the package gives it.`,
          `which answers the ${unit.name} package's calls during a run. The test pins its environment and its HTTP contract.`
        ]
      )}`,
      ''
    )
  } else if (opts.drop !== 'Objective') {
    out.push(
      `${s.label('Objective')} Generate the failing ${step.testKind.plan.replace(/s$/, '')} for \`${c}\`, ${r.pick(
        [
          `the component that ${r.pick(['plans', 'records', 'checks', 'routes', 'schedules', 'resolves'])} the ${unit.name} ${r.pick(['batches', 'entries', 'requests', 'leases', 'events'])} of one run.`,
          `which the later steps of the ${unit.name} package build on.`,
          `so that its contract is pinned down before any code exists.`
        ]
      )}`,
      ''
    )
  }
  out.push(`${s.label('TDD Phase')} Red`, '')
  if (unit.dialect === 'B' && opts.drop !== 'Overall Goal') {
    out.push(
      '## Overall Goal',
      '',
      `Pin down how \`${c}\` behaves before it exists: ${r.pick(['its inputs, its errors and its order of calls', 'what it stores and what it refuses', 'its answers to every request of its contract', 'the limits it keeps and the errors it reports'])}, so that the green step has one obvious target.`,
      ''
    )
  }
  out.push(s.h2('Primary Prompt (Concise)'), '')
  const testList = step.tests.map((t) => `\`${t}\``).join(' and ')
  const what =
    unit.dialect === 'B'
      ? `Using the context of \`${unit.role}\`, generate ${testList}`
      : `Your task is to generate the ${lang.name} code for ${step.tests.length > 1 ? `the files ${testList}` : `the ${testList} file`}`
  out.push(
    `${what}. ${suite.testdata ? `It checks the service's contract with the ${unit.name} package without touching any cloud service. ` : ''}${r.pick(
      [
        unit.lang === 'python'
          ? 'It must fail on import until the green step adds these names:'
          : 'It must fail to compile until the green step adds these names:',
        'The component is new; the test uses these names on top of the foundation types:',
        'Every test fails until the green step, because these names do not exist yet:'
      ]
    )}`,
    '',
    signatures(r, unit.lang, c, r.int(1, 4)),
    ''
  )
  if (r.chance(0.6)) out.push(prose(r, unit, c, r.int(2, 4)), '')
  if (r.chance(0.4)) {
    out.push(
      `Run it with \`${lang.tool(path.posix.dirname(step.tests[0]))}\`; it must fail for the right reason, not on a panic or a syntax error.`,
      ''
    )
  }
  if (!opts.keyReq) {
    out.push(
      `It covers ${list(step.reqs.map((row) => `(${row.cite})`))}${opts.undefinedId ? ` and (${opts.undefinedId})` : ''} of \`${unit.reqDoc}\`.`,
      ''
    )
  }
  out.push(s.h2('Reinforcement Prompt (Detailed Context)'), '')
  if (opts.persona)
    out.push(`${s.label('Persona')} ${r.pick(personas).replace('{lang}', lang.name)}`, '')
  else
    out.push(
      `The fixed values of the ${unit.dialect === 'B' ? 'meta-prompt' : 'preprompt'} apply; ${r.pick(['fakes are declared in the test file under names specific to this component', 'no test touches the network, the disk outside a temporary folder or the clock', 'tests compare whole values and print what they got and wanted'])}.`,
      ''
    )
  if (r.chance(0.5)) out.push(prose(r, unit, c, r.int(2, 3)), '')
  if (opts.task) {
    out.push(
      `${s.label('Your Specific Task')} Write ${r.pick(['a table-driven test', 'one test per behaviour below', 'a test table and a few separate tests'])} for \`${c}\`, with a fake store that records every call and can fail on demand.${r.chance(0.5) ? ' The cases:' : ''}`,
      ''
    )
    if (r.chance(0.8)) out.push(casesTable(r), '')
    if (r.chance(0.6)) out.push('Separate tests:', '', separateTests(r, unit, c), '')
  } else if (r.chance(0.6)) {
    out.push(`The cases to cover, one subtest each:`, '', casesTable(r), '')
  }
  if (opts.keyReq) {
    out.push(s.keyReq, '')
    const items = step.reqs.map(
      (row) =>
        `* **(${row.cite}) ${row.behaviour.title}:** ${row.behaviour.red(row.owner, row.field)}`
    )
    if (opts.undefinedId) {
      items.push(
        `* **(${opts.undefinedId}) ${r.pick(['Warm start', 'Back-pressure', 'Partial results', 'Graceful degradation'])}:** ${r.pick(['the first call after start answers from the snapshot.', 'a full queue makes the caller wait instead of dropping work.', 'a failed shard leaves the others answering.'])}`
      )
    }
    if (r.chance(0.3))
      items.push(`* **Independent fakes:** two tests never share a fake; each builds its own.`)
    out.push(items.join('\n'), '')
  }
  if (long || r.chance(0.3)) {
    out.push(
      `${r.pick(['Declare these helpers in the test file', 'The fixtures and fakes, declared in the test file', 'Start from these helpers'])}; ${r.pick(['later test files declare their own', 'do not export them', 'keep their names specific to this component'])}:`,
      '',
      fixtures(r, unit.lang, c),
      ''
    )
    if (long || r.chance(0.5)) out.push(prose(r, unit, c, r.int(3, 6)), '')
  }
  if (long) out.push(`How each failure must surface in the test:`, '', errorTable(r), '')
  if (long && r.chance(0.3)) {
    // The longest prompts of real suites spell out a second table and the tests around it.
    out.push(
      `Edge cases, each its own subtest:`,
      '',
      casesTable(r),
      '',
      'Separate tests:',
      '',
      separateTests(r, unit, c),
      ''
    )
    out.push(prose(r, unit, c, r.int(3, 5)), '')
  }
  if (r.chance(0.5)) {
    out.push(
      `The step is done when ${r.pick(['the test fails to compile only on the names above', 'every case fails for the right reason', 'the earlier tests still pass and this one fails'])}, and ${r.pick(['nothing but the test file changed', 'the test names say the behaviour, not the method', 'the fakes are declared in the test file'])}.`,
      ''
    )
  }
  if (opts.drop !== 'Dependencies') {
    out.push(s.deps, '')
    out.push(depsLines(opts.deps).join('\n'), '')
  }
  if (opts.drop !== 'Prompt Changelog') out.push(...changelog(r, unit, step.number))
  return out.join('\n').replace(/\n+$/, '\n')
}

function greenPrompt(r, unit, suite, step, opts) {
  const s = style(unit.dialect)
  const lang = languages[unit.lang]
  const c = step.typeName
  const num = pad(step.number) + (unit.dialect === 'B' ? 'b' : '')
  const long = r.chance(0.2)
  const out = header(r, unit, step.green)
  out.push(`# **Prompt ${num}: Implementation for ${step.component}**`, '')
  if (opts.drop !== 'Objective') {
    out.push(
      `${s.label('Objective')} Implement \`${c}\` so that ${step.tests.length > 1 ? 'its tests pass' : 'its test passes'} unchanged${r.pick(['.', `, and the later steps of the ${unit.name} package can build on it.`, '; nothing else changes.'])}`,
      ''
    )
  }
  out.push(
    `${s.label('TDD Phase')} ${r.pick(['Green', 'Green', 'Green', 'Green (Write the code to make the failing tests pass).'])}`,
    ''
  )
  if (unit.dialect === 'B' && opts.drop !== 'Overall Goal') {
    out.push(
      '## Overall Goal',
      '',
      `A \`${c}\` that the next steps can rely on: ${r.pick(['every rule of its test kept, nothing more', 'small, typed and free of hidden state', 'the least code that passes, with every error typed'])}.`,
      ''
    )
  }
  out.push(s.h2('Primary Prompt (Concise)'), '')
  const testList = step.tests.map((t) => `\`${t}\``).join(' and ')
  out.push(
    `${unit.dialect === 'B' ? `Using the context of \`${unit.role}\`, generate \`${step.source}\`` : `Your task is to generate the ${lang.name} code for the \`${step.source}\` file`}: the smallest implementation that makes ${testList} pass without editing ${step.tests.length > 1 ? 'them' : 'it'}.${r.chance(0.5) ? ' Keep every name exactly as the test spells it.' : ''}`,
    ''
  )
  if (!opts.keyReq) {
    out.push(
      `It implements ${list(opts.reqs.map((row) => `(${row.cite})`))}${opts.undefinedId ? ` and (${opts.undefinedId})` : ''} of \`${unit.reqDoc}\`.`,
      ''
    )
  }
  out.push(s.h2('Reinforcement Prompt (Detailed Context)'), '')
  if (opts.persona)
    out.push(`${s.label('Persona')} ${r.pick(personas).replace('{lang}', lang.name)}`, '')
  else
    out.push(
      `Follow the conventions of the ${unit.dialect === 'B' ? 'meta-prompt' : 'preprompt'}; ${r.pick(['the test file is frozen', 'change no test', 'the test is the specification'])}.`,
      ''
    )
  if (r.chance(0.5)) out.push(prose(r, unit, c, r.int(2, 4)), '')
  if (opts.task) {
    const withSketch = r.chance(0.75)
    out.push(
      `${s.label('Your Specific Task')} Write \`${c}\` ${r.pick(['and its constructor', 'with its error type', 'and nothing the test does not need'])}. ${r.pick(['Keep the state in memory.', 'Validate the whole input first.', 'Take every dependency through the constructor.'])}${withSketch ? r.pick([' A sketch:', ' Something like:', '']) : ''}`,
      ''
    )
    if (withSketch) out.push(sketch(r, unit.lang, c), '')
    else out.push('Keep it to the behaviour the test pins down:', '', constraints(r, unit, c), '')
  } else if (r.chance(0.75)) {
    out.push('The shape the test expects, for orientation:', '', sketch(r, unit.lang, c), '')
  } else {
    out.push(`How each failure reaches the caller:`, '', errorTable(r), '')
  }
  if (!opts.task || r.chance(0.85))
    out.push('Keep to these constraints:', '', constraints(r, unit, c), '')
  if (long) {
    out.push(prose(r, unit, c, r.int(3, 6)), '')
    out.push(
      `${r.pick(['For reference, the fixtures the test declares', 'The test builds its inputs with these helpers', 'What the test file sets up'])}:`,
      '',
      fixtures(r, unit.lang, c),
      ''
    )
  }
  if (long || r.chance(0.3)) {
    out.push(`How each failure reaches the caller:`, '', errorTable(r), '')
    if (r.chance(0.5)) out.push(prose(r, unit, c, r.int(2, 5)), '')
  }
  if (opts.keyReq) {
    out.push(s.keyReq, '')
    const items = opts.reqs.map(
      (row) =>
        `* **(${row.cite}) ${row.behaviour.title}:** ${row.behaviour.green(row.owner, row.field)}`
    )
    if (opts.undefinedId)
      items.push(
        `* **(${opts.undefinedId}) Warm start:** load the last snapshot before answering the first call.`
      )
    if (r.chance(0.35))
      items.push(
        `* **Purity:** ${r.pick(['no I/O outside the injected dependencies', 'no clock but the injected one', 'no package-level state'])}.`
      )
    out.push(items.join('\n'), '')
  }
  if (opts.drop !== 'Dependencies') {
    out.push(s.deps, '')
    out.push(depsLines(opts.deps).join('\n'), '')
  }
  if (opts.drop !== 'Prompt Changelog') out.push(...changelog(r, unit, step.number))
  return out.join('\n').replace(/\n+$/, '\n')
}

function foundationPrompt(r, unit, suite, step, opts) {
  const s = style(unit.dialect)
  const lang = languages[unit.lang]
  const out = header(r, unit, step.name)
  const what =
    unit.dialect === 'B'
      ? `the ${subTitles[suite.sub] ?? title(suite.sub)} Package`
      : `the ${title(unit.name)} Package`
  out.push(`# **Prompt ${pad(step.number)}: Interfaces for ${what}**`, '')
  out.push(
    `${s.label('Objective')} Generate the types, interfaces and error values of ${what.replace(/^the /, 'the ').toLowerCase()}, the contract that every later test and implementation is written against.`,
    ''
  )
  out.push(
    `${s.label('TDD Phase')} ${unit.dialect === 'B' ? 'N/A (Foundational Model)' : 'Foundation'}`,
    ''
  )
  if (unit.dialect === 'B') {
    out.push(
      '## Overall Goal',
      '',
      `Fix the shape of the ${suite.sub} package once, so that the red prompts can write tests against names that already exist and only the behaviour is missing.`,
      ''
    )
  }
  out.push(s.h2('Primary Prompt (Concise)'), '')
  out.push(
    `${unit.dialect === 'B' ? `Using the context of \`${unit.role}\` and the rules of \`${unit.style}\`, generate \`${step.file}\`` : `Your task is to generate the ${lang.name} code for the \`${step.file}\` file`}. It declares types and interfaces only, no logic, and compiles on its own.`,
    ''
  )
  out.push(prose(r, unit, opts.components[0] ?? 'Package', r.int(1, 3)), '')
  if (r.chance(0.7))
    out.push(
      `Later steps build ${list(opts.components.slice(0, 5).map((n) => '`' + n + '`'))} against these names; ${r.pick(['none of them may need a change here', 'a name missing here is a name the red prompts cannot use', 'keep them small, one or two methods each'])}.`,
      ''
    )
  out.push(s.h2('Reinforcement Prompt (Detailed Context)'), '')
  out.push(`${s.label('Persona')} ${personas[5].replace('{lang}', lang.name)}`, '')
  if (r.chance(0.6)) {
    out.push(
      [
        '| Interface | Implemented by | Faked in |',
        '|---|---|---|',
        ...opts.components
          .slice(0, r.int(2, 5))
          .map((n) => `| \`${n}Deps\` | the caller of \`${n}\` | its test file |`)
      ].join('\n'),
      ''
    )
  }
  out.push(
    `${s.label('Your Specific Task')} Write these declarations, each with a doc comment:`,
    ''
  )
  out.push(interfacesBlock(r, unit.lang, opts.components), '')
  out.push(s.keyReq, '')
  out.push(
    [
      ...opts.reqs.map(
        (row) =>
          `* **(${row.cite}) ${row.behaviour.title}:** the interfaces make it possible to test this without a real backend.`
      ),
      // Dialect B sometimes cites a whole section (`L1-2`): every requirement of its package folder.
      ...(unit.dialect === 'B' && opts.section && r.chance(0.5)
        ? [
            `* **(${unit.idPrefix}-${opts.section.number}) ${opts.section.name}:** every type the section needs is declared here.`
          ]
        : [])
    ].join('\n') +
      '\n* **No behaviour:** nothing but declarations; the components come in the next prompts.',
    ''
  )
  out.push(s.deps, '')
  out.push(depsLines(opts.deps).join('\n'), '')
  out.push(...changelog(r, unit, step.number))
  return out.join('\n').replace(/\n+$/, '\n')
}

function prepromptA(r, unit) {
  const lang = languages[unit.lang]
  const main = unit.suites[0]
  const td = unit.suites[1]
  const pairs = main.steps.filter((st) => st.kind === 'pair')
  const out = [`# **Meta-Prompt: ${title(unit.name)} Package Generation**`, '']
  out.push(`**Persona:** ${r.pick(personas).replace('{lang}', lang.name)}`, '')
  out.push('## **1. Package Overview**', '')
  out.push(
    `The ${unit.name} package ${r.pick(['keeps', 'computes', 'routes', 'reconciles', 'schedules'])} the ${r.pick(['entries', 'batches', 'requests', 'events', 'leases'])} of one tenant and exposes them to the rest of the system through small interfaces. Its ${lang.name} code lives in \`${unit.codeDir}/\`; every component is written test first, one red/green pair at a time.`,
    ''
  )
  out.push(
    `The package is built in ${pairs.length + (main.steps[0].kind === 'foundation' ? 1 : 0)} steps:`,
    ''
  )
  const bullets = []
  if (main.steps[0].kind === 'foundation')
    bullets.push(
      `* **Foundation:** the shared types and interfaces in \`${main.steps[0].file}\`; every later prompt depends on them.`
    )
  for (const p of pairs)
    bullets.push(
      `* **${p.component}** ${r.pick(['owns', 'checks', 'derives', 'applies', 'records', 'plans'])} ${r.pick(['the names of a run', 'one tenant\u2019s usage', 'the order of the stages', 'the pins of each release', 'what is stored and for how long', 'the retries of every call'])}.`
    )
  out.push(bullets.join('\n'), '')
  out.push(
    `Fixed values used by every prompt: project \`acme-${unit.name}\`, region \`${r.pick(['europe-west1', 'us-central1', 'asia-east1'])}\`, run ID \`r${r.int(10, 99)}\`, tenant \`t-${r.int(100, 999)}\`. The requirements the prompts cite are in \`${unit.reqDoc}\`.`,
    ''
  )
  if (r.chance(0.85))
    out.push(
      'The environment every component reads, with the values the tests use:',
      '',
      fixedValues(r, unit),
      ''
    )
  if (r.chance(0.8)) {
    const layout = main.steps.map((st) =>
      st.kind === 'foundation'
        ? `${st.file.padEnd(44)} types and interfaces`
        : `${st.tests[0].padEnd(44)} ${st.typeName} (pair ${pad(st.number)})`
    )
    out.push('Where the generated files go:', '', code('text', layout), '')
  }
  out.push('## **2. Methodology & Guidelines**', '')
  const rules = [
    `* **Red, then green.** A red prompt produces only test code, which must fail for the right reason; the green prompt that follows produces the smallest implementation that makes exactly that test pass. From then on the test file is frozen.`,
    `* **${lang.name} conventions.** ${lang.conventions}`,
    `* **No network in unit tests.** Every external dependency sits behind a small interface; unit tests use hand-written fakes declared in the test file.`,
    `* **Self-contained test files.** Each test file declares its own fixtures and fakes under names specific to its component, so files written weeks apart never collide.`,
    `* **Full sources, pasted whole.** Each prompt lists the files it depends on; paste them in full after the prompt. Never change an earlier component to make a later test pass.`,
    `* **Integration tests behind a flag.** Integration tests talk to a local emulator on loopback and run only when asked for.`,
    `* **One component per step.** A prompt that needs a second component stops and names it; the plan gets a new pair for it.`,
    `* **Literal expectations.** Tests compare against literal values written in the test, never against values recomputed with the code under test.`,
    `* **Requirements cited.** Each prompt cites the requirement IDs it implements in its Key Requirements, so that the traceability check can find them.`
  ]
  out.push([...rules.slice(0, 2), ...r.sample(rules.slice(2), r.int(3, 6))].join('\n'), '')
  if (r.chance(0.5))
    out.push(
      prose(r, unit, 'Package', r.int(2, 4)).replace(
        /`PackageStore`|`Package`/g,
        `the ${unit.name} package`
      ),
      ''
    )
  if (td) {
    const svcs = td.steps.map((st) => st.slug)
    out.push(`## **3. Test Data Plan for the ${title(unit.name)} Services**`, '')
    out.push(
      `The ${svcs.length} test-data services (${list(svcs)}) are built from \`testdata/\`, one main package each. Their prompts sit in the testdata folder below this one; they have no preprompt of their own and work under this one.`,
      '',
      `Each red asks for a **pre-flight test** that proves the binary accepts the environment the package gives it. Configuration is read through an injected \`getenv\`, never from the process. Variables: ${list(r.sample(envVars, 4).map((v) => '`' + v + '`'))}.`,
      ''
    )
  } else {
    const [name, text] = unit.guideline
    out.push(`## **3. Critical Guideline: ${name}**`, '', text, '')
  }
  out.push(
    '---',
    '',
    '## Prompt Changelog',
    '',
    `### RV_${date(unit.day, 0)}`,
    '',
    'First version of the master context, with the fixed values.',
    ''
  )
  if (r.chance(0.4))
    out.push(
      `### RV_${date(unit.day, r.int(10, 40))}`,
      '',
      r.pick([
        'Added the test data plan.',
        'Listed the fixed values in one place.',
        'Named the requirements document.'
      ]),
      ''
    )
  return out.join('\n').replace(/\n+$/, '\n')
}

function planA(r, unit, stale) {
  const main = unit.suites[0]
  const td = unit.suites[1]
  const out = [`# ${title(unit.name)} Package: Prompt Plan`, '']
  out.push(
    `This plan describes the prompts that build the ${unit.name} package. Each "Red" prompt asks for a failing test; each "Green" prompt asks for the implementation that makes it pass. The requirements the prompts trace to are in ${esc(unit.reqDoc)}.`,
    ''
  )
  out.push('## Files to Produce', '')
  const entries = [`* ${esc(unit.preprompt)}: the master context for the package.`]
  const pairEntries = (suite, testdata) => {
    for (const st of suite.steps) {
      if (st.kind === 'foundation') {
        entries.push(`* ${esc(st.name)}: "Foundation" prompt for the package's interfaces.`)
        continue
      }
      const red = stale && stale.step === st ? stale.oldRed : st.red
      const green = stale && stale.step === st ? stale.oldGreen : st.green
      const what = testdata ? `the ${st.slug} service's` : `the ${st.component}`
      entries.push(`* ${esc(red)}: "Red" prompt for ${what} ${st.testKind.plan}.`)
      entries.push(`* ${esc(green)}: "Green" prompt for ${what} implementation.`)
    }
  }
  pairEntries(main, false)
  if (td) pairEntries(td, true)
  out.push(entries.join('\n'), '')
  out.push('## Order of Work', '')
  const steps = [
    'Attach the preprompt at the start of every conversation, before any other prompt.',
    main.steps[0].kind === 'foundation'
      ? 'Run the foundation prompt first and commit the interfaces on their own.'
      : 'Start with the first pair; it has no dependency inside the package.',
    'Work through the pairs in order, red before green. Commit each failing test on its own, then the implementation once the test passes unchanged.'
  ]
  if (td)
    steps.push(
      'The testdata prompts live in the testdata folder below this plan and work under this package\u2019s preprompt. Do them after the first pair.'
    )
  out.push(steps.map((st, i) => `${i + 1}. ${st}`).join('\n'), '')
  if (r.chance(0.6)) {
    out.push(
      '## Notes',
      '',
      `* Traceability: every "shall" or "must" requirement of ${esc(unit.reqDoc)} is cited by at least one prompt; a "should" is not traced.`,
      ''
    )
  }
  return out.join('\n').replace(/\n+$/, '\n')
}

function requirementsDoc(r, unit) {
  if (unit.dialect === 'A') {
    const out = [`# L1 Requirements: ${title(unit.name)} Package`, '']
    out.push(
      `Top-level requirements for the ${unit.name} package. Prompts cite them in their Key Requirements as (L1-x.y). Every "shall" or "must" requirement is covered by at least one prompt; a "should" requirement is desirable and not traced.`,
      ''
    )
    for (const section of unit.requirements) {
      out.push(`## ${section.number}. ${section.name}`, '', '| ID | Requirement |', '|---|---|')
      for (const row of section.rows) out.push(`| ${row.id} | ${row.text} |`)
      out.push('')
    }
    return out.join('\n').replace(/\n+$/, '\n')
  }
  const out = [`# ${title(unit.name)} Service: Level 1 Requirements`, '']
  out.push(`Each requirement is cited by its ID from the prompts that implement it.`, '')
  for (const section of unit.requirements) {
    if (unit.idPrefix === 'FR') {
      out.push(`## ${section.number}. ${section.name}`, '')
      for (const row of section.rows) {
        out.push(
          `**FR-${row.id}** ${row.behaviour ? row.behaviour.title : row.name}`,
          '',
          row.text,
          ''
        )
      }
    } else {
      out.push(`## ${unit.idPrefix}-${section.number} ${section.name}`, '')
      for (const row of section.rows) {
        out.push(
          `### ${unit.idPrefix}-${row.id} ${row.behaviour ? row.behaviour.title : row.name}`,
          '',
          row.text,
          ''
        )
      }
    }
  }
  return out.join('\n').replace(/\n+$/, '\n')
}

function metaPromptB(r, unit) {
  const lang = languages[unit.lang]
  const out = [`# **Meta-Prompt: ${title(unit.name)} Service Generation**`, '']
  out.push(`**Persona**: ${r.pick(personas).replace('{lang}', lang.name)}`, '')
  out.push('## **1. Service Overview**', '')
  out.push(
    `\`${unit.name}\` is a ${r.pick(['small service', 'back-office service', 'worker service', 'client library and service'])} written in ${lang.name}. ${unit.suites.length} packages make it up:`,
    ''
  )
  out.push(unit.suites.map((s) => `- \`${s.sub}/\` ${subRoles[s.sub]}.`).join('\n'), '')
  out.push('## **2. Methodology & Guidelines**', '')
  const first = unit.suites[0].steps[0].number
  const last = unit.suites.at(-1).steps.at(-1).number
  out.push(
    [
      `- Every component is written in three steps: a foundation prompt for its interfaces where it needs one, a red prompt (\`NNa\`) for its failing tests, and a green prompt (\`NNb\`) for the implementation that makes them pass. The steps are numbered in one sequence across the package folders (${pad(first)} to ${pad(last)}), as \`${unit.plan}\` lists them.`,
      `- ${lang.conventions}`,
      `- Follow \`${unit.style}\` for names, errors and module layout.`,
      `- Every requirement a prompt implements is cited by its ID from \`${unit.reqDoc}\`.`
    ].join('\n'),
    ''
  )
  if (r.chance(0.7))
    out.push(
      'The environment the service reads, with the values the tests use:',
      '',
      fixedValues(r, unit),
      ''
    )
  out.push('## **3. Package Layout**', '')
  const layout = []
  for (const s of unit.suites) {
    for (const st of s.steps) {
      const file = st.kind === 'foundation' ? st.file : st.source
      const note =
        st.kind === 'foundation'
          ? `types and interfaces (prompt ${pad(st.number)})`
          : `${st.typeName} (prompts ${pad(st.number)}a/${pad(st.number)}b)`
      layout.push(`${file.padEnd(40)} ${note}`)
    }
  }
  out.push(code('text', layout), '')
  return out.join('\n').replace(/\n+$/, '\n')
}

function planB(r, unit, stale) {
  const out = [`# Prompt Structure: ${title(unit.name)} Service`, '']
  out.push(
    `The suite for \`${unit.name}\`. The context every prompt works under is \`${unit.role}\`; the code style every generated file follows is \`${unit.style}\`; the requirements the prompts cite are in \`${unit.reqDoc}\`. The steps are numbered in one sequence across the package folders.`,
    ''
  )
  out.push('## Files to Produce', '', '| Step | File | Purpose |', '|---|---|---|')
  for (const s of unit.suites) {
    for (const st of s.steps) {
      if (st.kind === 'foundation') {
        out.push(
          `| ${pad(st.number)} | \`${s.sub}/${st.name}\` | Foundation: the ${s.sub} package's types and interfaces |`
        )
        continue
      }
      const red = stale && stale.step === st ? stale.oldRed : st.red
      const green = stale && stale.step === st ? stale.oldGreen : st.green
      out.push(
        `| ${pad(st.number)}a | \`${s.sub}/${red}\` | Red: ${st.testKind.plan} for ${st.typeName} |`
      )
      out.push(`| ${pad(st.number)}b | \`${s.sub}/${green}\` | Green: ${st.typeName} |`)
    }
  }
  out.push('', '## Support Documents', '', '| File | Purpose |', '|---|---|')
  out.push(`| \`${unit.role}\` | The shared context: overview, methodology, layout |`)
  out.push(`| \`${unit.style}\` | The code style of every generated file |`)
  out.push(`| \`${unit.reqDoc}\` | The level 1 requirements, by ID |`)
  return out.join('\n') + '\n'
}

function codeStyleB(r, unit) {
  const lang = languages[unit.lang]
  const lines = [
    `# Code Style for Generated ${lang.name}`,
    '',
    `- ${lang.conventions}`,
    '- One component per file, named after the file.',
    `- Errors carry a code (${list(r.sample(errorCodes, 3).map((e) => '`' + e + '`'))}); callers test the code, never the message.`,
    '- Tests are table driven where there are more than two cases, and each test name says the behaviour, not the method.'
  ]
  if (r.chance(0.5))
    lines.push('- Exported names have a doc comment; internal helpers do not need one.')
  return lines.join('\n') + '\n'
}

// ---------------------------------------------------------------------------
// The tree
// ---------------------------------------------------------------------------

/**
 * Write the tree for one size under `root` (emptied first). Returns the manifest:
 * every prompt file (relative, sorted) and every planted defect with the file the
 * linter is expected to report it on.
 */
export function generateRealTree(root, size, seed = 8) {
  const r = prng((seed * 0x9e3779b1) ^ (size * 0x85ebca6b) ^ 0x5eed)
  fs.rmSync(root, {recursive: true, force: true})
  fs.mkdirSync(root, {recursive: true})
  const plans = planUnits(r, size)
  const usedDirs = new Set()
  const guidelineOrder = r.shuffle(guidelines)
  let guidelineAt = 0
  const units = []
  let dialectA = 0
  let dialectB = 0

  // 1. Names, folders and steps of every unit.
  plans.forEach((plan, index) => {
    const unit = {...plan, index, day: r.int(0, 200)}
    if (plan.dialect === 'A') {
      dialectA++
      const area = r.pick(areasA)
      let name
      name = uniqueName(r, packageNames, (each) => usedDirs.has([...area, each].join('/')))
      unit.name = name
      unit.dir = [...area, name].join('/')
      usedDirs.add(unit.dir)
      unit.lang = r.pick(['go', 'go', 'go', 'ts', 'ts', 'python'])
      unit.codeDir =
        unit.lang === 'go'
          ? r.chance(0.5)
            ? `internal/${name}`
            : name
          : unit.lang === 'ts'
            ? `src/${name}`
            : name
      unit.preprompt = `prompt_00_${r.chance(0.8) ? name : r.pick(['orchestration', 'core', 'service'])}_preprompt.md`
      unit.reqDoc = 'l1_requirements.md'
      unit.planName = r.pick([
        'readme.md',
        'readme.md',
        'readme.md',
        'readme.md',
        'prompt_plan.md',
        '0_prompt_plan.md'
      ])
      unit.idPrefix = 'L1'
      unit.guideline = guidelineOrder[guidelineAt++ % guidelineOrder.length]
      unit.taken = new Set()
      const ctx = {lang: unit.lang, codeDir: unit.codeDir, taken: unit.taken}
      const defectInTd =
        plan.tdPairs > 0 && plan.defect && plan.defect !== 'stale-reference' && r.chance(0.35)
      const steps = (pairs, foundation, defect) => {
        const total = pairs + (foundation ? 1 : 0)
        return {pairs, foundation, gapAfter: defect === 'gap' ? r.int(1, total - 1) : undefined}
      }
      const mainSpec = steps(
        plan.pairs,
        plan.foundation ? name : undefined,
        defectInTd ? undefined : plan.defect
      )
      unit.suites = [
        {
          dir: unit.dir,
          prefix: '',
          defect: defectInTd ? undefined : plan.defect,
          steps: buildSteps(r, ctx, {prefix: '', letter: '', first: 1, ...mainSpec})
        }
      ]
      if (plan.tdPairs > 0) {
        const tdSpec = steps(plan.tdPairs, undefined, defectInTd ? plan.defect : undefined)
        unit.suites.push({
          dir: `${unit.dir}/testdata`,
          prefix: 'testdata_',
          testdata: true,
          defect: defectInTd ? plan.defect : undefined,
          steps: buildSteps(r, ctx, {
            prefix: 'testdata_',
            letter: '',
            first: 1,
            testdata: true,
            ...tdSpec
          })
        })
      }
      for (const st of unit.suites[0].steps)
        if (st.kind === 'foundation') st.file = languages[unit.lang].interfaces(unit.codeDir)
    } else {
      dialectB++
      const area = r.pick(areasB)
      let name
      name = uniqueName(r, groupNames, (each) => usedDirs.has([...area, each].join('/')))
      unit.name = name
      unit.dir = [...area, name].join('/')
      usedDirs.add(unit.dir)
      unit.lang = r.pick(['ts', 'ts', 'ts', 'go', 'python'])
      unit.role = r.pick([
        'meta-prompt.md',
        'meta-prompt.md',
        'meta-prompt.md',
        'meta_prompt.md',
        'context.md'
      ])
      unit.plan = r.pick([
        'prompt_structure.md',
        'prompt_structure.md',
        'prompt_plan.md',
        '0_prompt_plan.md'
      ])
      unit.style = r.pick(['codestyle.md', 'codestyle.md', 'code_style.md', 'style_guide.md'])
      unit.reqDoc = `${name}_requirements.md`
      unit.idPrefix = r.pick(['L1', 'L1', 'L2', 'FR'])
      unit.taken = new Set()
      const subs = r.sample(subNames, plan.folders.length)
      // The gap goes inside a folder with two steps at least (never at a folder's edge).
      const sizes = plan.folders.map((n, i) => n + (i === 0 ? 1 : 0))
      const gapFolder =
        plan.defect === 'gap'
          ? r.pick(sizes.map((n, i) => (n >= 2 ? i : -1)).filter((i) => i >= 0))
          : -1
      let number = 1
      unit.suites = plan.folders.map((pairs, i) => {
        const sub = subs[i]
        const codeDir =
          unit.lang === 'go'
            ? `internal/${sub}`
            : unit.lang === 'ts'
              ? `src/${sub}`
              : `${name}/${sub}`
        const ctx = {lang: unit.lang, codeDir, taken: unit.taken}
        const total = sizes[i]
        const gapAfter = i === gapFolder ? r.int(1, total - 1) : undefined
        const st = buildSteps(r, ctx, {
          prefix: '',
          letter: 'a',
          first: number,
          foundation: i === 0 ? sub : undefined,
          pairs,
          gapAfter
        })
        for (const s of st)
          if (s.kind === 'foundation') s.file = languages[unit.lang].interfaces(codeDir)
        number = st.at(-1).number + 1
        return {dir: `${unit.dir}/${sub}`, sub, prefix: '', steps: st, codeDir}
      })
      if (plan.defect) {
        const candidates =
          plan.defect === 'gap'
            ? [gapFolder]
            : plan.defect === 'stale-reference'
              ? unit.suites.map((_, i) => i)
              : unit.suites.map((_, i) => i)
        unit.suites[r.pick(candidates)].defect = plan.defect
      }
    }
    units.push(unit)
  })

  // 2. Requirements, and who cites what.
  for (const unit of units) {
    unit.requirements = buildRequirements(r, unit)
    for (const suite of unit.suites)
      for (const st of suite.steps) for (const row of st.reqs ?? []) row.owner = st.typeName
  }

  // 3. Every file name of the tree, so that a stale name is a name no file has.
  const allNames = new Set()
  for (const unit of units) {
    for (const suite of unit.suites)
      for (const st of suite.steps)
        for (const n of [st.name, st.red, st.green]) if (n) allNames.add(n)
  }

  const files = []
  const defects = []
  const write = (rel, text, prompt) => {
    const abs = path.join(root, rel)
    fs.mkdirSync(path.dirname(abs), {recursive: true})
    fs.writeFileSync(abs, text)
    if (prompt) files.push(rel)
  }
  fs.writeFileSync(
    path.join(root, 'README.md'),
    [
      '# Synthetic monorepo: TDD prompt suites in the style of real ones',
      '',
      'Generated by bench/generate-real.mjs. Package folders under `services/`, `platform/`, `tools/` and',
      '`prompts/` use one dialect (a numbered preprompt per package); groups under `apps/` and `clients/`',
      'use another (a role-named context above package folders numbered in one sequence).',
      ''
    ].join('\n')
  )

  for (const unit of units) {
    const defectSuite = unit.suites.find((s) => s.defect)
    const kind = defectSuite?.defect
    const pairsOf = (suite) => suite.steps.filter((st) => st.kind === 'pair')
    let missingGreen
    let drop
    let stale
    let undefinedAt
    if (kind === 'missing-green') {
      missingGreen = r.pick(pairsOf(defectSuite))
      defects.push({
        kind,
        file: `${defectSuite.dir}/${missingGreen.red}`,
        where: missingGreen.green
      })
    } else if (kind === 'missing-section') {
      const st = r.pick(pairsOf(defectSuite))
      const side = r.pick(['red', 'green'])
      const section = r.pick(
        unit.dialect === 'B'
          ? ['Prompt Changelog', 'Dependencies', 'Overall Goal', 'Objective']
          : ['Prompt Changelog', 'Dependencies', 'Objective']
      )
      drop = {step: st, side, section}
      defects.push({kind, file: `${defectSuite.dir}/${st[side]}`, where: section})
    } else if (kind === 'gap') {
      const st = defectSuite.steps.find(
        (s, i) => i > 0 && s.number !== defectSuite.steps[i - 1].number + 1
      )
      defects.push({
        kind,
        file: `${defectSuite.dir}/${st.kind === 'pair' ? st.red : st.name}`,
        where: `before ${pad(st.number)}`
      })
    } else if (kind === 'stale-reference') {
      // A renamed file still named by its old name: in a later prompt, or in the plan.
      const targets = []
      unit.suites.forEach((suite) =>
        suite.steps.forEach((st) => {
          if (st.kind === 'foundation' || st.kind === 'pair') targets.push({suite, st})
        })
      )
      const pick = (list) => list[r.int(0, list.length - 1)]
      // The target is a foundation prompt or a green; the referring prompt comes after it.
      const options = []
      unit.suites.forEach((suite, si) => {
        suite.steps.forEach((st, i) => {
          if (st.kind !== 'pair' || suite.testdata) return
          const earlier = unit.suites
            .slice(0, si + 1)
            .flatMap((s2) =>
              s2.steps
                .filter((t) => (s2 !== suite || suite.steps.indexOf(t) < i) && !s2.testdata)
                .map((t) => ({suite: s2, st: t}))
            )
          if (earlier.length > 0) options.push({suite, st, earlier})
        })
      })
      const inPlan = r.chance(0.4) || options.length === 0
      if (inPlan) {
        const {suite, st} = pick(targets.filter((t) => t.st.kind === 'pair'))
        const letter = unit.dialect === 'B' ? 'a' : ''
        const named = (old) => ({
          oldRed: `${suite.prefix}prompt_${pad(st.number)}${letter}_${old}_red.md`,
          oldGreen: `${suite.prefix}prompt_${pad(st.number)}b_${old}_green.md`
        })
        let old
        let tries = 0
        do old = `${pick(oldWords)}_${st.slug.split('_')[0]}${++tries > 20 ? tries : ''}`
        while (
          allNames.has(named(old).oldRed) ||
          allNames.has(named(old).oldGreen) ||
          old === st.slug
        )
        stale = {inPlan, step: st, suite, ...named(old)}
        defects.push({
          kind,
          file: `${unit.dir}/${unit.dialect === 'A' ? unit.planName : unit.plan}`,
          where: `${stale.oldRed}, ${stale.oldGreen}`,
          meant: `${suite.dir}/${st.red}, ${suite.dir}/${st.green}`
        })
      } else {
        const o = pick(options)
        const target = pick(o.earlier)
        const targetName = target.st.kind === 'foundation' ? target.st.name : target.st.green
        let oldName
        let tries = 0
        do {
          const word = pick(oldWords) + (++tries > 20 ? tries : '')
          oldName =
            target.st.kind === 'foundation'
              ? targetName.replace(
                  /_interfaces\.md$/,
                  `_${pick(['contracts', 'types', 'api', 'model'])}.md`
                )
              : targetName.replace(
                  `_${target.st.slug}_green.md`,
                  `_${word}_${target.st.slug.split('_')[0]}_green.md`
                )
        } while (allNames.has(oldName) || oldName === targetName)
        const side = r.pick(['red', 'green'])
        stale = {inPlan, referrer: o.st, side, target, oldName}
        defects.push({
          kind,
          file: `${o.suite.dir}/${o.st[side]}`,
          where: oldName,
          meant: `${target.suite.dir}/${targetName}`
        })
      }
    } else if (kind === 'undefined-requirement') {
      const st = r.pick(pairsOf(defectSuite))
      const side = r.pick(['red', 'green'])
      const section = r.pick(unit.requirements)
      const id = `${unit.idPrefix}-${section.number}.${section.rows.length + r.int(1, 3)}`
      undefinedAt = {step: st, side, id}
      defects.push({kind, file: `${defectSuite.dir}/${st[side]}`, where: id})
    }

    // Documents.
    write(`${unit.dir}/${unit.reqDoc}`, requirementsDoc(r, unit))
    if (unit.dialect === 'A') {
      write(`${unit.dir}/${unit.preprompt}`, prepromptA(r, unit), true)
      write(`${unit.dir}/${unit.planName}`, planA(r, unit, stale?.inPlan ? stale : undefined))
    } else {
      write(`${unit.dir}/${unit.role}`, metaPromptB(r, unit))
      write(`${unit.dir}/${unit.plan}`, planB(r, unit, stale?.inPlan ? stale : undefined))
      write(`${unit.dir}/${unit.style}`, codeStyleB(r, unit))
    }

    // Prompts, folder by folder.
    const lang = languages[unit.lang]
    const foundationStep =
      unit.suites[0].steps[0].kind === 'foundation' ? unit.suites[0].steps[0] : undefined
    unit.suites.forEach((suite, si) => {
      const reds = pairsOf(suite)
      const greens = reds.filter((st) => st !== missingGreen)
      // Optional parts: at most three quarters of a folder's reds (and greens) have each.
      const frac = r.pick([0.6, 0.67, 0.75, 0.75])
      const mask = (n) => ({
        persona: someOf(r, n, frac),
        task: someOf(r, n, frac),
        keyReq: someOf(r, n, 0.75)
      })
      const redMask = mask(reds.length)
      const greenMask = mask(greens.length)
      const previous = [] // earlier steps of the unit: {suite, st}
      for (let s2 = 0; s2 < si; s2++)
        for (const st of unit.suites[s2].steps)
          if (!unit.suites[s2].testdata) previous.push({suite: unit.suites[s2], st})
      suite.steps.forEach((st) => {
        const rel = (name) => `${suite.dir}/${name}`
        if (st.kind === 'foundation') {
          const deps =
            unit.dialect === 'B'
              ? [`\`${unit.style}\` (the style of every generated file)`, `\`${lang.manifest}\``]
              : [`\`${lang.manifest}\` (the package has no source yet)`]
          write(
            rel(st.name),
            foundationPrompt(r, unit, suite, st, {
              deps,
              reqs: unit.requirements[0].rows.filter((row) => row.binding).slice(0, 1),
              section: unit.requirements[0],
              components: reds.map((p) => p.typeName)
            }),
            true
          )
          previous.push({suite, st})
          return
        }
        const ri = reds.indexOf(st)
        const gi = greens.indexOf(st)
        // Dependencies: what the step builds on, from which prompt.
        const earlierInUnit = previous.filter((p) => !p.suite.testdata)
        const fromPrev =
          earlierInUnit.length > 0 && !suite.testdata
            ? r.sample(earlierInUnit, Math.min(earlierInUnit.length, r.int(1, 2)))
            : []
        const staleHere = stale && !stale.inPlan && stale.referrer === st
        if (staleHere && !fromPrev.some((p) => p.st === stale.target.st))
          fromPrev.unshift(stale.target)
        const refOf = (p) => {
          if (p.st.kind === 'foundation') {
            const name = staleHere && stale.target.st === p.st ? stale.oldName : p.st.name
            return `\`${p.st.file}\` (from ${promptRef(unit, suite, p.suite, name)})`
          }
          if (p.st === missingGreen) return `\`${p.st.source}\``
          const name = staleHere && stale.target.st === p.st ? stale.oldName : p.st.green
          return `\`${p.st.source}\` (from ${promptRef(unit, suite, p.suite, name)})`
        }
        const depsRed = []
        if (suite.testdata) {
          depsRed.push(`\`${lang.manifest}\``)
          if (foundationStep) depsRed.push(`\`${foundationStep.file}\` (the package's interfaces)`)
        } else if (fromPrev.length === 0)
          depsRed.push(`\`${lang.manifest}\` (the package has no source yet)`)
        for (const p of fromPrev) depsRed.push(refOf(p))
        const undefinedHere = (side) =>
          undefinedAt && undefinedAt.step === st && undefinedAt.side === side
            ? undefinedAt.id
            : undefined
        const dropHere = (side) =>
          drop && drop.step === st && drop.side === side ? drop.section : undefined
        const redText = redPrompt(r, unit, suite, st, {
          deps:
            staleHere && stale.side === 'green'
              ? depsRed.map((d) => d.replace(/ \(from .*\)$/, ''))
              : depsRed,
          persona: redMask.persona[ri],
          task: redMask.task[ri],
          keyReq: redMask.keyReq[ri],
          undefinedId: undefinedHere('red'),
          drop: dropHere('red')
        })
        write(rel(st.red), redText, true)
        if (st !== missingGreen) {
          const greenReqs = r.sample(st.reqs, r.int(1, st.reqs.length))
          const depsGreen = [
            ...st.tests.map(
              (t) =>
                `\`${t}\` (The Specification${unit.dialect === 'B' && r.chance(0.5) ? `, from \`${st.red}\`` : ''})`
            ),
            ...(staleHere && stale.side === 'green'
              ? fromPrev.map(refOf)
              : fromPrev.map((p) => `\`${p.st.kind === 'foundation' ? p.st.file : p.st.source}\``))
          ]
          const greenText = greenPrompt(r, unit, suite, st, {
            deps: depsGreen,
            reqs: greenReqs,
            persona: greenMask.persona[gi],
            task: greenMask.task[gi],
            keyReq: greenMask.keyReq[gi],
            undefinedId: undefinedHere('green'),
            drop: dropHere('green')
          })
          write(rel(st.green), greenText, true)
        }
        previous.push({suite, st})
      })
    })
  }

  files.sort()
  if (files.length !== size)
    throw new Error(`generated ${files.length} prompt files, expected ${size}`)
  defects.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return {
    version: generatorVersion,
    seed,
    size,
    packages: units.length,
    dialects: {A: dialectA, B: dialectB},
    files,
    defects
  }
}

/**
 * Generate (or reuse, when the manifest matches) the real-style tree for one size:
 * `<dir>/real-<size>/`, one repository (a `.git` folder at its root), its manifest
 * with `markdown`, every markdown file of the tree (relative, sorted), beside it.
 */
export function ensureRealTree(dir, size, seed = 8) {
  const root = path.join(dir, `real-${size}`)
  const manifestPath = path.join(dir, `real-${size}.json`)
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'))
    if (manifest.version === generatorVersion && manifest.seed === seed && fs.existsSync(root)) {
      return {root, manifest, manifestPath, reused: true}
    }
  } catch {
    // no manifest yet
  }
  const manifest = generateRealTree(root, size, seed)
  fs.mkdirSync(path.join(root, '.git'))
  manifest.markdown = fs
    .readdirSync(root, {recursive: true})
    .map((each) => String(each).split(path.sep).join('/'))
    .filter((each) => each.endsWith('.md'))
    .sort()
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 1) + '\n')
  return {root, manifest, manifestPath, reused: false}
}
