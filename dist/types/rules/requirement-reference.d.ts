import { type RequirementOptions } from '../src/suite/requirements.js';
export type Options = RequirementOptions;
declare const rule: import("../src/engine/rule.js").RulePlugin<RequirementOptions>;
export default rule;
