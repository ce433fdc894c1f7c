import type { VFile } from 'vfile';
/** What every reporter gets besides the results. */
export interface ReportContext {
    /** Working directory: reported paths are relative to it. */
    cwd: string;
    /** Colour output (stylish only). */
    color?: boolean;
    /** Warnings left out of the results by `--quiet` (stylish's clean line says so). */
    hiddenWarnings?: number;
}
/**
 * A reporter is a plain function from results to text. Results are the linted
 * files (absolute `path`), each with its messages: `fatal: true` is an error,
 * `fatal: false` a warning; `cause` may hold a related location (a VFileMessage
 * whose `file` is the other file's absolute path).
 */
export type Reporter = (files: VFile[], context: ReportContext) => string;
