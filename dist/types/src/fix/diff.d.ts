import type { FixPlan, Reader } from './plan.js';
/** The plan, as `--fix-dry-run` and `renumber --dry-run` print it. */
export declare function formatPlan(plan: FixPlan, cwd: string, read?: Reader): string;
/** A one-line summary per change, for `--fix` (stderr) and `renumber` (stdout). */
export declare function summarize(plan: FixPlan, cwd: string): string;
