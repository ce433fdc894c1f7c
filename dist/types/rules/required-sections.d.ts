import { type Kind } from '../src/suite/names.js';
export interface Options {
    sections: Partial<Record<Kind, string[]>>;
    aliases: Record<string, string[]>;
}
declare const rule: import("../src/engine/rule.js").RulePlugin<Options>;
export default rule;
