/**
 * `--fix` and `renumber` as processes (`node dist/cli.js`; run `npm run bundle`
 * first) when they are stopped in the middle of their writes: a SIGTERM or SIGINT
 * is held until every file is written, then reported with exit 128+n; a SIGKILL
 * never leaves a prompt that exists only under a temporary name; a file-size
 * limit (`ulimit -f`, the full-disk path) changes nothing and leaves nothing.
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {copyExamples} from '../helpers/copy-examples.js'
import {afterEach, beforeAll, beforeEach, describe, expect, test} from 'vitest'
import {root as repository} from '../cli-fixtures.js'

const bin = path.join(repository, 'dist', 'cli.js')
let root: string
const suite = () => path.join(root, 'orchestration')

beforeAll(() => {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run bundle\` first`)
})
beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fix-safety-')))
  copyExamples(root)
  fs.mkdirSync(path.join(root, '.git'))
})
afterEach(() => fs.rmSync(root, {recursive: true, force: true}))

/** Pairs 07…60 beside examples/orchestration, each misnamed `Prompt_…` (108 renames for `--fix`), or well named. */
function plantMisnamedPairs(initial = 'P'): string[] {
  // So many `Prompt_` names would be the suite's house style: the configuration pins lower case.
  fs.writeFileSync(
    path.join(root, '.tddpromptlintrc.json'),
    JSON.stringify({style: {names: {case: 'lower'}}})
  )
  const red = fs.readFileSync(path.join(suite(), 'prompt_06_conductor_red.md'), 'utf8')
  const green = fs.readFileSync(path.join(suite(), 'prompt_06b_conductor_green.md'), 'utf8')
  const names: string[] = []
  for (let step = 7; step <= 60; step++) {
    const number = String(step).padStart(2, '0')
    const redName = `${initial}rompt_${number}_conductor${step}_red.md`
    const greenName = `${initial}rompt_${number}b_conductor${step}_green.md`
    fs.writeFileSync(path.join(suite(), redName), red.replace('Prompt 06', `Prompt ${number}`))
    fs.writeFileSync(
      path.join(suite(), greenName),
      green
        .replace('Prompt 06', `Prompt ${number}`)
        .replaceAll('prompt_06_conductor_red', redName.slice(0, -3))
    )
    names.push(redName, greenName)
  }
  return names
}

function temporaries(): string[] {
  return fs
    .readdirSync(root, {recursive: true})
    .filter((name) => String(name).endsWith('.tmp')) as string[]
}

/**
 * Start the bin and send `signal` as soon as its first write shows in the suite
 * folder (so that the signal lands during the writes, not during the lint).
 */
function signalDuringWrites(
  args: string[],
  signal: NodeJS.Signals,
  when: (name: string) => boolean = () => true
): Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd: root})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const watcher = fs.watch(suite(), (_event, name) => {
      if (!when(String(name))) return
      watcher.close()
      child.kill(signal)
    })
    child.on('close', (code, received) => {
      watcher.close()
      resolve({code, signal: received, stderr})
    })
  })
}

describe('--fix stopped during its writes', () => {
  test.each(['SIGTERM', 'SIGINT'] as const)(
    '%s: held until every file is renamed, then exit 128+n with one line',
    async (signal) => {
      const names = plantMisnamedPairs()
      const result = await signalDuringWrites(['--fix'], signal)
      // On a loaded machine the watcher's event can come after the writes, once the
      // signal is no longer held: the process then stops by it, with every file written.
      if (result.signal === null) {
        expect(result.code).toBe(128 + os.constants.signals[signal])
        expect(result.stderr).toMatch(
          new RegExp(`tdd-prompt-lint: ${signal} received after the files were written\\n$`)
        )
      } else expect(result.signal).toBe(signal)
      for (const name of names) {
        expect(fs.existsSync(path.join(suite(), name)), name).toBe(false)
        expect(fs.existsSync(path.join(suite(), name.replace(/^P/, 'p'))), name).toBe(true)
      }
      expect(temporaries()).toEqual([])
    }
  )

  test('SIGKILL: every prompt still exists under its old or its new name', async () => {
    const names = plantMisnamedPairs()
    // Killed at the first rename of a planted prompt (its old name going, or its new one coming).
    const renamed = new Set([...names, ...names.map((name) => name.replace(/^P/, 'p'))])
    const result = await signalDuringWrites(['--fix'], 'SIGKILL', (name) => renamed.has(name))
    expect(result.signal).toBe('SIGKILL')
    for (const name of names) {
      const kept =
        fs.existsSync(path.join(suite(), name)) ||
        fs.existsSync(path.join(suite(), name.replace(/^P/, 'p')))
      expect(kept, name).toBe(true)
    }
    expect(temporaries().filter((name) => /\.move-/.test(name))).toEqual([])
  })
})

test('renumber --insert-at 01 stopped by SIGTERM during its writes: every file moved, exit 143 with one line', async () => {
  plantMisnamedPairs('p')
  const result = await signalDuringWrites(
    ['renumber', 'orchestration', '--insert-at', '01'],
    'SIGTERM'
  )
  expect(result.signal).toBeNull()
  expect(result.stderr).toBe('tdd-prompt-lint: SIGTERM received after the files were written\n')
  expect(result.code).toBe(143)
  expect(fs.existsSync(path.join(suite(), 'prompt_61b_conductor60_green.md'))).toBe(true)
  expect(fs.existsSync(path.join(suite(), 'prompt_02_config_generator_red.md'))).toBe(true)
  expect(temporaries()).toEqual([])
})

describe('a file-size limit (`ulimit -f`, the full-disk path)', () => {
  function snapshot(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const name of fs.readdirSync(root, {recursive: true}) as string[]) {
      const file = path.join(root, name)
      if (fs.lstatSync(file).isFile()) out[name] = fs.readFileSync(file, 'latin1')
    }
    return out
  }

  const padding = '\nNotes.\n\n' + 'Some context. '.repeat(400) + '\n'

  /** `name` in the suite with `from` replaced by `to` and made larger than the limit, so that writing its edited copy fails. */
  function plantBig(name: string, from: string, to: string): void {
    const file = path.join(suite(), name)
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(from, to) + padding)
  }

  function limited(args: string): {status: number | null; stderr: string} {
    const result = spawnSync(
      'bash',
      ['-c', `ulimit -f 4 && exec "${process.execPath}" "${bin}" ${args}`],
      {cwd: root, encoding: 'utf8', timeout: 120_000}
    )
    expect(result.signal).toBeNull()
    return {status: result.status, stderr: result.stderr}
  }

  test('--fix: exit 2 with one line, nothing changed, no temporary left', () => {
    plantBig('prompt_04b_iam_orchestrator_green.md', 'Prompt 04', 'Prompt 05')
    fs.renameSync(
      path.join(suite(), 'prompt_01_config_generator_red.md'),
      path.join(suite(), 'Prompt_01_config_generator_red.md')
    )
    const before = snapshot()
    const result = limited('--fix')
    expect(result.stderr).toMatch(/^tdd-prompt-lint: nothing changed: EFBIG[^\n]*\n$/)
    expect(result.status).toBe(2)
    expect(snapshot()).toEqual(before)
  })

  test('renumber: exit 2 with one line, nothing changed, no temporary left', () => {
    plantBig('prompt_06_conductor_red.md', 'Prompt 06', 'Prompt 08')
    fs.renameSync(
      path.join(suite(), 'prompt_06_conductor_red.md'),
      path.join(suite(), 'prompt_08_conductor_red.md')
    )
    fs.renameSync(
      path.join(suite(), 'prompt_06b_conductor_green.md'),
      path.join(suite(), 'prompt_08b_conductor_green.md')
    )
    const before = snapshot()
    const result = limited('renumber orchestration')
    expect(result.stderr).toMatch(/^tdd-prompt-lint: nothing changed: EFBIG[^\n]*\n$/)
    expect(result.status).toBe(2)
    expect(snapshot()).toEqual(before)
  })
})
