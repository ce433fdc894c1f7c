import { type PrepromptOptions } from '../src/preprompt.js';
export type Options = PrepromptOptions;
declare const rule: import("../src/rule.js").RulePlugin<PrepromptOptions>;
export default rule;
