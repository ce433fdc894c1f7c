/**
 * Signals that would stop the process in the middle of its writes, held while a
 * command writes (`new`, `init`, `renumber`, `--fix`): a listener makes Node
 * deliver them to JavaScript, which runs only once the synchronous writes are
 * done, so an interrupted command wrote everything or nothing; the command then
 * reports the signal and exits 128+n. SIGXFSZ (a file-size limit, `ulimit -f`)
 * turns into an EFBIG error that undoes the writes.
 */
import os from 'node:os'

const held: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGXFSZ']

/** Run `command` with the signals held; the first stopping signal that arrived meanwhile, if any. */
export async function holdSignals<T>(
  command: () => T | Promise<T>
): Promise<{value: T; signal: NodeJS.Signals | undefined}> {
  const received: NodeJS.Signals[] = []
  const hold = (signal: NodeJS.Signals) => void received.push(signal)
  for (const signal of held) process.on(signal, hold)
  try {
    const value = await command()
    // A signal caught during synchronous writes is read at the event loop's next
    // poll: two turns of the loop have one poll between them.
    await turn()
    await turn()
    return {value, signal: received.find((signal) => signal !== 'SIGXFSZ')}
  } finally {
    for (const signal of held) process.off(signal, hold)
  }
}

/** The exit code of a run stopped by `signal` (128+n). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (os.constants.signals[signal] ?? 0)
}

/** The line that reports a held signal. */
export function heldSignalLine(signal: NodeJS.Signals): string {
  return `${signal} received after the files were written`
}

function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
