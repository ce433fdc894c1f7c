export type Options = Record<string, never>;
declare const rule: import("../src/engine/rule.js").RulePlugin<Options>;
export default rule;
/** Whether two names name one component, leniently. */
export declare function sameComponent(a: string, b: string): boolean;
export declare function componentKey(name: string): string;
