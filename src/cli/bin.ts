#!/usr/bin/env node
import {tuneHeap} from '../engine/heap.js'

tuneHeap()

// A reader that goes away (`tdd-prompt-lint | head -1`) is not a failure of the
// run: what is left of the report is dropped and the run ends with its own exit
// code, with nothing on stderr.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    stream.destroy()
  })
}

const argv = process.argv.slice(2)
// The pre-commit hook's `--staged [files]` on a commit that touches no suite: the
// stylish report of no file, without loading the linter (src/cli/staged.ts).
if (
  argv[0] === '--staged' &&
  argv.slice(1).every((arg) => !arg.startsWith('-')) &&
  (await nothingStaged(argv.slice(1)))
) {
  process.stdout.write('✔ No problems (0 files checked)\n')
} else {
  const {main} = await import('./main.js')
  process.exitCode = await main(argv, process.cwd(), {
    stdout: process.stdout,
    stderr: process.stderr
  })
}

/** Whether nothing staged concerns a suite, when the report would be plain (no colour); a git failure is left to the run. */
async function nothingStaged(files: string[]): Promise<boolean> {
  if (process.stdout.isTTY || process.env.FORCE_COLOR !== undefined) return false
  try {
    const {changedPaths, stagedTargets} = await import('./staged.js')
    const cwd = process.cwd()
    return stagedTargets(cwd, [...changedPaths(cwd, process.env), ...files]).length === 0
  } catch {
    return false
  }
}
