/** Paths staged for the next commit (added, changed, deleted), relative to `cwd`, below it only. */
export declare function stagedPaths(cwd: string): string[];
/**
 * The paths to lint for the staged changes, relative to `cwd`, sorted: folders
 * (linted with everything below them) and files of the package folders above them.
 */
export declare function stagedTargets(cwd: string, staged?: string[]): string[];
