/**
 * A copy of examples/ with defects of the plan and requirement rules and of the
 * prompt rules planted, and the findings of our own engine on it: what remark
 * (in process, or remark-cli as a process) with the preset must report too.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {collectFiles} from '../../src/io/files.js'
import {createLinter} from '../../src/engine/lint.js'
import {resolveConfig} from '../../src/config/config.js'

export interface Row {
  file: string
  line: number | undefined
  column: number | undefined
  ruleId: string | undefined
  reason: string
  fatal: boolean | null | undefined
}

const repo = path.join(import.meta.dirname, '..', '..')

/** A temporary project holding the planted copy of examples/; remove it when done. */
export function plantedProject(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tdd-remark-'))
  fs.cpSync(path.join(repo, 'examples'), root, {recursive: true})
  // A repository, as a user's project is: the scope of its suites (without a marker, remark's
  // engine, which has no working folder to fall back on, would scope each folder alone).
  fs.mkdirSync(path.join(root, '.git'))
  const o = (name: string) => path.join(root, 'orchestration', name)
  const read = (file: string) => fs.readFileSync(file, 'utf8')
  // Plan: a renamed pair (two stale entries), a pair it does not list.
  fs.renameSync(o('prompt_05_director_client_red.md'), o('prompt_05_remote_director_red.md'))
  fs.renameSync(o('prompt_05b_director_client_green.md'), o('prompt_05b_remote_director_green.md'))
  for (const [from, to] of [
    ['prompt_06_conductor_red.md', 'prompt_07_health_probe_red.md'],
    ['prompt_06b_conductor_green.md', 'prompt_07b_health_probe_green.md']
  ] as const) {
    fs.writeFileSync(o(to), read(o(from)).replace('Prompt 06', 'Prompt 07'))
  }
  // Requirements: a citation of an undefined ID, a "must" nobody cites.
  const red04 = o('prompt_04_iam_orchestrator_red.md')
  fs.writeFileSync(red04, read(red04).replace('(L1-3.1)', '(L1-9.9)'))
  const requirements = o('l1_requirements.md')
  fs.writeFileSync(
    requirements,
    read(requirements).replace(
      /(\| 4\.1 \|[^\n]*\n)/,
      '$1| 4.2 | Each test-data service must log every request it refuses. |\n'
    )
  )
  // A prompt defect, in the other suite.
  fs.rmSync(path.join(root, 'deployment', 'prompt_03b_rollout_planner_green.md'))
  return root
}

/** What our engine reports on the project (every file it lints, from the root). */
export async function engineRows(root: string): Promise<Row[]> {
  const config = resolveConfig({}, undefined, root)
  const {files} = await collectFiles([], {cwd: root, config})
  const linter = createLinter(config.settings, root)
  const rows: Row[] = []
  for (const file of files) {
    const result = await linter.lint(file)
    for (const message of result.messages) {
      rows.push({
        file: path.relative(root, file).split(path.sep).join('/'),
        line: message.line ?? undefined,
        column: message.column ?? undefined,
        ruleId: message.ruleId,
        reason: message.reason,
        fatal: message.fatal
      })
    }
  }
  return rows
}

/** The plan and requirement findings the planted project must give. */
export const plantedRules = [
  'pair',
  'plan-coverage',
  'plan-entries',
  'requirement-coverage',
  'requirement-reference'
]

export function order(rows: Row[]): Row[] {
  return [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
}
