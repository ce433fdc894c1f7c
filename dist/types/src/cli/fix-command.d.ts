import { type CliOptions } from './args.js';
import type { Streams } from './main.js';
/** Run `--fix` / `--fix-dry-run` (`options.fix`); `relint` is the plain lint, run after the fixes with `fix` unset. */
export declare function runFix(given: CliOptions, cwd: string, streams: Streams, relint: (options: CliOptions) => Promise<number>): Promise<number>;
