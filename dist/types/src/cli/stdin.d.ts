/**
 * `--stdin --stdin-filename <path>`: lint standard input as the file at `<path>`
 * (which need not exist): the file's folder is in view as for a file given on
 * the command line, so its name, its pair and its links are checked against
 * the folder's listing on disk. The engine's `lintText` checks it, with the
 * same bounds as any file.
 */
import type { VFile } from 'vfile';
import { type Linter } from '../engine/lint.js';
/** A problem with standard input itself (exit 2): the message is the one-line reason. */
export declare class StdinError extends Error {
    name: string;
}
/** Read a stream to its end, at most `maxBytes` (a larger input is a `StdinError`, not an endless read). */
export declare function readStdin(stream: AsyncIterable<Buffer | string>, maxBytes?: number): Promise<Buffer>;
/** Lint `bytes` as the file `filePath` (relative to `cwd`) with `settings`. */
export declare function lintStdin(bytes: Buffer, filePath: string, linter: Linter): Promise<VFile>;
