/**
 * A plan as text: one `rename a -> b` line per rename, then a unified diff of
 * every edited file (a renamed file's diff goes from its old name to its new
 * one). Paths are relative to the working directory; every line is made safe
 * for a terminal or a CI log.
 */
import path from 'node:path'
import {createTwoFilesPatch} from 'diff'
import {safeLine} from '../io/escape.js'
import type {FixPlan, Reader} from './plan.js'
import {diskReader} from './plan.js'

/** The plan, as `--fix-dry-run` and `renumber --dry-run` print it. */
export function formatPlan(plan: FixPlan, cwd: string, read: Reader = diskReader): string {
  const show = (file: string) => path.relative(cwd, file).split(path.sep).join('/')
  const renamed = new Map(plan.renames.map((each) => [each.from, each.to]))
  const lines: string[] = []
  for (const {from, to} of plan.renames) lines.push(`rename ${show(from)} -> ${show(to)}`)
  for (const [file, text] of plan.edits) {
    const before = read(file) ?? ''
    const patch = createTwoFilesPatch(
      'a/' + show(file),
      'b/' + show(renamed.get(file) ?? file),
      before,
      text,
      undefined,
      undefined,
      {context: 3}
    )
    // The `Index:`-less header starts with `===`; keep from the `---` line.
    const body = patch.split('\n')
    const start = body.findIndex((line) => line.startsWith('--- '))
    lines.push(
      ...body
        .slice(start === -1 ? 0 : start)
        .filter((line, index, all) => line !== '' || index < all.length - 1)
    )
  }
  if (lines.length === 0) return ''
  return lines.map(safeLine).join('\n') + '\n'
}

/** A one-line summary per change, for `--fix` (stderr) and `renumber` (stdout). */
export function summarize(plan: FixPlan, cwd: string): string {
  const show = (file: string) => path.relative(cwd, file).split(path.sep).join('/')
  const renamed = new Map(plan.renames.map((each) => [each.from, each.to]))
  const lines = [
    ...plan.renames.map(({from, to}) => `renamed ${show(from)} -> ${show(to)}`),
    ...[...plan.edits.keys()].map((file) => `edited ${show(renamed.get(file) ?? file)}`)
  ]
  return lines.map((line) => safeLine(line) + '\n').join('')
}
