/** Prompt file names: see `suite/names.ts` (kept here for the modules that import it by this path). */
export * from './suite/names.js';
import { type PromptName } from './suite/names.js';
/** The canonical name of the partner of a red or green prompt. */
export declare function partnerName(prompt: PromptName): string;
