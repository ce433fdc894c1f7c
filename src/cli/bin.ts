#!/usr/bin/env node

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
// The pre-commit hook's `--staged` on a commit that touches no suite: the stylish
// report of no file, without loading the linter (src/cli/staged.ts).
if (argv.length === 1 && argv[0] === '--staged' && (await nothingStaged())) {
  process.stdout.write('✔ No problems (0 files checked)\n')
} else {
  const {main} = await import('./main.js')
  process.exitCode = await main(argv, process.cwd(), {
    stdout: process.stdout,
    stderr: process.stderr
  })
}

/** Whether nothing staged concerns a suite, when the report would be plain (no colour); a git failure is left to the run. */
async function nothingStaged(): Promise<boolean> {
  if (process.stdout.isTTY || process.env.FORCE_COLOR !== undefined) return false
  try {
    return (await import('./staged.js')).stagedTargets(process.cwd()).length === 0
  } catch {
    return false
  }
}
