import type { SuiteModel } from './model.js';
import { type Citation, type Definition, type RequirementScope } from './requirements.js';
export type TraceStatus = 'uncovered' | 'not traced' | 'covered' | 'undefined';
export interface TraceRow {
    /** `L1-2.2`. */
    id: string;
    /**
     * - `uncovered`: binding (`shall`/`must`) and cited by no prompt;
     * - `not traced`: cited by no prompt, and not binding or in a document the prompts
     *   do not trace (fewer than half of its binding requirements cited);
     * - `covered`: cited by at least one prompt;
     * - `undefined`: cited, and defined by no document.
     */
    status: TraceStatus;
    /** Where it is defined (absent for `undefined`). */
    definition: Definition | undefined;
    /** Prompts that cite it (absolute), sorted, each once. */
    prompts: string[];
    /** Every citation, by file and line. */
    citations: Citation[];
}
/**
 * The matrix of a folder: the requirement scopes at or below it (else the one
 * it resolves IDs in), requirement → prompts that cite it, uncovered ones
 * first. Empty without requirement documents. A scope's prompts are cited
 * from wherever they are in the repository, as the rules count them.
 */
export declare function traceMatrix(model: SuiteModel, dir: string, words?: readonly string[]): TraceRow[];
/** The matrix of some requirement scopes (each one's citations are read when asked here). */
export declare function traceRows(scopes: readonly RequirementScope[]): TraceRow[];
export interface TraceCounts {
    requirements: number;
    binding: number;
    uncovered: number;
    undefined: number;
}
export declare function traceCounts(rows: TraceRow[]): TraceCounts;
/**
 * The matrix as text, paths relative to `cwd`:
 *
 *     L1-2.4  uncovered (must)  orchestration/l1_requirements.md:16
 *       The system must …
 *     L1-1.1  covered  orchestration/l1_requirements.md:9
 *       orchestration/prompt_01_config_generator_red.md
 */
export declare function formatTrace(rows: TraceRow[], cwd: string): string;
/** The matrix as a markdown table (a job summary): requirement, status, prompts. */
export declare function formatTraceMarkdown(rows: TraceRow[], cwd: string): string;
