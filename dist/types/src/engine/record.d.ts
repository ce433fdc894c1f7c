import type { SuiteModel } from '../suite/model.js';
/** One question and the hash of its answer. */
export type Dependency = [question: string, answer: string];
export interface Recorder {
    /** The model to hand the rules: the real one, watched. */
    model: SuiteModel;
    /** Start collecting the questions of one file. */
    begin(): void;
    /** The questions asked since `begin`, in the order first asked. */
    end(): Dependency[];
}
/** Watch a model: the questions asked of it between `begin` and `end`. */
export declare function recorder(target: SuiteModel): Recorder;
/**
 * Ask a model a recorded question again: the hash of today's answer. `undefined`
 * when the question is not one this model can answer (a cache of another version).
 */
export declare function answer(model: SuiteModel, question: string, hashes?: WeakMap<object, string>): string | undefined;
