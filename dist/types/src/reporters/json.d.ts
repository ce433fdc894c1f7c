/**
 * `json`: eslint-shaped. One entry per linted file, with or without messages:
 * `{filePath, messages, errorCount, warningCount}`, `filePath` relative to the
 * working directory; each message
 * `{ruleId, severity (1 warning, 2 error), line, column, endLine, endColumn, message}`
 * plus `url` (the rule's docs) and `relatedLocations` (the other file of a
 * cross-file finding, when there is one).
 */
import type { Reporter } from './types.js';
export interface JsonMessage {
    ruleId: string | null;
    severity: 1 | 2;
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
    message: string;
    url?: string;
    relatedLocations?: Array<{
        filePath: string;
        line: number;
        column: number;
        endLine?: number;
        endColumn?: number;
        message: string;
    }>;
}
export interface JsonResult {
    filePath: string;
    messages: JsonMessage[];
    errorCount: number;
    warningCount: number;
}
export declare const json: Reporter;
