import type { PluggableList } from 'unified';
export type Level = 'off' | 'warn' | 'error' | 0 | 1 | 2;
export type RuleSetting = Level | [Level, object?];
/** The plugins for rule settings (rule id → level, or level and options). Throws for an unknown rule. */
export declare function lintPlugins(settings?: Record<string, RuleSetting>): PluggableList;
