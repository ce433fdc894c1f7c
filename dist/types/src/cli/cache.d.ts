import type { VFile } from 'vfile';
export declare const defaultCacheName = ".tddpromptlintcache";
export interface RunCache {
    /** The findings of these files in this state, if every one of them is cached. */
    lookup(files: readonly string[]): VFile[] | undefined;
    /** Keep these findings for this state (written atomically, never through a link out of the working folder). Throws. */
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
