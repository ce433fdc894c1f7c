/**
 * A hostile clone: what a repository can commit (links, file names, folder
 * names, documents) run against the built bin as a process (`node dist/cli.js`;
 * run `npm run bundle` first). Nothing outside the working folder is written.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {cleanSuite, makeTree, removeTrees, root, runBin} from '../cli-fixtures.js'

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) {
    throw new Error('dist/cli.js is missing: run `npm run bundle` first')
  }
})
afterAll(removeTrees)

test('`-o report.json`, a committed link out of the working folder: refused, the outside file unchanged', async () => {
  const outside = makeTree({'victim.txt': 'precious\n'})
  const dir = makeTree(cleanSuite)
  fs.symlinkSync(path.join(outside, 'victim.txt'), path.join(dir, 'report.json'))
  fs.mkdirSync(path.join(dir, 'reports'))
  fs.symlinkSync(outside, path.join(dir, 'reports', 'out'))
  for (const output of ['report.json', 'reports/out/victim.txt']) {
    const result = await runBin(['-f', 'json', '-o', output], dir)
    expect(result.stderr).toBe(
      `tdd-prompt-lint: ${output}: cannot write the report (a symbolic link that leads outside the working folder)\n`
    )
    expect(result.code).toBe(2)
    expect(fs.readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('precious\n')
  }
  // A path outside given as such is the user's choice; a link inside is written where it leads.
  fs.mkdirSync(path.join(dir, 'out'))
  fs.symlinkSync('out/inside.json', path.join(dir, 'inside.json'))
  expect((await runBin(['-f', 'json', '-o', 'inside.json'], dir)).code).toBe(0)
  expect(JSON.parse(fs.readFileSync(path.join(dir, 'out', 'inside.json'), 'utf8'))).toBeInstanceOf(
    Array
  )
  expect(fs.lstatSync(path.join(dir, 'inside.json')).isSymbolicLink()).toBe(true)
  expect((await runBin(['-f', 'json', '-o', path.join(outside, 'mine.json')], dir)).code).toBe(0)
  expect(fs.existsSync(path.join(outside, 'mine.json'))).toBe(true)
})
