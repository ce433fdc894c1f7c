import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
export type Severity = 'error' | 'warning';
/** A place in a file, 1-based; `end` when the message has a range. */
export interface Place {
    line: number;
    column: number;
    endLine?: number | undefined;
    endColumn?: number | undefined;
}
/** The other file a cross-file finding concerns (a message's `cause`). */
export interface RelatedLocation extends Place {
    /** Absolute path. */
    file: string;
    message: string;
}
/** `fatal: true` is an error; anything else is a warning. */
export declare function severity(message: VFileMessage): Severity;
/** A path relative to `cwd`, with `/` separators. */
export declare function relativePath(cwd: string, file: string): string;
/** Where a message lands (a file-level message without a place lands on 1:1). */
export declare function placeOf(message: VFileMessage): Place;
/** The related location a message carries in its `cause`, if any. */
export declare function relatedOf(message: VFileMessage): RelatedLocation | undefined;
/** A file's messages by line, then column (stable otherwise). */
export declare function sortedMessages(file: VFile): VFileMessage[];
export interface Counts {
    errors: number;
    warnings: number;
}
export declare function count(files: VFile[]): Counts;
/**
 * JSON for a terminal or a CI log: `JSON.stringify`'s, with DEL, the C1 controls,
 * the line and paragraph separators and the bidirectional overrides written as
 * `\uXXXX` too (the same JSON value, nothing a terminal or a reader obeys).
 */
export declare function safeJson(value: unknown): string;
/** `1 problem`, `3 problems`. */
export declare function plural(n: number, word: string): string;
