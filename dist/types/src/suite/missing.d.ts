/**
 * A prompt name that is not on disk (a broken link, a stale plan entry): the
 * prompt it evidently means now, and whether another rule already reports its
 * absence (one cause, one finding).
 */
import type { Folder, SuiteModel } from './model.js';
import { type PromptName } from './names.js';
/**
 * The prompt a missing name evidently means: same slug and kind, else same number (and
 * numbered variant: `prompt_00_1_…`) and kind, when exactly one.
 */
export declare function meantBy(folder: Folder, wanted: PromptName): PromptName | undefined;
export interface Missing {
    /** The rule that reports this name's absence on a prompt, when one does. */
    reportedBy: 'file-name' | 'pair' | 'preprompt' | 'numbering-gap' | 'numbering' | undefined;
    /** The prompt the name evidently means now. */
    meant: PromptName | undefined;
}
/**
 * What a missing name in a suite folder stands for:
 * - the expected name of a misnamed prompt (`file-name` reports the prompt);
 * - the missing partner of a red or green, or the name a green with its red's
 *   slug would have (`pair`);
 * - the preprompt of a suite that has none (`preprompt`);
 * - a number that is a gap in the numbering (`numbering-gap`) or that two steps
 *   share (`numbering`).
 */
export declare function missing(model: SuiteModel, folder: Folder, wanted: PromptName): Missing;
