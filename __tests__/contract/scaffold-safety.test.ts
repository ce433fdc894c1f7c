/**
 * `new` as a process (`node dist/cli.js`; run `npm run bundle` first): under a
 * file-size limit (`ulimit -f`) and when a signal stops it, every original file
 * stays byte-identical and no half-written or temporary file is left.
 */
import {spawn, spawnSync} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {cleanSuite, makeTree, removeTrees, root} from '../cli-fixtures.js'

const bin = path.join(root, 'dist', 'cli.js')
const preprompt = 'orchestration/prompt_00_orchestration_preprompt.md'

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of fs.readdirSync(dir, {recursive: true}) as string[]) {
    const file = path.join(dir, name)
    if (fs.lstatSync(file).isFile()) {
      out[name] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
    }
  }
  return out
}

beforeAll(() => {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run bundle\` first`)
})
afterAll(removeTrees)

test('a file-size limit: exit 2 with one line, the originals unchanged, nothing left behind', () => {
  // A preprompt larger than the limit, so that writing its edited copy fails.
  const big = cleanSuite[preprompt]! + '\nNotes.\n\n' + 'Some context. '.repeat(400) + '\n'
  const dir = makeTree({...cleanSuite, [preprompt]: big})
  const before = snapshot(dir)
  const result = spawnSync(
    'bash',
    [
      '-c',
      `ulimit -f 4 && exec "${process.execPath}" "${bin}" new conductor --suite orchestration`
    ],
    {cwd: dir, encoding: 'utf8', timeout: 60_000}
  )
  expect(result.signal).toBeNull()
  expect(result.status).toBe(2)
  expect(result.stderr).toMatch(/^tdd-prompt-lint: EFBIG[^\n]*\n$/)
  expect(result.stdout).toBe('')
  expect(snapshot(dir)).toEqual(before)
})

test('a signal at any moment: all of the pair and the edit, or none of it; no temporary file', async () => {
  const outcomes = new Set<string>()
  for (let delay = 0; delay <= 400; delay += 25) {
    const dir = makeTree(cleanSuite)
    const before = snapshot(dir)
    const child = spawn(process.execPath, [bin, 'new', 'conductor', '--suite', 'orchestration'], {
      cwd: dir,
      stdio: 'ignore'
    })
    const closed = new Promise((resolve) => child.on('close', resolve))
    await new Promise((resolve) => setTimeout(resolve, delay))
    child.kill(delay % 50 === 0 ? 'SIGINT' : 'SIGTERM')
    await closed
    const after = snapshot(dir)
    expect(Object.keys(after).filter((name) => name.endsWith('.tmp'))).toEqual([])
    const added = Object.keys(after).filter((name) => !(name in before))
    if (added.length === 0) {
      expect(after).toEqual(before)
      outcomes.add('none')
    } else {
      expect(added.sort()).toEqual([
        'orchestration/prompt_03_conductor_red.md',
        'orchestration/prompt_03b_conductor_green.md'
      ])
      expect(after[preprompt]).not.toBe(before[preprompt])
      outcomes.add('all')
    }
  }
  // Early signals stop it before it writes; late ones find it done.
  expect(outcomes.has('none')).toBe(true)
})
