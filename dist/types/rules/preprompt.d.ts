import { type PrepromptOptions } from '../src/config/preprompt.js';
export type Options = PrepromptOptions;
declare const rule: import("../src/engine/rule.js").RulePlugin<PrepromptOptions>;
export default rule;
