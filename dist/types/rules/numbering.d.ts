/**
 * ## numbering
 *
 * Checks that no two steps of a suite share a number: one pair (or one
 * foundation step) per number.
 *
 * A step is a red and green pair with one slug, or a foundation prompt. Where two
 * steps share a number, the one that sorts later is reported once (on its red,
 * else its first file), naming the other. A red and a green of one number whose
 * slugs differ are one pair with a slug mismatch (`pair` reports it), not two
 * steps.
 *
 * ### Why
 *
 * The numbers are the order in which the prompts are run: a shared number leaves
 * the order undefined.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Renumber one of the steps (`tdd-prompt-lint renumber`).
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md", "listing": {"orchestration": ["prompt_01_config_generator_red.md", "prompt_01b_config_generator_green.md", "prompt_02_conductor_red.md", "prompt_02b_conductor_green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 01: Unit Tests for ConfigGenerator**
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md", "listing": {"orchestration": ["prompt_01_config_generator_red.md", "prompt_01b_config_generator_green.md", "prompt_01_conductor_red.md", "prompt_01b_conductor_green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 01: Unit Tests for ConfigGenerator**
 *   ```
 *
 *   ```text
 *   1:1: Unexpected number `01` shared with `prompt_01_conductor_red.md`, expected one step per number
 *   ```
 */
import { type PromptName } from '../src/suite/names.js';
export type Options = Record<string, never>;
declare const rule: import("../src/engine/rule.js").RulePlugin<Options>;
export default rule;
/**
 * The steps among prompts of one number: by slug, except that a lone red and a
 * lone green with different slugs are one pair.
 */
export declare function stepsOf(prompts: PromptName[]): PromptName[][];
