/**
 * Inline control, the remark way: `<!--lint disable pair-->`,
 * `<!--lint enable pair-->`, `<!--lint ignore title-->` (the next node only) and
 * the same without rule ids (every rule). Rule ids may carry our prefix
 * (`tdd-prompt-lint:pair`). Runs after the rules: it filters the file's messages,
 * so a suite-level finding that lands on a file obeys that file's comments.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
declare const inlineControl: Plugin<[], Root>;
export default inlineControl;
