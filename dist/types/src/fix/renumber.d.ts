import type { SuiteModel } from '../suite/model.js';
import { type PlanResult, type Reader } from './plan.js';
export interface RenumberOptions {
    /** Make room at this number instead of closing gaps. */
    insertAt?: number;
    read?: Reader;
    /** Shown in reasons. */
    cwd?: string;
}
/** The renames and edits that renumber the prompts of `dir`. */
export declare function planRenumber(model: SuiteModel, dir: string, options?: RenumberOptions): PlanResult;
/** A prompt file name with its number replaced (two digits at least), all else as written. */
export declare function withNumber(name: string, number: number): string | undefined;
