/**
 * V8's collector, tuned for a lint run.
 *
 * **Growth.** V8 lets the old generation of a process with this machine's
 * memory grow to about four times what survived before it collects again (its
 * default suits a long-lived server). A lint run keeps little (the findings, the
 * facts of the suites it reads: about 30 MB on the 10,000-file benchmark) and
 * makes much short-lived garbage: with the default, each thread's heap swings to
 * five times that. A growth of 1.5 times keeps the default run on that tree at
 * about 250 MB peak RSS instead of 350 MB for the same CPU (BENCHMARK.md).
 *
 * **No allocation-site pretenuring.** When most objects of one place in the code
 * survive a young collection, V8 allocates that place's later objects straight in
 * the old generation, and keeps that decision for the rest of the run. A file's
 * markdown tree and micromark's tokens all live until the file is checked: on the
 * 10,000-file benchmark tree in a repository V8 decided so for them (traced with
 * `--trace-pretenuring`), every later file's short-lived parse filled the old
 * generation and full collections came twice as often, 30% of one thread's CPU
 * (BENCHMARK.md).
 *
 * The flags are V8's, process-wide, and read at each collection, so they hold
 * for the worker threads too. Only the entry points (the CLI, the Action, the
 * language server) set them: a program that imports the API keeps its own heap
 * policy, and a setting of the user's own (NODE_OPTIONS, node's arguments) wins.
 */
import v8 from 'node:v8'

/** The growth the entry points ask for: 1 + 50/100 times the heap that survived. */
export const heapGrowingPercent = 50

/** Each flag the entry points set: the names a user's own setting of it may have, and the setting. */
const tuning = [
  {names: ['--heap-growing-percent'], setting: `--heap-growing-percent=${heapGrowingPercent}`},
  {
    names: [
      '--allocation-site-pretenuring',
      '--no-allocation-site-pretenuring',
      '--noallocation-site-pretenuring'
    ],
    setting: '--no-allocation-site-pretenuring'
  }
]

/** The V8 flags to set: those that neither node's arguments nor NODE_OPTIONS set already. */
export function heapFlags(execArgv: readonly string[], nodeOptions: string | undefined): string[] {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].map(
    (arg) => arg.replaceAll('_', '-').split('=')[0]!
  )
  return tuning
    .filter(({names}) => !given.some((arg) => names.includes(arg)))
    .map(({setting}) => setting)
}

/** Tune the collector of this process, but for what the user has set. */
export function tuneHeap(): void {
  for (const flag of heapFlags(process.execArgv, process.env.NODE_OPTIONS)) {
    v8.setFlagsFromString(flag)
  }
}
