import type { Reporter } from './types.js';
/** Escape a workflow command's message (then any other control, visibly). */
export declare function escapeData(value: string): string;
/** Escape a workflow command's property value. */
export declare function escapeProperty(value: string): string;
export declare const github: Reporter;
