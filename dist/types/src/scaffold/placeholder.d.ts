/**
 * The placeholder `init` and `new` leave where the author has text to write: an
 * HTML comment that starts with `fill in` (`<!-- fill in: Who the model is while
 * it writes this. -->`). It renders as nothing, so a scaffold reads cleanly, and
 * the `placeholder` rule reports any left behind.
 */
import type { Root } from 'mdast';
/** `<!-- fill in: hint -->`, or `<!-- fill in -->` with no hint. */
export declare function placeholder(hint?: string): string;
export interface Placeholder {
    /** Offset of `<!--` in the text. */
    offset: number;
    /** Length up to and including `-->`. */
    length: number;
    /** What the comment says, white space folded (`fill in: Who the model is…`). */
    text: string;
}
/** The placeholders in a text (an HTML node's value), in order; one pass. */
export declare function placeholders(text: string): Placeholder[];
interface Point {
    line: number;
    column: number;
}
/** The placeholders of a parsed file, with their places: HTML nodes only, so none shown in code. */
export declare function placeholdersIn(tree: Root): Array<{
    text: string;
    start: Point;
    end: Point;
}>;
export {};
