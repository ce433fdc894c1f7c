/** Inline control: `<!--lint disable|enable|ignore [rule …]-->` with our rule ids, prefixed or not. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {createLinter} from '../src/engine/lint.js'

let root: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'control-'))
  fs.mkdirSync(path.join(root, 'pkg'))
  fs.writeFileSync(path.join(root, 'pkg', 'prompt_00_pkg_preprompt.md'), '# Pkg\n\nContext.\n')
})
afterEach(() => fs.rmSync(root, {recursive: true, force: true}))

async function lintRed(text: string): Promise<string[]> {
  const file = path.join(root, 'pkg', 'prompt_01_widget_red.md')
  fs.writeFileSync(file, text)
  const result = await createLinter({}, root).lint(file)
  return result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)
}

describe('inline control', () => {
  it('reports without a comment', async () => {
    expect(await lintRed('# Prompt 01: Unit Tests for Widget\n')).toEqual(['1:1 pair'])
  })

  it.each([
    ['<!--lint disable pair-->'],
    ['<!--lint disable tdd-prompt-lint:pair-->'],
    ['<!--lint disable-->']
  ])('%s silences a suite finding that lands on the file', async (comment) => {
    expect(await lintRed(`${comment}\n\n# Prompt 01: Unit Tests for Widget\n`)).toEqual([])
  })

  it('leaves other rules alone', async () => {
    expect(
      await lintRed('<!--lint disable title-->\n\n# Prompt 01: Unit Tests for Widget\n')
    ).toEqual(['1:1 pair'])
  })

  it('ignore silences the next node only', async () => {
    const text =
      '# Prompt 01: Unit Tests for Widget\n\n<!--lint ignore prompt-links-->\n[a](prompt_09_gone_red.md)\n\n[b](prompt_08_gone_red.md)\n'
    expect(await lintRed(text)).toEqual(['1:1 pair', '6:5 prompt-links'])
  })

  it('a comment for another rule leaves a finding at the very end of the file alone', async () => {
    // The last link's destination lies after the file's last text: no gap to drop it in.
    const text =
      '<!--lint disable title-->\n\n# Prompt 01: Unit Tests for Widget\n\n[b](prompt_08_gone_red.md)'
    expect(await lintRed(text)).toEqual(['1:1 pair', '5:5 prompt-links'])
    expect(await lintRed(text + '\n')).toEqual(['1:1 pair', '5:5 prompt-links'])
  })
})

describe('bounds', () => {
  it('a file with thousands of findings reports 500 and one that counts the rest', async () => {
    const links = Array.from({length: 2000}, (_, index) => `[x](prompt_${index + 10}_gone_red.md)`)
    const found = await lintRed(`# Prompt 01: Unit Tests for Widget\n\n${links.join('\n\n')}\n`)
    expect(found).toHaveLength(501)
    expect(found.at(-1)).toMatch(/ too-many-findings$/)
  })
})

describe('size of the tree', () => {
  it('a prompt of 100,000 headings is one too-complex finding, not a heap the size of the machine', async () => {
    expect(await lintRed('# h\n'.repeat(100_000))).toEqual(['1:1 too-complex'])
  })
})
