/** How a house-style finding states its evidence. */
import type { Evidence } from './model.js';
import type { Kind } from './names.js';
/** `as 27 of 30 green prompts here have`. */
export declare function evidence(found: Evidence, kind: Kind): string;
/** `a` or `an` before a name as it is read aloud (`an Objective`, `a Persona`, `a Unit`). */
export declare function article(name: string): 'a' | 'an';
