import { UsageError, type CliOptions } from './args.js';
export interface Streams {
    stdout: NodeJS.WritableStream & {
        isTTY?: boolean;
    };
    stderr: NodeJS.WritableStream & {
        isTTY?: boolean;
    };
    /** Read by `--stdin` only (default: `process.stdin`). */
    stdin?: AsyncIterable<Buffer | string>;
}
/** What the run reads of its surroundings besides the streams; tests pass their own. */
export interface RunContext {
    /** Environment variables (`NO_COLOR`, `FORCE_COLOR`); default: `process.env`. */
    env?: Record<string, string | undefined>;
    /** Milliseconds, for the progress line's 2 s; default: `Date.now`. */
    now?: () => number;
}
/** A run that takes longer than this shows a progress line (on a terminal's stderr). */
export declare const progressAfterMs = 2000;
/** A subcommand: the arguments after its name in, the exit code out; it parses its own flags. */
export type Command = (argv: string[], cwd: string, streams: Streams, context: RunContext) => Promise<number>;
/** Run the command with `argv` (the arguments after the command name). */
export declare function main(argv: string[], cwd: string, streams: Streams, context?: RunContext): Promise<number>;
/** `tdd-prompt-lint [options] [paths...]`: lint, or with `--fix` / `--fix-dry-run` fix first. */
export declare function runLint(argv: string[], cwd: string, streams: Streams, context?: RunContext): Promise<number>;
/**
 * Colour for `stylish`: `--no-color` / `--color` first, then `FORCE_COLOR` (`0`
 * or `false`: off, anything else: on), then `NO_COLOR` (set and not empty: off),
 * else only when standard output is a terminal and the report is not written to
 * a file.
 */
export declare function useColor(options: Pick<CliOptions, 'color' | 'output'>, streams: Pick<Streams, 'stdout'>, env: Record<string, string | undefined>): boolean;
export { UsageError };
