import type { FileMention } from './facts.js';
import type { SuiteModel } from './model.js';
export interface StaleReference {
    mention: FileMention;
    /** The name as written, with its folder, escapes removed. */
    written: string;
    /** The file it evidently means now (absolute), when one fits. */
    meant: string | undefined;
    /** The text that replaces the name as written (escapes kept), when exactly one file fits. */
    replacement: string | undefined;
}
/** Whether a mention names a file of the repository. */
export declare function found(model: SuiteModel, dir: string, mention: FileMention): boolean;
/**
 * The stale reference a mention is, or `undefined`. `strong`: the caller has
 * evidence that a non-prompt name is a file to provide (a plan's entry, a
 * dependency); without it such a name is stale only when a close name shows a
 * rename.
 */
export declare function staleReference(model: SuiteModel, dir: string, mention: FileMention, strong: boolean): StaleReference | undefined;
/**
 * The one name among `names` close enough to `name` to be its rename: the same
 * words in another spelling (`code_style.md` for `codestyle.md`), a few letters
 * apart, or (`loose`) one name inside the other. `undefined` for none or a tie.
 */
export declare function closest(name: string, names: string[], loose?: boolean): string | undefined;
/**
 * Whether a prompt of the folder (or of the suite above it) names `name`
 * outside its Dependencies: a file the suite generates, not one to provide.
 */
export declare function generated(model: SuiteModel, dir: string, name: string): boolean;
