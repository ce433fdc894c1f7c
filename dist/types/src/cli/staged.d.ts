/** Paths staged for the next commit (added, changed, deleted), relative to `cwd`, below it only. */
export declare function stagedPaths(cwd: string): string[];
/**
 * The changed paths `--staged` starts from: those between PRE_COMMIT_FROM_REF and
 * PRE_COMMIT_TO_REF when pre-commit sets both (`pre-commit run --from-ref A
 * --to-ref B`, a pre-push hook; deletions included, from their merge base as
 * pre-commit takes them), else those staged.
 */
export declare function changedPaths(cwd: string, env: Record<string, string | undefined>): string[];
/**
 * The paths to lint for the staged changes, relative to `cwd`, sorted: folders
 * (linted with everything below them) and files of the package folders above them.
 */
export declare function stagedTargets(cwd: string, staged?: string[]): string[];
