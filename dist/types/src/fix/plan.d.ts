import type { VFile } from 'vfile';
import { type SuiteModel } from '../suite/model.js';
import { type Replacement } from './text.js';
export interface Rename {
    /** Absolute path, as found. */
    from: string;
    /** Absolute path, in the same folder. */
    to: string;
}
export interface FixPlan {
    renames: Rename[];
    /** File as it is named now (before any rename) → its whole new text (BOM and line endings kept). */
    edits: Map<string, string>;
}
export interface Conflict {
    /** One reason per conflict, each naming the files involved. */
    conflicts: string[];
}
export type PlanResult = FixPlan | Conflict;
/** A file's text as stored (a BOM kept); `undefined` when it cannot be read. */
export type Reader = (file: string) => string | undefined;
export interface PlanOptions {
    /** Default: the disk, as UTF-8. */
    read?: Reader;
    /** Shown in reasons: paths relative to this folder. Default: the file names alone. */
    cwd?: string;
}
export declare function isConflict(result: PlanResult): result is Conflict;
/**
 * Read a file from the disk as UTF-8, BOM kept. A symbolic link reads as nothing:
 * replacing it would turn the link into a file, so its text is left alone.
 */
export declare const diskReader: Reader;
/** The changes `--fix` makes for a lint run's results. */
export declare function planFixes(results: VFile[], model: SuiteModel, options?: PlanOptions): PlanResult;
/** Why a set of renames cannot all be made: two files to one name, or a name already taken. */
export declare function renameConflicts(renames: Rename[], model: SuiteModel, show: (file: string) => string): string[];
/**
 * The replacements that make references follow renames, in the given markdown
 * files: link destinations whose target is renamed (their last path segment),
 * and prompt names written as plain text (a name written with a folder means
 * the file there; a bare name, one in the file's own folder first, else the only
 * renamed file of that name), escaped as they were written.
 */
export declare function referenceReplacements(renames: Rename[], files: Iterable<string>, model: SuiteModel, body: (file: string) => string | undefined, show: (file: string) => string): Map<string, Replacement[]>;
/** The markdown files of some folders: prompts and documents (plans, readmes). */
export declare function markdownFiles(model: SuiteModel, folders: Iterable<string>): string[];
/** Whole new texts for the files that change; a conflict when two changes overlap. */
export declare function buildPlan(renames: Rename[], replacements: Map<string, Replacement[]>, read: Reader): PlanResult;
/** Paths as reasons show them. */
/** A file's text without its BOM, read once (`undefined` when it cannot be read). */
export declare function bodyReader(read: (file: string) => string | undefined): (file: string) => string | undefined;
export declare function shower(cwd: string | undefined): (file: string) => string;
