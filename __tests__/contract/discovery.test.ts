/**
 * Discovery as the built bin does it (`node dist/cli.js`; run `npm run bundle`
 * first): suites under dot folders and under folders with any name the file
 * system allows are found; `.gitignore` (unless `--no-gitignore`) and `!pattern`
 * paths leave files out; `--rule` sets a rule's level.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {cleanSuite, lonelyRed, makeTree, removeTrees, root, runBin} from '../cli-fixtures.js'
import {lonelyRedFinding} from './fixtures.js'

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) {
    throw new Error('dist/cli.js is missing: run `npm run bundle` first')
  }
})
afterAll(removeTrees)

/** The small clean suite under `folder`, with a red whose green is missing. */
function brokenSuiteUnder(folder: string): Record<string, string> {
  const files = {...cleanSuite, [lonelyRed.path]: lonelyRed.content}
  return Object.fromEntries(
    Object.entries(files).map(([name, text]) => [`${folder}/${name}`, text])
  )
}

test.each(['.github/prompts', 'we\nird', 'sep\u2028arated', 'cr\rfolder'])(
  'a broken suite under `%s` is found, its path escaped',
  async (folder) => {
    const dir = makeTree({'README.md': '# A project\n'})
    for (const [name, text] of Object.entries(brokenSuiteUnder(folder))) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
      fs.writeFileSync(path.join(dir, name), text)
    }
    const result = await runBin([], dir)
    expect(result.stdout).toContain(lonelyRedFinding)
    expect(result.code).toBe(1)
    expect(result.stdout).not.toMatch(/[\r\u2028]/)
  }
)

test('`.gitignore` leaves a copied suite out, `--no-gitignore` lints it; `!**/vendor/**` leaves one out', async () => {
  const dir = makeTree({
    ...cleanSuite,
    ...brokenSuiteUnder('build'),
    ...brokenSuiteUnder('third/vendor'),
    '.gitignore': 'build/\n'
  })
  fs.mkdirSync(path.join(dir, '.git'))
  const plain = await runBin([], dir)
  expect(plain.stdout).not.toContain('build/')
  expect(plain.stdout).toContain('third/vendor/')
  const excluded = await runBin(['!**/vendor/**'], dir)
  expect(excluded.stdout).toMatch(/No problems/)
  expect(excluded.code).toBe(0)
  const all = await runBin(['--no-gitignore', '!**/vendor/**'], dir)
  expect(all.stdout).toContain('build/')
  expect(all.code).toBe(1)
})

test("`--rule 'pair: off'` turns a rule off over the configuration; an unknown rule is refused", async () => {
  const dir = makeTree({...cleanSuite, [lonelyRed.path]: lonelyRed.content})
  fs.writeFileSync(path.join(dir, '.tddpromptlintrc.json'), '{"rules": {"pair": "error"}}\n')
  const off = await runBin(['--rule', 'pair: off'], dir)
  expect(off.stdout).toMatch(/No problems/)
  expect(off.code).toBe(0)
  const unknown = await runBin(['--rule', 'pairs: off'], dir)
  expect(unknown.stderr).toMatch(
    /^tdd-prompt-lint: invalid value `pairs: off` for `--rule`[^\n]*`pair`/
  )
  expect(unknown.code).toBe(2)
})
