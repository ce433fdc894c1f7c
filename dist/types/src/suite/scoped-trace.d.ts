import type { SuiteModel } from './model.js';
import { type TraceRow } from './trace.js';
/**
 * The requirements trace of the suites in scope, from the run's suite model: the
 * requirements a prompt of these suites cites, and the ones no prompt covers that
 * are defined in the requirement documents nearest above each suite (its own
 * folder's, else the nearest folder above that has some), with the citing
 * prompts of these suites. Other packages' requirements and prompts are neither
 * shown nor read.
 */
export declare function traceInScope(model: SuiteModel, suites: string[], words?: readonly string[]): TraceRow[];
