import { type PromptName } from '../src/suite/names.js';
import type { Folder } from '../src/suite/model.js';
export type Options = Record<string, never>;
declare const rule: import("../src/rule.js").RulePlugin<Options>;
export default rule;
/** The prompt a broken link evidently meant: same slug and kind, else same number and kind, when exactly one. */
export declare function meantBy(folder: Folder, wanted: PromptName): PromptName | undefined;
