/**
 * One resolution per file: the same file gets the same findings whatever the
 * working folder (the project's root, a sub-folder, a folder above it) and
 * whatever the in-process entry (the CLI on paths, the CLI on standard input,
 * the engine, remark with the preset), alone or with its whole repository.
 * The project has no repository marker (a copied or unpacked suite), where the
 * scope once fell back to the working folder.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {remark} from 'remark'
import {VFile} from 'vfile'
import {afterAll, beforeAll, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {createLinter} from '../src/engine/lint.js'
import type {JsonResult} from '../src/reporters/json.js'
import preset from '../src/preset.js'
import {SuiteModel} from '../src/suite/model.js'

const examples = path.join(import.meta.dirname, '..', 'examples')
let outer: string
let project: string
let reference: Map<string, string[]>

interface Placed {
  line?: number | null | undefined
  column?: number | null | undefined
  ruleId?: string | null | undefined
  reason?: string
  message?: string
}

const row = (each: Placed) =>
  `${each.line}:${each.column} ${each.ruleId} ${each.reason ?? each.message}`

const files = [
  'orchestration/prompt_02b_preflight_validator_green.md',
  'orchestration/prompt_05_director_client_red.md',
  'orchestration/testdata/testdata_prompt_02_subscriber_red.md',
  'orchestration/readme.md',
  'deployment/prompt_03_rollout_planner_red.md',
  'deployment/prompt_02b_artifact_store_green.md'
]
const folders = ['', 'orchestration', 'orchestration/testdata', 'deployment', '..']

beforeAll(async () => {
  outer = fs.mkdtempSync(path.join(os.tmpdir(), 'resolution-'))
  project = path.join(outer, 'project')
  fs.cpSync(examples, project, {recursive: true})
  const at = (file: string) => path.join(project, file)
  const edit = (file: string, change: (text: string) => string) =>
    fs.writeFileSync(at(file), change(fs.readFileSync(at(file), 'utf8')))
  // A house-style defect (the changelog the other greens have), a requirement cited
  // that no document defines, a pair without its green: findings that depend on
  // the whole repository's prompts, its requirement documents and its listing.
  edit(files[0]!, (text) => text.replace(/\n---\n[\s\S]*$/, '\n'))
  edit(files[1]!, (text) =>
    text.replace('* **(L1-3.2) No credentials', '* **(L1-9.9) No credentials')
  )
  fs.rmSync(at('deployment/prompt_03b_rollout_planner_green.md'))
  // The reference: the engine from the project's root, linting every file.
  const linter = createLinter({}, project)
  reference = new Map()
  for (const file of files) reference.set(file, (await linter.lint(at(file))).messages.map(row))
  expect([...reference.values()].filter((found) => found.length > 0)).toHaveLength(3)
})

afterAll(() => fs.rmSync(outer, {recursive: true, force: true}))

type Entry = 'cli' | 'stdin' | 'engine' | 'remark'

async function findings(
  entry: Entry,
  cwd: string,
  file: string,
  base = project
): Promise<string[]> {
  const absolute = path.join(base, file)
  const given = path.relative(cwd, absolute)
  if (entry === 'engine') return (await createLinter({}, cwd).lint(given)).messages.map(row)
  if (entry === 'remark') {
    const vfile = new VFile({path: given, cwd, value: fs.readFileSync(absolute, 'utf8')})
    return (await remark().use(preset).process(vfile)).messages.map(row)
  }
  let out = ''
  const stream = {write: (text: string) => ((out += text), true)} as never
  const text = fs.readFileSync(absolute)
  const argv =
    entry === 'cli'
      ? ['--format', 'json', given]
      : ['--format', 'json', '--stdin', '--stdin-filename', given]
  await main(argv, cwd, {
    stdout: stream,
    stderr: stream,
    stdin: (async function* () {
      yield text
    })()
  })
  const [result] = JSON.parse(out) as JsonResult[]
  return (result?.messages ?? []).map(row)
}

it('gives a file the same findings from any working folder and any entry', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...files),
      fc.constantFrom(...folders),
      fc.constantFrom<Entry>('cli', 'stdin', 'engine', 'remark'),
      async (file, folder, entry) => {
        const cwd = path.resolve(project, folder)
        const found = await findings(entry, cwd, file)
        expect([...found].sort(), `${entry} from ${folder || '.'}: ${file}`).toEqual(
          [...reference.get(file)!].sort()
        )
      }
    ),
    {numRuns: 40}
  )
})

it('gives a file its repository configuration from any working folder, outside the repository too', async () => {
  const configured = path.join(outer, 'configured')
  fs.cpSync(project, configured, {recursive: true})
  fs.writeFileSync(
    path.join(configured, '.tddpromptlintrc.json'),
    JSON.stringify({rules: {pair: 'off'}})
  )
  const red = 'deployment/prompt_03_rollout_planner_red.md'
  expect(reference.get(red)).toHaveLength(1)
  for (const folder of ['', 'deployment', '..', '../..']) {
    for (const entry of ['cli', 'stdin'] as const) {
      const cwd = path.resolve(configured, folder)
      expect(await findings(entry, cwd, red, configured), `${entry} from ${folder}`).toEqual([])
    }
  }
})

it('reads no file through a symbolic link out of its repository, from any working folder', () => {
  const repository = path.join(outer, 'linked')
  fs.mkdirSync(path.join(repository, '.git'), {recursive: true})
  fs.mkdirSync(path.join(repository, 'suite'))
  const secret = path.join(outer, 'secret.md')
  fs.writeFileSync(secret, '# Token\n\n## Secret\n')
  const inside = path.join(repository, 'suite', 'prompt_01_a_red.md')
  fs.writeFileSync(inside, '# Red\n\n## Goal\n')
  const link = path.join(repository, 'suite', 'prompt_02_b_red.md')
  fs.symlinkSync(secret, link)
  for (const cwd of [outer, repository, path.join(repository, 'suite')]) {
    const model = new SuiteModel({root: cwd})
    expect(model.facts(inside)?.sections.map((each) => each.key)).toEqual(['goal'])
    expect(model.facts(link)).toBeUndefined()
  }
})
