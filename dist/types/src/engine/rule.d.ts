/**
 * `defineRule`: a unified-lint-rule plugin with an id, a docs url and options
 * validated by a JSON Schema, defaults merged, so a rule's check always gets a
 * complete options object.
 */
import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import { type JsonSchema } from '../config/schema.js';
import { SuiteModel, type ModelSettings } from '../suite/model.js';
declare module 'unified' {
    interface Data {
        /** How the suite model of a run reads the suite (memory files, the scope's fallback root, configured preprompts). */
        tddPromptLint?: ModelSettings;
    }
}
export declare const source = "tdd-prompt-lint";
export declare const docsBase = "https://github.com/tdd-prompt-lint/tdd-prompt-lint/blob/main/docs/rules/";
export interface RuleMeta<Options> {
    /** Rule id: the file name, the `ruleId` and the configuration key. */
    id: string;
    /** One sentence: what the rule checks (the first paragraph of its docs). */
    description: string;
    /** Docs url. */
    url: string;
    /** JSON Schema of the options object. */
    schema: JsonSchema;
    /** Complete default options. */
    defaults: Options;
}
export type RulePlugin<Options = unknown> = Plugin<[unknown?], Root> & {
    meta: RuleMeta<Options>;
};
/** Schema and defaults of a rule that takes no options. */
export declare const noOptions: {
    schema: JsonSchema;
    defaults: Record<string, never>;
};
/** Thrown for options that do not fit a rule's schema. */
export declare class OptionsError extends Error {
    name: string;
}
export declare function defineRule<Options extends object>(meta: {
    id: string;
    description: string;
    schema: JsonSchema;
    defaults: Options;
}, check: (tree: Root, file: VFile, options: Options, model: SuiteModel) => void): RulePlugin<Options>;
/**
 * The complete options a rule runs with for a configuration setting (`level`,
 * `[level]`, `[level, options]` or bare options): validated, merged over the
 * defaults the same way the rule merges them. Throws `OptionsError`.
 */
export declare function ruleOptions<Options extends object>(rule: {
    meta: RuleMeta<Options>;
}, setting: unknown): Options;
/** The suite model of a processor: one per processor, so one per run. */
export declare function modelOf(processor: Processor): SuiteModel;
/** Hand a processor's rules this model (a watched one: `--cache`) instead of a new one; before the processor is frozen. */
export declare function useModel(processor: Processor, model: SuiteModel): void;
