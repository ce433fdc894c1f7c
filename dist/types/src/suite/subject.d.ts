import type { VFile } from 'vfile';
import type { Facts } from './facts.js';
import type { Folder, SuiteModel } from './model.js';
import type { PromptName } from './names.js';
import { type Plan } from './plans.js';
export interface Subject {
    /** Absolute path. */
    path: string;
    folder: Folder;
    prompt: PromptName;
    facts: Facts;
    model: SuiteModel;
}
/** The prompt a rule checks, or `undefined` for a file that is not a prompt (or has no path). */
export declare function subjectOf(file: VFile, model: SuiteModel): Subject | undefined;
/** A path as a message shows it: relative to the folder of the file, `/` separators. */
export declare function shown(from: string, target: string): string;
/** Absolute path of a file, or `undefined` for a file without a path (stdin). */
export declare function filePath(file: VFile): string | undefined;
/**
 * The plan a rule checks, or `undefined` for a file that is no plan (a red,
 * green or foundation prompt, a document naming fewer than two prompt files, or
 * beside no prompt naming none of the repository's).
 * The plan is read from the file's own text (the buffer).
 */
export declare function planOf(file: VFile, model: SuiteModel): Plan | undefined;
