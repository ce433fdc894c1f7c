/**
 * `--fix`, `--fix-dry-run`, `renumber` and `new --at` against the built bin as a
 * process (`node dist/cli.js`; run `npm run bundle` first): on a copy of
 * examples/ with defects planted, the dry run changes nothing, the fix (linted on
 * two threads, so the fixes cross the worker boundary) leaves a clean suite.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeAll, beforeEach, describe, expect, test} from 'vitest'
import {root as repository, runBin} from '../cli-fixtures.js'
import {copyExamples} from '../helpers/copy-examples.js'

const bin = path.join(repository, 'dist', 'cli.js')
let root: string

beforeAll(() => {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run bundle\` first`)
})
beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fix-bin-')))
  copyExamples(root)
  fs.mkdirSync(path.join(root, '.git'))
})
afterEach(() => fs.rmSync(root, {recursive: true, force: true}))

const at = (...parts: string[]) => path.join(root, 'orchestration', ...parts)

function tree(): Record<string, string> {
  const found: Record<string, string> = {}
  for (const entry of fs.readdirSync(root, {recursive: true, withFileTypes: true})) {
    const full = path.join(entry.parentPath, entry.name)
    if (!entry.isDirectory() && !full.includes(`${path.sep}.git`)) {
      found[path.relative(root, full)] = fs.readFileSync(full, 'latin1')
    }
  }
  return found
}

describe('the bin', () => {
  test('--fix-dry-run, then --fix on two threads: exit 0, the original suite back', async () => {
    // More than one chunk of files (50), so that `--concurrency 2` lints on two threads.
    for (const copy of ['billing', 'ledger']) {
      fs.cpSync(path.join(root, 'orchestration'), path.join(root, copy), {recursive: true})
    }
    const original = tree()
    fs.renameSync(at('prompt_01_config_generator_red.md'), at('Prompt_1_config-generator_red.md'))
    const green = at('prompt_04b_iam_orchestrator_green.md')
    fs.writeFileSync(green, fs.readFileSync(green, 'utf8').replace('Prompt 04', 'Prompt 05'))
    const planted = tree()

    const dry = await runBin(['--fix-dry-run'], root)
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain(
      'rename orchestration/Prompt_1_config-generator_red.md -> orchestration/prompt_01_config_generator_red.md\n'
    )
    expect(dry.stdout).toContain('+# **Prompt 04: Implementation for IAMOrchestrator**\n')
    expect(tree()).toEqual(planted)

    const fixed = await runBin(['--fix', '--concurrency', '2'], root)
    expect(fixed.stderr).toBe(
      'renamed orchestration/Prompt_1_config-generator_red.md -> orchestration/prompt_01_config_generator_red.md\n' +
        'edited orchestration/prompt_04b_iam_orchestrator_green.md\n'
    )
    expect(fixed.code).toBe(0)
    expect(tree()).toEqual(original)
  })

  test('a conflict: exit 2, one line, nothing changed', async () => {
    fs.copyFileSync(at('prompt_01_config_generator_red.md'), at('prompt_1_config_generator_red.md'))
    const before = tree()
    const result = await runBin(['--fix'], root)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^tdd-prompt-lint: cannot fix, nothing changed: [^\n]+\n$/)
    expect(tree()).toEqual(before)
  })

  test('renumber --insert-at 03, then new --at 03: only the new pair is left to fill in and to list in the plan', async () => {
    const moved = await runBin(['renumber', 'orchestration', '--insert-at', '03'], root)
    expect(moved.code).toBe(0)
    const added = await runBin(
      ['new', 'health_probe', '--at', '03', '--suite', 'orchestration'],
      root
    )
    expect(added.stderr).toBe('')
    expect(added.code).toBe(0)
    const report = await runBin(['--format', 'json'], root)
    const files = JSON.parse(report.stdout) as Array<{
      filePath: string
      messages: Array<{ruleId: string; message: string}>
    }>
    const findings = files.flatMap((file) =>
      file.messages.map((message) => ({file: file.filePath, ...message}))
    )
    // The new pair's placeholders (in the sections of the house style, inferred), on both files…
    const sections = findings.filter((finding) => finding.ruleId === 'placeholder')
    expect(new Set(sections.map((finding) => finding.file))).toEqual(
      new Set([
        'orchestration/prompt_03_health_probe_red.md',
        'orchestration/prompt_03b_health_probe_green.md'
      ])
    )
    for (const finding of sections) {
      expect(finding.message).toMatch(
        /^Unexpected placeholder `fill in: [^`]+`, expected the text it asks for$/
      )
    }
    // …and nothing else: `new` listed the pair in the plan, after pair 02's entries,
    // and renumber kept every other entry in step.
    expect(findings.filter((finding) => finding.ruleId !== 'placeholder')).toEqual([])
    const plan = fs.readFileSync(path.join(root, 'orchestration', 'readme.md'), 'utf8')
    expect(plan).toMatch(
      /prompt\\_02b\\_preflight\\_validator\\_green\.md[^\n]*\n\* prompt\\_03\\_health\\_probe\\_red\.md: "Red" prompt for the HealthProbe unit test\.\n\* prompt\\_03b\\_health\\_probe\\_green\.md: "Green"/
    )
  })
})
