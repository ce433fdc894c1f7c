#!/usr/bin/env node
import {main} from './main.js'

// A reader that goes away (`tdd-prompt-lint | head -1`) is not a failure of the
// run: what is left of the report is dropped and the run ends with its own exit
// code, with nothing on stderr.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    stream.destroy()
  })
}

process.exitCode = await main(process.argv.slice(2), process.cwd(), {
  stdout: process.stdout,
  stderr: process.stderr
})
