/**
 * A project that already uses remark adds the preset to its configuration and
 * gets the same findings as our own engine, plans and requirement documents
 * included: remark's engine (unified-engine, as remark-cli runs it: one copy of
 * the processor per file) with the preset, in process, against the sources.
 * __tests__/contract/remark-cli.test.ts runs the remark-cli binary against the
 * built package.
 */
import fs from 'node:fs'
import {remark} from 'remark'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import {afterAll, beforeAll, expect, it} from 'vitest'
import preset from '../src/preset.js'
import {engineRows, order, plantedProject, plantedRules, type Row} from './helpers/remark-parity.js'

let root: string

beforeAll(() => {
  root = plantedProject()
})
afterAll(() => fs.rmSync(root, {recursive: true, force: true}))

function remarkRows(cwd: string): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: remark(),
        cwd,
        files: ['.'],
        extensions: ['md'],
        plugins: [preset],
        out: false,
        quiet: true,
        silent: true,
        reporter: () => '',
        streamError: {write: () => true} as unknown as NodeJS.WritableStream
      },
      (error, _code, context) => {
        if (error) return reject(error)
        const files = (context?.files ?? []) as VFile[]
        resolve(
          files.flatMap((file) =>
            file.messages.map((message) => ({
              file: file.path,
              line: message.line ?? undefined,
              column: message.column ?? undefined,
              ruleId: message.ruleId,
              reason: message.reason,
              fatal: message.fatal
            }))
          )
        )
      }
    )
  })
}

it('remark with the preset reports what the engine reports, plans and requirements included', async () => {
  const fromEngine = await engineRows(root)
  expect(new Set(fromEngine.map((row) => row.ruleId))).toEqual(new Set(plantedRules))
  expect(fromEngine.find((row) => row.ruleId === 'requirement-coverage')?.fatal).toBe(false)
  expect(order(await remarkRows(root))).toEqual(order(fromEngine))
})
