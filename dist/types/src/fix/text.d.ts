/**
 * Replacing ranges of a file's text without touching any other byte: positions
 * are lines and columns of the text as the linter read it (a byte order mark
 * removed), and the mark and every line ending are kept as they are.
 */
/** One replacement: the text in `[start, end)` (offsets into the text without its BOM) becomes `text`. */
export interface Replacement {
    start: number;
    end: number;
    text: string;
    /** What asked for it, for a conflict's message. */
    why: string;
}
/** A 1-based line and column, as the rules and the line scanner give them. */
export interface Point {
    line: number;
    column: number;
}
/** A file's text split into its byte order mark and the rest. */
export declare function splitBom(raw: string): {
    bom: string;
    body: string;
};
/** Offsets where each line starts (any of `\r\n`, `\r`, `\n` ends a line). */
export declare function lineStarts(body: string): number[];
/** The offset of a point, or `undefined` when the text has no such line or column. */
export declare function offsetOf(starts: number[], body: string, point: Point): number | undefined;
/** Replacements sorted and checked: identical duplicates merged; overlapping ones are a conflict (its reason). */
export declare function normalize(replacements: Replacement[]): Replacement[] | string;
/** Apply sorted, non-overlapping replacements to a body. */
export declare function applyReplacements(body: string, replacements: Replacement[]): string;
