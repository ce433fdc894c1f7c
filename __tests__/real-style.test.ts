/**
 * Suites written the way real suites of the methodology are (bench/generate-real.mjs:
 * two dialects, the template's bold labels and sections, plans, requirement
 * documents, nested testdata): findings on exactly the files of the planted
 * defects, whatever the seed. A false finding on a consistent suite, or a planted
 * defect missed, fails here.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, expect, it} from 'vitest'
import {generateRealTree} from '../bench/generate-real.mjs'
import {main} from '../src/cli/main.js'
import {capture, makeTree, removeTrees} from './cli-fixtures.js'

afterAll(removeTrees)

it.each([8, 3])(
  'seed %i: findings on exactly the planted defects’ files',
  async (seed) => {
    const dir = makeTree({})
    const manifest = generateRealTree(path.join(dir, 'tree'), 150, seed)
    fs.mkdirSync(path.join(dir, 'tree', '.git'))
    const io = capture()
    const code = await main(['--format', 'json', '.'], path.join(dir, 'tree'), io.streams)
    const report = JSON.parse(io.stdout()) as Array<{filePath: string; messages: unknown[]}>
    const flagged = report.filter((file) => file.messages.length > 0).map((file) => file.filePath)
    expect(code).toBe(1)
    expect(manifest.defects.length).toBeGreaterThanOrEqual(5)
    expect(flagged.sort()).toEqual([...new Set(manifest.defects.map((each) => each.file))].sort())
    expect(report.map((file) => file.filePath)).toEqual(expect.arrayContaining(manifest.files))
  },
  60_000
)
