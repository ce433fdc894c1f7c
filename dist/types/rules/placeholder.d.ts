export type Options = Record<string, never>;
declare const rule: import("../src/engine/rule.js").RulePlugin<Options>;
export default rule;
