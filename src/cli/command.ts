/**
 * What the writing subcommands (`init`, `new`, `renumber`) share: strict flag
 * parsing with one-line errors, and `guard`, which holds signals while a command
 * writes and turns any failure into one line on stderr and exit 2.
 */
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {safeLine} from '../io/escape.js'
import {describeParseError} from './args.js'
import type {Streams} from './main.js'
import {heldSignalLine, holdSignals, signalExitCode} from './signals.js'

const prefix = 'tdd-prompt-lint: '

export const common = {
  config: {type: 'string', short: 'c'},
  debug: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'}
} as const satisfies ParseArgsConfig['options']

/** Run a command that writes files (signals held until it is done, src/cli/signals.ts); any failure is one line on stderr and exit 2. */
export async function guard(
  argv: string[],
  streams: Streams,
  command: () => number | Promise<number>
): Promise<number> {
  try {
    const {value: code, signal} = await holdSignals(command)
    if (signal) {
      streams.stderr.write(`${prefix}${heldSignalLine(signal)}\n`)
      return signalExitCode(signal)
    }
    return code
  } catch (error) {
    return failed(argv, streams, error)
  }
}

/** A command's failure: one escaped line on stderr (its stack too with `--debug`), exit 2. */
export function failed(argv: readonly string[], streams: Streams, error: unknown): number {
  const message = error instanceof Error ? error.message : String(error)
  streams.stderr.write(safeLine(prefix + (message.split('\n')[0] ?? message)) + '\n')
  if (argv.includes('--debug') && error instanceof Error && error.stack) {
    streams.stderr.write(error.stack.split('\n').map(safeLine).join('\n') + '\n')
  }
  return 2
}

/** What `parse` gives: node's `parseArgs` result for these options. */
export type Parsed<Options extends NonNullable<ParseArgsConfig['options']>> = ReturnType<
  typeof parseArgs<{args: string[]; options: Options; allowPositionals: true; strict: true}>
>

/** `parseArgs` with positionals, strict, its errors as one-line sentences; empty values refused. */
export function parse<Options extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: Options
): Parsed<Options> {
  let parsed
  try {
    parsed = parseArgs({args: argv, options, allowPositionals: true, strict: true})
  } catch (error) {
    const known = Object.keys(options).map((name) => `--${name}`)
    throw new Error(describeParseError(error, known), {cause: error})
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '' && name !== 'package') {
      throw new Error(`option \`--${name}\` needs a non-empty value`)
    }
  }
  return parsed
}
