import type { VFile } from 'vfile';
import { type Linter, type LintSettings } from './lint.js';
export declare const defaultCacheName = ".tddpromptlintcache";
export interface RunCache {
    /**
     * The cached findings of each file that still hold, `undefined` where the file
     * must be linted. `answer(file, question)` asks the question again of the model
     * the file is linted with (the hash of its answer).
     */
    lookup(files: readonly string[], answer: (file: string, question: string) => string | undefined): Array<VFile | undefined>;
    /** Keep these findings, unless every one came from the cache as it was (written atomically, never through a link out of the working folder). Throws. */
    store(results: readonly VFile[]): void;
}
/** Where `--cache-location` puts the cache: the file it names, or the default name in the folder it names. */
export declare function cacheFile(cwd: string, location: string | undefined): string;
export declare function openCache(options: {
    file: string;
    cwd: string;
    /** The repositories the linted files belong to. */
    roots: readonly string[];
    /** The tool's version and the configuration in force, as text. */
    inputs: string;
    /** Files whose writing is not a change (the report). */
    leaveOut: readonly string[];
}): RunCache;
/** The linter a file is linted with, and the key of its settings. */
export type LinterFor = (file: string) => {
    key: string;
    settings: LintSettings;
    linter: Linter;
};
/**
 * The findings of `files` the cache still holds (`found`, `undefined` where a file
 * must be linted: all of them without a cache), and the files to lint grouped by
 * the linter they are linted with (`at`: indexes into `files`; `todo` in all).
 */
export declare function fromCache(files: readonly string[], cache: RunCache | undefined, linterFor: LinterFor): {
    found: Array<VFile | undefined>;
    groups: Map<string, {
        settings: LintSettings;
        linter: Linter;
        at: number[];
    }>;
    todo: number;
};
