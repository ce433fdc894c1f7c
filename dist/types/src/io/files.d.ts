import type { ResolvedConfig } from '../config/config.js';
/** The ignore file read from the working directory (gitignore syntax). */
export declare const ignoreName = ".tddpromptlintignore";
export interface PathProblem {
    /** The path as given or found, relative to the working directory. */
    path: string;
    reason: string;
}
export interface Collected {
    /** Absolute paths of the files to lint, sorted, each once. */
    files: string[];
    /** Paths that could not be linted, each with a one-line reason. */
    problems: PathProblem[];
}
export interface CollectOptions {
    cwd: string;
    config: Pick<ResolvedConfig, 'suites' | 'ignore' | 'dir'> & {
        /** Read for the words that name requirement documents (`requirement-coverage`'s `documents`). */
        settings?: ResolvedConfig['settings'];
    };
    /** Ignore file to use instead of `.tddpromptlintignore` in `cwd`. */
    ignorePath?: string | undefined;
    /** Leave out what `.gitignore` files (in `cwd`, above it to the repository's root, and below it) exclude; default true. */
    gitignore?: boolean;
    /** More gitignore patterns, relative to `cwd` (`**\/vendor/**` from `!**\/vendor/**` on the command line). */
    exclude?: string[];
}
/** Files to lint for the given paths (none: every suite folder under `cwd`). */
export declare function collectFiles(paths: string[], options: CollectOptions): Promise<Collected>;
/** Suite folders under `cwd` that match the patterns, sorted. Throws for a pattern `patternProblem` refuses. */
export declare function findSuites(cwd: string, patterns: string[]): Promise<string[]>;
/** The words that name requirement documents: `requirement-coverage`'s `documents`, else the default. */
export declare function requirementWords(settings: ResolvedConfig['settings'] | undefined): readonly string[];
/** A one-line reason for a path that cannot be read. */
export declare function describeStatError(error: unknown): string;
/**
 * Write a report to `given` (relative to `cwd`) atomically: a temporary file
 * beside the target, then a rename. A link is written where it leads, but a path
 * that lies in the working folder as written must stay there once links are
 * followed (a committed `report.json` linking to a file outside is refused); a
 * path outside given as such is the user's choice. Throws.
 */
export declare function writeOutputFile(cwd: string, given: string, data: string): void;
/** The largest configuration or ignore file read. */
export declare const maxDataBytes: number;
/** Why a file was not read: `reason` is one line (`permission denied`, `not a regular file`). */
export interface ReadProblem {
    kind: 'unreadable' | 'too-large';
    reason: string;
    /** The file's size, for `too-large`. */
    size?: number;
}
/**
 * A regular file's bytes, read synchronously, at most `maxBytes` of them: a named
 * pipe, a device (`/dev/zero` behind a link), a folder or a larger file is a
 * `ReadProblem`, never an endless read.
 */
export declare function readRegularFile(file: string, maxBytes: number): Buffer | ReadProblem;
/**
 * Why a glob pattern could take very long to match (picomatch compiles globs to
 * backtracking regular expressions: `*a*a*a*a*b` against a long folder name is
 * exponential), or `undefined` for a safe one: no extended globs, and at most two
 * `*` in a path segment (`**` as a whole segment is fine).
 */
export declare function patternProblem(pattern: string): string | undefined;
/** UTF-8 text, or `undefined` for invalid UTF-8 or a NUL byte (a binary file). */
export declare function decodeText(buffer: Buffer): string | undefined;
