/**
 * `tdd-prompt-lint renumber [folder] [--insert-at N] [--dry-run]` and
 * `tdd-prompt-lint new <slug> --at N`: renumber a folder's prompts (close the
 * gaps, or make room at N) with every reference following, and insert a new
 * pair at N (making room first when N is taken). Exit 0 done, 2 refused or failed (one line on stderr, nothing
 * changed).
 */
import path from 'node:path'
import {loadConfig} from '../config/config.js'
import {applyPlan} from '../fix/apply.js'
import {formatPlan, summarize} from '../fix/diff.js'
import {isConflict, type FixPlan} from '../fix/plan.js'
import {planRenumber} from '../fix/renumber.js'
import {newPair, scaffoldConfig} from '../scaffold/scaffold.js'
import {SuiteModel} from '../suite/model.js'
import {safeLine} from '../io/escape.js'
import {modelSettings} from '../engine/lint.js'
import {common, guard, newUsage, parse} from './scaffold-commands.js'
import type {Streams} from './main.js'

export const renumberUsage = `Usage: tdd-prompt-lint renumber [folder] [--insert-at N] [--dry-run]

Renumber the red, green and foundation prompts of a suite folder (default: the
working directory): close the gaps (01, 02, 03… in order), or with --insert-at
N make room at N (N and every number above move up by one). The preprompt
stays 00. Files are renamed with only their numbers changed; titles
(\`Prompt NN\`), links, the preprompt's component list and the plan's entries
follow. Prints what changed.

Options:
      --insert-at N    make room at N instead of closing gaps
      --dry-run        print the renames and a diff; change nothing
  -c, --config FILE    configuration file (default: the first found from the
                       working directory up)
      --debug          show stack traces
  -h, --help           show this help
`

/** `tdd-prompt-lint renumber [folder] [--insert-at N] [--dry-run]`. */
export async function runRenumber(argv: string[], cwd: string, streams: Streams): Promise<number> {
  return guard(argv, streams, () => {
    const {values, positionals} = parse(argv, {
      ...common,
      'insert-at': {type: 'string'},
      'dry-run': {type: 'boolean'}
    })
    if (values.help) return print(streams, renumberUsage)
    if (positionals.length > 1) throw new Error(`unexpected argument \`${positionals[1]}\``)
    const insertAt =
      values['insert-at'] === undefined ? undefined : number(values['insert-at'], '--insert-at')
    const dir = folderOf(cwd, positionals[0])
    const plan = renumberPlan(cwd, values.config, dir, insertAt)
    if (values['dry-run']) return print(streams, formatPlan(plan, cwd))
    applyPlan(plan)
    return print(streams, summarize(plan, cwd))
  })
}

/** `tdd-prompt-lint new <slug> --at N [--suite <folder>] [--kind <kind>]`: make room at N, then write the pair there. */
export async function runNewAt(argv: string[], cwd: string, streams: Streams): Promise<number> {
  return guard(argv, streams, () => {
    const {values, positionals} = parse(argv, {
      ...common,
      at: {type: 'string'},
      suite: {type: 'string', short: 's'},
      kind: {type: 'string', short: 'k'}
    })
    if (values.help) return print(streams, newUsage)
    const [slug, extra] = positionals
    if (slug === undefined) throw new Error('expected a slug: tdd-prompt-lint new <slug> --at <N>')
    if (extra !== undefined) throw new Error(`unexpected argument \`${extra}\``)
    if (values.at === undefined) throw new Error('expected `--at <N>`')
    const at = number(values.at, '--at')
    const dir = folderOf(cwd, values.suite)
    // Room is made only where N is taken (after `renumber --insert-at N` it is free).
    const plan = taken(cwd, values.config, dir, at)
      ? renumberPlan(cwd, values.config, dir, at)
      : {renames: [], edits: new Map<string, string>()}
    const applied = applyPlan(plan)
    let result
    try {
      result = newPair({
        slug,
        suite: dir,
        kind: values.kind,
        number: at,
        cwd,
        config: scaffoldConfig(loadConfig(cwd, values.config).settings, cwd)
      })
    } catch (error) {
      applied.undo()
      throw error
    }
    const show = (file: string) =>
      safeLine(path.relative(cwd, file).split(path.sep).join('/')) + '\n'
    return print(
      streams,
      summarize(plan, cwd) + [...result.written, ...result.updated].map(show).join('')
    )
  })
}

function taken(cwd: string, explicit: string | undefined, dir: string, number: number): boolean {
  const model = new SuiteModel(modelSettings(loadConfig(cwd, explicit).settings, cwd))
  return model.folder(dir).byNumber.has(number)
}

function renumberPlan(
  cwd: string,
  explicit: string | undefined,
  dir: string,
  insertAt: number | undefined
): FixPlan {
  const config = loadConfig(cwd, explicit)
  const model = new SuiteModel(modelSettings(config.settings, cwd))
  if (model.folder(dir).prompts.length === 0) {
    throw new Error(`no prompt files in \`${path.relative(cwd, dir) || '.'}\``)
  }
  const plan = planRenumber(model, dir, {insertAt, cwd})
  if (isConflict(plan))
    throw new Error(`cannot renumber, nothing changed: ${plan.conflicts.join('; ')}`)
  return plan
}

function number(text: string, flag: string): number {
  if (!/^\d{1,3}$/.test(text) || Number(text) < 1 || Number(text) > 99) {
    throw new Error(`invalid value \`${text}\` for \`${flag}\`, expected a number from 1 to 99`)
  }
  return Number(text)
}

function folderOf(cwd: string, given: string | undefined): string {
  return path.resolve(cwd, given ?? '.')
}

function print(streams: Streams, text: string): number {
  streams.stdout.write(text)
  return 0
}
