/**
 * The traceability matrix of the worked example: the function over the suite
 * model, and `tdd-prompt-lint trace` in process.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Writable} from 'node:stream'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {main} from '../../src/cli/main.js'
import {resolveConfig} from '../../src/config/config.js'
import {createLinter} from '../../src/engine/lint.js'
import {collectFiles} from '../../src/io/files.js'
import {SuiteModel} from '../../src/suite/model.js'
import {formatTrace, formatTraceMarkdown, traceMatrix} from '../../src/suite/trace.js'
import {copyExamples} from '../helpers/copy-examples.js'

let root: string

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'trace-'))
  copyExamples(path.join(root, 'examples'))
  fs.mkdirSync(path.join(root, '.git'))
})
afterEach(() => fs.rmSync(root, {recursive: true, force: true}))

const requirements = () => path.join(root, 'examples', 'orchestration', 'l1_requirements.md')

function addUncited(): void {
  const text = fs.readFileSync(requirements(), 'utf8')
  fs.writeFileSync(
    requirements(),
    text.replace(
      /(\| 4\.1 \|[^\n]*\n)/,
      '$1| 4.2 | Each service must log every request it refuses. |\n'
    )
  )
}

describe('traceMatrix', () => {
  it('gives every requirement of the examples with the prompts that cite it', () => {
    const rows = traceMatrix(new SuiteModel({root}), path.join(root, 'examples'))
    expect(rows.map((row) => [row.id, row.status])).toEqual([
      ['L1-1.3', 'not traced'],
      ['L1-1.1', 'covered'],
      ['L1-1.2', 'covered'],
      ['L1-2.1', 'covered'],
      ['L1-2.2', 'covered'],
      ['L1-2.3', 'covered'],
      ['L1-3.1', 'covered'],
      ['L1-3.2', 'covered'],
      ['L1-3.3', 'covered'],
      ['L1-4.1', 'covered']
    ])
    const director = rows.find((row) => row.id === 'L1-3.2')!
    expect(director.prompts.map((file) => path.basename(file))).toEqual([
      'prompt_05_director_client_red.md',
      'prompt_05b_director_client_green.md'
    ])
    expect(director.definition?.line).toBe(21)
  })

  it('puts uncovered binding requirements first, and cited IDs no document defines last', () => {
    addUncited()
    const red = path.join(root, 'examples', 'orchestration', 'prompt_06_conductor_red.md')
    fs.writeFileSync(red, fs.readFileSync(red, 'utf8') + '\n* **(L1-9.9) Extra:** not defined.\n')
    const rows = traceMatrix(new SuiteModel({root}), path.join(root, 'examples'))
    expect(rows[0]).toMatchObject({id: 'L1-4.2', status: 'uncovered', prompts: []})
    expect(rows[1]).toMatchObject({id: 'L1-1.3', status: 'not traced'})
    expect(rows.at(-1)).toMatchObject({id: 'L1-9.9', status: 'undefined', prompts: [red]})
    const text = formatTrace(rows, root)
    expect(text.split('\n').slice(0, 5)).toEqual([
      '11 requirements, 10 binding (shall/must), 1 uncovered, 1 cited but not defined',
      '',
      'L1-4.2  uncovered (must)  examples/orchestration/l1_requirements.md:24',
      '  Each service must log every request it refuses.',
      ''
    ])
    expect(formatTraceMarkdown(rows, root).split('\n').slice(0, 3)).toEqual([
      '| Requirement | Status | Prompts |',
      '|---|---|---|',
      '| L1-4.2 | uncovered (must) | — |'
    ])
  })

  it('shows two packages that define the same IDs each with its own prompts', () => {
    const deployment = path.join(root, 'examples', 'deployment')
    fs.writeFileSync(
      path.join(deployment, 'l1_requirements.md'),
      '# L1 Requirements\n\n| ID | Requirement |\n|---|---|\n| 1.1 | The store shall keep every artifact. |\n| 1.2 | The planner shall roll out in waves. |\n'
    )
    const planner = path.join(root, 'examples', 'deployment', 'prompt_03_rollout_planner_red.md')
    fs.appendFileSync(planner, '\n* **(L1-1.2) Waves:** the rollout goes in waves.\n')
    const rows = traceMatrix(new SuiteModel({root}), path.join(root, 'examples'))
    const own = rows.filter((row) => row.definition?.document.startsWith(deployment))
    expect(own.map((row) => [row.id, row.status, row.prompts])).toEqual([
      ['L1-1.1', 'uncovered', []],
      ['L1-1.2', 'covered', [planner]]
    ])
    expect(rows.find((row) => row.id === 'L1-1.1' && row.status === 'covered')).toBeDefined()
    // The trace of one package is its own.
    expect(
      traceMatrix(new SuiteModel({root}), deployment).map((row) => [row.id, row.status])
    ).toEqual([
      ['L1-1.1', 'uncovered'],
      ['L1-1.2', 'covered']
    ])
  })

  it('is empty without requirement documents', () => {
    fs.rmSync(requirements())
    expect(traceMatrix(new SuiteModel({root}), path.join(root, 'examples'))).toEqual([])
  })
})

describe('trace and lint', () => {
  it('agree: the uncovered rows are the coverage warnings, the undefined citations the reference errors', async () => {
    addUncited()
    const red = path.join(root, 'examples', 'orchestration', 'prompt_06_conductor_red.md')
    fs.writeFileSync(
      red,
      fs.readFileSync(red, 'utf8') +
        '\n* **(L1-9.9) Extra:** not defined.\n* **(L1.3.2) Malformed:** another form.\n'
    )
    const deployment = path.join(root, 'examples', 'deployment')
    fs.writeFileSync(
      path.join(deployment, 'l1_requirements.md'),
      '# L1 Requirements\n\n| ID | Requirement |\n|---|---|\n| 1.1 | The store shall keep every artifact. |\n| 1.2 | The planner shall roll out in waves. |\n'
    )
    const planner = path.join(root, 'examples', 'deployment', 'prompt_03_rollout_planner_red.md')
    fs.appendFileSync(planner, '\n* **(L1-1.2) Waves:** the rollout goes in waves.\n')
    const config = resolveConfig({}, undefined, root)
    const {files} = await collectFiles([], {cwd: root, config})
    const linter = createLinter(config.settings, root)
    const found: string[] = []
    for (const file of files) {
      for (const message of (await linter.lint(file)).messages) {
        if (message.ruleId?.startsWith('requirement-')) {
          found.push(`${message.ruleId} ${path.relative(root, file)}:${message.line}`)
        }
      }
    }
    const rows = traceMatrix(new SuiteModel({root}), root)
    const traced = [
      ...rows
        .filter((row) => row.status === 'uncovered')
        .map(
          (row) =>
            `requirement-coverage ${path.relative(root, row.definition!.document)}:${row.definition!.line}`
        ),
      ...rows
        .filter((row) => row.status === 'undefined')
        .flatMap((row) => row.citations)
        .map((each) => `requirement-reference ${path.relative(root, each.file)}:${each.line}`)
    ]
    expect(found.sort()).toEqual(traced.sort())
    expect(found).toHaveLength(4)
  })
})

function capture() {
  let text = ''
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk)
      done()
    }
  })
  return {stream, text: () => text}
}

describe('a requirement document the prompts barely cite', () => {
  it('is not traced: no coverage warnings, its uncited rows `not traced` in the matrix', async () => {
    const doc = path.join(root, 'examples', 'l2_requirements.md')
    fs.writeFileSync(
      doc,
      '# L2 Requirements\n\n| ID | Requirement |\n|---|---|\n| 1.1 | The tool shall log. |\n| 1.2 | The tool shall retry. |\n| 1.3 | The tool must stop. |\n'
    )
    const red = path.join(root, 'examples', 'orchestration', 'prompt_06_conductor_red.md')
    fs.appendFileSync(red, '\n* **(L2-1.1) Logging:** every stage is logged.\n')
    const config = resolveConfig({}, undefined, root)
    const linter = createLinter(config.settings, root)
    expect((await linter.lint(doc)).messages).toEqual([])
    const rows = traceMatrix(new SuiteModel({root}), root).filter((row) => row.id.startsWith('L2'))
    expect(rows.map((row) => [row.id, row.status])).toEqual([
      ['L2-1.2', 'not traced'],
      ['L2-1.3', 'not traced'],
      ['L2-1.1', 'covered']
    ])
  })
})

describe('tdd-prompt-lint trace', () => {
  async function run(...argv: string[]) {
    const stdout = capture()
    const stderr = capture()
    const code = await main(argv, root, {stdout: stdout.stream, stderr: stderr.stream})
    return {code, stdout: stdout.text(), stderr: stderr.text()}
  }

  it('prints the matrix of the examples', async () => {
    const {code, stdout, stderr} = await run('trace', 'examples')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    expect(lines[0]).toBe('10 requirements, 9 binding (shall/must), 0 uncovered')
    expect(lines[2]).toBe('L1-1.3  not traced  examples/orchestration/l1_requirements.md:11')
    expect(stdout).toContain(
      'L1-3.2  covered (shall)  examples/orchestration/l1_requirements.md:21\n' +
        '  The system shall call the director only with an ID token whose audience…\n' +
        '  ← examples/orchestration/prompt_05_director_client_red.md\n' +
        '  ← examples/orchestration/prompt_05b_director_client_green.md\n'
    )
  })

  it('prints JSON with --format json', async () => {
    addUncited()
    const {code, stdout} = await run('trace', '--format', 'json', 'examples')
    expect(code).toBe(0)
    const [matrix] = JSON.parse(stdout) as Array<{
      path: string
      rows: Array<{id: string; status: string; document: string; line: number}>
    }>
    expect(matrix?.path).toBe('examples')
    expect(matrix?.rows[0]).toMatchObject({
      id: 'L1-4.2',
      status: 'uncovered',
      document: 'examples/orchestration/l1_requirements.md',
      line: 24
    })
  })

  it('shows each package that defines the same IDs, and a package folder its own', async () => {
    fs.writeFileSync(
      path.join(root, 'examples', 'deployment', 'l1_requirements.md'),
      '# L1 Requirements\n\n| ID | Requirement |\n|---|---|\n| 1.1 | The store shall keep every artifact. |\n| 1.2 | The planner shall roll out in waves. |\n'
    )
    const planner = path.join(root, 'examples', 'deployment', 'prompt_03_rollout_planner_red.md')
    fs.appendFileSync(planner, '\n* **(L1-1.2) Waves:** the rollout goes in waves.\n')
    const {code, stdout} = await run('trace', '--format', 'json', 'examples', 'examples/deployment')
    expect(code).toBe(0)
    const [all, deployment] = JSON.parse(stdout) as Array<{
      rows: Array<{id: string; status: string; document: string}>
    }>
    expect(
      all?.rows.filter((row) => row.id === 'L1-1.1').map((row) => [row.document, row.status])
    ).toEqual([
      ['examples/deployment/l1_requirements.md', 'uncovered'],
      ['examples/orchestration/l1_requirements.md', 'covered']
    ])
    expect(deployment?.rows.map((row) => [row.id, row.status])).toEqual([
      ['L1-1.1', 'uncovered'],
      ['L1-1.2', 'covered']
    ])
  })

  it('says so when there are no requirement documents, and fails on a missing folder', async () => {
    expect((await run('trace', 'examples/deployment')).stdout).toBe('No requirement documents.\n')
    const missing = await run('trace', 'nowhere')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('tdd-prompt-lint: nowhere: no such file or folder\n')
    const bad = await run('trace', '--format', 'xml')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^tdd-prompt-lint: unknown format `xml`/)
  })
})
