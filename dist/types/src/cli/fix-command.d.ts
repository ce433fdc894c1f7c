import type { Streams } from './main.js';
export declare const fixFlags: string[];
/** Whether a command line asks for fixes. */
export declare function wantsFix(argv: string[]): boolean;
/** Run `--fix` / `--fix-dry-run`; `relint` is the plain command (`main`), run after the fixes. */
export declare function runFix(argv: string[], cwd: string, streams: Streams, relint: (argv: string[], cwd: string, streams: Streams) => Promise<number>): Promise<number>;
