/**
 * Requirement IDs as text: the words of a line shaped like an ID (`L1-2.2`,
 * `FR-3.2`, `REQ-012`, `L2.1`), and the lines of a requirement document that
 * define one (a table row whose first cell is an ID, a heading or a line that
 * starts with one). Which words are citations is decided later, by the scheme
 * the requirement documents of a scope define (src/suite/requirements.ts).
 *
 * Every scan is a loop over the line's characters, each read a bounded number
 * of times: no pattern here can backtrack.
 */
/** A word shaped like an ID, where it stands on its line (1-based column). */
export interface IdWord {
    value: string;
    column: number;
}
/** An ID a line defines: as written, and the text after it on the line. */
export interface IdDefinition {
    /** `1.1` (a bare table cell) or an explicit `L2-3.1`, `FR-3.2`, `REQ-012`. */
    id: string;
    /** The rest of the line, markup included. */
    rest: string;
    form: 'row' | 'heading' | 'line';
}
/** An explicit ID split in its parts: `SYS-REQ` `-` `001`. */
export interface IdParts {
    prefix: string;
    separator: string;
    number: string;
}
/**
 * The words of a line shaped like an ID: a run of letters and digits, joined by
 * `-`, `_` or `.`, that starts with a capital letter after a non-word
 * character and holds a digit.
 */
export declare function idWords(raw: string): IdWord[];
/**
 * An explicit ID at the start of `text`: a capital letter, capitals and digits
 * (segments joined by `-`/`_` for a prefix like `SYS-REQ`), then `-` or `_`
 * and a dotted number (`L3-1.1`, `REQ-012`, `NFR-1`). `undefined` when `text`
 * does not start with one, or the ID runs on into a word.
 */
export declare function explicitId(text: string): IdParts | undefined;
/** The ID a line of text defines: a table row whose first cell is one, or a line (a list item) that starts with one. */
export declare function definitionLine(raw: string): IdDefinition | undefined;
/** The ID a heading's text starts with: `L3-1.1 Configuration`, `**FR-3.2: Export**`. */
export declare function definitionHeading(source: string): IdDefinition | undefined;
