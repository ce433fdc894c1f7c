/**
 * How far the V8 heap may grow past what survived its last full collection.
 *
 * V8 lets the old generation of a process with this machine's memory grow to
 * about four times what survived before it collects again (its default suits a
 * long-lived server). A lint run keeps little (the findings, the facts of the
 * suites it reads: about 30 MB on the 10,000-file benchmark) and makes much
 * short-lived garbage: with the default, each thread's heap swings to five times
 * that. A growth of 1.5 times keeps the default run on that tree at about 250 MB
 * peak RSS instead of 350 MB for the same CPU (BENCHMARK.md). The flag is V8's,
 * process-wide, and read at each collection, so it holds for the worker threads
 * too. Only the entry points (the CLI, the Action, the language server) set it:
 * a program that imports the API keeps its own heap policy, and a
 * `--heap-growing-percent` of the user's own (NODE_OPTIONS, node's arguments) wins.
 */
import v8 from 'node:v8'

/** The growth the entry points ask for: 1 + 50/100 times the heap that survived. */
export const heapGrowingPercent = 50

const flag = '--heap-growing-percent'

/** The V8 flag to set, or undefined when node's arguments or NODE_OPTIONS set it already. */
export function heapGrowthFlag(
  execArgv: readonly string[],
  nodeOptions: string | undefined
): string | undefined {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)]
  if (given.some((arg) => arg.replaceAll('_', '-').startsWith(flag))) return undefined
  return `${flag}=${heapGrowingPercent}`
}

/** Set the heap growth for this process, unless the user has. */
export function limitHeapGrowth(): void {
  const setting = heapGrowthFlag(process.execArgv, process.env.NODE_OPTIONS)
  if (setting) v8.setFlagsFromString(setting)
}
