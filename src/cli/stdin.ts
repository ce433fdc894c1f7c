/**
 * `--stdin --stdin-filename <path>`: lint standard input as the file at `<path>`
 * (which need not exist): the file's folder is in view as for a file given on
 * the command line, so its name, its pair and its links are checked against
 * the folder's listing on disk. The engine's `lintText` checks it, with the
 * same bounds as any file.
 */
import type {VFile} from 'vfile'
import {defaultLimits, type Linter} from '../engine/lint.js'
import {decodeText} from '../io/files.js'

/** A problem with standard input itself (exit 2): the message is the one-line reason. */
export class StdinError extends Error {
  override name = 'StdinError'
}

/** Read a stream to its end, at most `maxBytes` (a larger input is a `StdinError`, not an endless read). */
export async function readStdin(
  stream: AsyncIterable<Buffer | string>,
  maxBytes: number = defaultLimits.maxBytes
): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += bytes.length
    if (size > maxBytes) {
      throw new StdinError(
        `standard input is larger than ${maxBytes / 1024 / 1024} MiB, the most the linter reads`
      )
    }
    chunks.push(bytes)
  }
  return Buffer.concat(chunks, size)
}

/** Lint `bytes` as the file `filePath` (relative to `cwd`) with `settings`. */
export async function lintStdin(bytes: Buffer, filePath: string, linter: Linter): Promise<VFile> {
  const text = decodeText(bytes)
  if (text === undefined) throw new StdinError('standard input is not UTF-8 text')
  return linter.lintText(text, filePath)
}
