import type { VFile } from 'vfile';
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
