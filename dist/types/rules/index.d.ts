/** Every rule, in the order the README lists them. */
import type { RulePlugin } from '../src/engine/rule.js';
export declare const rules: RulePlugin<object>[];
/** Rules whose findings are warnings unless configuration says otherwise. */
export declare const warnings: ReadonlySet<string>;
