/**
 * What the writing subcommands (`init`, `new`, `renumber`) share: strict flag
 * parsing with one-line errors, and `guard`, which holds signals while a command
 * writes and turns any failure into one line on stderr and exit 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Streams } from './main.js';
export declare const common: {
    readonly config: {
        readonly type: "string";
        readonly short: "c";
    };
    readonly debug: {
        readonly type: "boolean";
    };
    readonly help: {
        readonly type: "boolean";
        readonly short: "h";
    };
};
/** Run a command that writes files (signals held until it is done, src/cli/signals.ts); any failure is one line on stderr and exit 2. */
export declare function guard(argv: string[], streams: Streams, command: () => number | Promise<number>): Promise<number>;
/** A command's failure: one escaped line on stderr (its stack too with `--debug`), exit 2. */
export declare function failed(argv: readonly string[], streams: Streams, error: unknown): number;
/** What `parse` gives: node's `parseArgs` result for these options. */
export type Parsed<Options extends NonNullable<ParseArgsConfig['options']>> = ReturnType<typeof parseArgs<{
    args: string[];
    options: Options;
    allowPositionals: true;
    strict: true;
}>>;
/** `parseArgs` with positionals, strict, its errors as one-line sentences; empty values refused. */
export declare function parse<Options extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: Options): Parsed<Options>;
