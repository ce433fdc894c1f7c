/**
 * `tdd-prompt-lint map`: each suite drawn from the run's suite model, through
 * `main()` as users run it. Mermaid's own parser (the mermaid package, on a
 * jsdom window) reads every map; a structural check then reads the flowchart
 * as the map writes it: every line one of its statements, ids declared before
 * an edge uses them, subgraphs balanced, labels that cannot end their quotes.
 */
import fs from 'node:fs'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {afterEach, describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {html} from '../src/map/html.js'
import {mermaid, mermaidLabel, suiteMaps} from '../src/map/map.js'
import {SuiteModel} from '../src/suite/model.js'
import {cleanUp, root, temp, writeSuite} from './helpers/action.js'

afterEach(cleanUp)

async function run(argv: string[], cwd: string) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const code = await main(argv, cwd, {stdout, stderr})
  return {code, stdout: out, stderr: err}
}

const label = String.raw`"(?:[^"<>\x60\n\[\]{}|;#]|#\d+;)*"`
const statements = [
  /^flowchart LR$/,
  /^ {2}classDef \w+ [\w#:,. -]+$/,
  new RegExp(String.raw`^ {2}subgraph s\d+\[${label}\]$`),
  /^ {4}direction LR$/,
  new RegExp(String.raw`^ {4}(n\d+)\[${label}\]:::\w+$`),
  /^ {4}(n\d+) (?:-->|-\.->) (n\d+)$/,
  /^ {2}end$/,
  /^ {2}class (n\d+(?:,n\d+)*) marked$/,
  new RegExp(String.raw`^ {2}more\[${label}\]:::more$`)
]

/** Mermaid's parser, loaded once on a jsdom window (it sanitises labels with DOMPurify). */
let parser: Promise<(text: string) => Promise<unknown>> | undefined
function mermaidParse(text: string): Promise<unknown> {
  parser ??= (async () => {
    const {JSDOM} = await import('jsdom')
    const {window} = new JSDOM('')
    const {default: mermaidjs} = await windowed(window, () => import('mermaid'))
    return (source: string) => windowed(window, () => mermaidjs.parse(source))
  })()
  return parser.then((parse) => parse(text))
}

/** Run `work` with jsdom's window as the global one, then take it away (the other test files share these globals). */
async function windowed<T>(window: {document: unknown}, work: () => Promise<T>): Promise<T> {
  Object.assign(globalThis, {window, document: window.document})
  try {
    return await work()
  } finally {
    Reflect.deleteProperty(globalThis, 'window')
    Reflect.deleteProperty(globalThis, 'document')
  }
}

/**
 * Throws unless Mermaid parses the text as a flowchart and it is made only of
 * the map's statements, well nested.
 */
async function checkMermaid(text: string): Promise<{nodes: Map<string, string>; edges: string[]}> {
  await expect(mermaidParse(text)).resolves.toMatchObject({diagramType: 'flowchart-v2'})
  const nodes = new Map<string, string>()
  const edges: string[] = []
  let depth = 0
  const lines = text.trimEnd().split('\n')
  for (const line of lines) {
    const index = statements.findIndex((pattern) => pattern.test(line))
    expect(index, `not a map statement: ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(0)
    const match = statements[index]!.exec(line)!
    if (index === 2) depth++
    if (index === 6) depth--
    expect(depth).toBeGreaterThanOrEqual(0)
    if (index === 4) {
      expect(nodes.has(match[1]!)).toBe(false)
      nodes.set(match[1]!, decode(/\["(.*)"\]/.exec(line)![1]!))
    }
    if (index === 5) {
      expect(nodes.has(match[1]!) && nodes.has(match[2]!), line).toBe(true)
      edges.push(
        `${nodes.get(match[1]!)} ${line.includes('-.->') ? '-.->' : '-->'} ${nodes.get(match[2]!)}`
      )
    }
    if (index === 7) for (const id of match[1]!.split(',')) expect(nodes.has(id)).toBe(true)
  }
  expect(depth).toBe(0)
  expect(lines[0]).toBe('flowchart LR')
  return {nodes, edges}
}

const decode = (value: string) =>
  value.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))

/** Labels of the nodes `class … marked` marks. */
function markedOf(text: string, nodes: Map<string, string>): string[] {
  return text
    .split('\n')
    .filter((line) => /^ {2}class .* marked$/.test(line))
    .flatMap((line) => line.trim().split(' ')[1]!.split(','))
    .map((id) => nodes.get(id)!)
    .sort()
}

describe('map', () => {
  it('draws examples/: preprompts, pairs in order, foundations, requirements, nothing marked', async () => {
    const result = await run(['map', 'examples'], root)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const {nodes, edges} = await checkMermaid(result.stdout)
    expect(result.stdout).toContain('subgraph s1["examples/deployment"]')
    expect(edges).toEqual(
      expect.arrayContaining([
        'preprompt: prompt_00_deployment_preprompt.md --> 01 foundation: deployment_interfaces',
        '01 foundation: deployment_interfaces --> 02 red: artifact_store',
        '02 red: artifact_store --> 02 green: artifact_store',
        '02 green: artifact_store --> 03 red: rollout_planner',
        '01 red: config_generator -.-> L1-1.1',
        'preprompt (borrowed): prompt_00_orchestration_preprompt.md --> 01 red: publisher'
      ])
    )
    expect([...nodes.values()]).toContain('plan: readme.md')
    expect(markedOf(result.stdout, nodes)).toEqual([])
  })

  it('marks every kind of finding: a file with one, a missing green, a stale plan entry, an uncovered and an undefined requirement', async () => {
    const ws = temp('tpl-map-')
    fs.mkdirSync(path.join(ws, '.git'))
    const dir = path.join(ws, 'billing')
    writeSuite(dir, {pkg: 'billing', pairs: ['ledger', 'invoice'], lonelyReds: ['refund']})
    fs.writeFileSync(
      path.join(dir, 'l1_requirements.md'),
      '# L1 Requirements\n\n| ID | Requirement |\n|---|---|\n| 1.1 | The ledger shall balance. |\n| 1.2 | Refunds must be logged. |\n'
    )
    const red01 = path.join(dir, 'prompt_01_ledger_red.md')
    fs.appendFileSync(red01, '\n## Key requirements\n\n- Balances (L1-1.1), audits (L1-7.7).\n')
    fs.writeFileSync(
      path.join(dir, 'readme.md'),
      '# Billing plan\n\n## Files to Produce\n\n* prompt_01_ledger_red.md: the ledger test.\n* prompt_01b_ledger_green.md: the ledger.\n* prompt_02_invoice_red.md: the invoice test.\n* prompt_02b_invoice_green.md: the invoice.\n* prompt_04_tax_red.md: a step that was dropped.\n'
    )
    const result = await run(['map', 'billing'], ws)
    expect(result.code).toBe(0)
    const {nodes} = await checkMermaid(result.stdout)
    expect(markedOf(result.stdout, nodes)).toEqual(
      expect.arrayContaining([
        '03 green missing',
        '03 red: refund',
        'L1-1.2 uncovered',
        'L1-7.7',
        'stale entry: prompt_04_tax_red.md'
      ])
    )
    expect(markedOf(result.stdout, nodes)).not.toContain('02 red: invoice')
    const page = await run(['map', '--format', 'html', 'billing'], ws)
    expect(page.code).toBe(0)
    expect(page.stdout).toMatch(/^<!doctype html>/)
    expect(page.stdout).toContain(
      '<div class="node missing marked"><span class="missing marked">03 green missing</span></div>'
    )
    expect(page.stdout).toMatch(
      /<span class="plan(?: marked)?">plan: readme\.md<\/span><ul><li><span class="stale marked">stale entry: prompt_04_tax_red\.md<\/span><\/li><\/ul>/
    )
    expect(page.stdout).not.toMatch(/<script|\bsrc=|https?:/i)
  })

  it('keeps labels inert and the output bounded on a 5,000-suite repository', async () => {
    expect(mermaidLabel('a"] --> x[<b>`@me`</b>;')).toBe(
      'a#34;#93; #45;#45;#62; x#91;#60;b#62;#96;#64;me#96;#60;/b#62;#59;'.replace(/#45;/g, '-')
    )
    // 5,000 suite folders; only those drawn are read, so only those are written
    // (removing 5,000 folders from a loaded disk takes longer than the rest of the file).
    const ws = temp('tpl-map-big-')
    const suites = Array.from({length: 5000}, (_, index) => path.join(ws, `pkg${index}`))
    for (const dir of suites.slice(0, 30)) {
      fs.mkdirSync(dir)
      fs.writeFileSync(path.join(dir, 'prompt_01_a_red.md'), '# Red\n')
    }
    const maps = suiteMaps({model: new SuiteModel({root: ws}), suites, cwd: ws, flagged: new Set()})
    expect(maps.maps).toHaveLength(20)
    expect(maps.more).toBe(4980)
    const text = mermaid(maps)
    await checkMermaid(text)
    expect(text).toContain('more["4980 more suites not drawn"]:::more')
    expect(Buffer.byteLength(text)).toBeLessThan(16 * 1024)
    expect(Buffer.byteLength(html(maps))).toBeLessThan(16 * 1024)
  })

  it('has its own help, and refuses an unknown format with one line', async () => {
    const help = await run(['map', '--help'], root)
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: tdd-prompt-lint map \[options\] \[paths\.\.\.\]/)
    const bad = await run(['map', '--format', 'svg', 'examples'], root)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe(
      'tdd-prompt-lint: unknown format `svg` for `--format`, expected one of `mermaid`, `html`\n'
    )
  })

  it('bounds the steps of one long suite and says how many are left', async () => {
    const ws = temp('tpl-map-long-')
    writeSuite(ws, {pkg: 'long', pairs: Array.from({length: 60}, (_, index) => `step${index}`)})
    const maps = suiteMaps({
      model: new SuiteModel({root: ws}),
      suites: [ws],
      cwd: ws,
      flagged: new Set()
    })
    const {nodes} = await checkMermaid(mermaid(maps))
    expect([...nodes.values()]).toContain('20 more steps')
    expect([...nodes.values()].filter((each) => / red: /.test(each))).toHaveLength(40)
  })
})
