import { VFile } from 'vfile';
import { type Linter, type LintSettings } from '../lint.js';
/** A problem with standard input itself (exit 2): the message is the one-line reason. */
export declare class StdinError extends Error {
    name: string;
}
/** Read a stream to its end, at most `maxBytes` (a larger input is a `StdinError`, not an endless read). */
export declare function readStdin(stream: AsyncIterable<Buffer | string>, maxBytes?: number): Promise<Buffer>;
/** Lint `bytes` as the file `filePath` (relative to `cwd`) with `settings`. */
export declare function lintStdin(bytes: Buffer, filePath: string, settings: LintSettings, cwd: string, linter: Linter): Promise<VFile>;
