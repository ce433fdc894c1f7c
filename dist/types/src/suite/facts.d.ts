/**
 * What the suite model knows of a prompt's text, read line by line: its title,
 * its sections (headings and bold labels), its TDD phase, the test files, links,
 * prompt names and requirement IDs it mentions. One pass, no markdown tree, so
 * the model can read every prompt of a repository cheaply; the same function
 * reads the file being linted, so a file alone and a file among its repository
 * are judged by the same facts.
 *
 * What counts:
 * - a heading is an ATX (`## x`) or setext heading outside fenced code and HTML
 *   comments;
 * - a label is a line that starts a paragraph with bold text ending in a colon
 *   (`**Objective:** …`, `**TDD Phase**: Red`);
 * - a section name compares without emphasis, backslash escapes, leading
 *   numbering (`2.`, `2.1`), a trailing colon or a trailing parenthetical.
 */
export interface Place {
    line: number;
    column: number;
}
export interface Span extends Place {
    endLine: number;
    endColumn: number;
}
export interface Section extends Span {
    /** Name as compared: lower case, no emphasis, numbering, colon or parenthetical. */
    key: string;
    /** Name as written, emphasis and escapes removed. */
    text: string;
    /** `0` for a label, else the heading depth. */
    depth: number;
    /** Nothing but blank lines and comments before the next section of the same or a higher level. */
    empty: boolean;
}
export interface Title extends Span {
    /** Title text without emphasis or escapes. */
    text: string;
    /** `Prompt NN` in the title, when there is one. */
    number?: number | undefined;
    /** Where the number's digits stand. */
    numberPlace?: Span | undefined;
    /** What the title says the prompt is for: `Unit Tests` in `Prompt 01: Unit Tests for X`. */
    subject?: string | undefined;
    /** The component in `… for <Component>`. */
    component?: string | undefined;
}
export interface Phase extends Span {
    /** The value after the label, as written (`Green (Write the code…)`). */
    value: string;
    /** First word, lower case (`green`). */
    word: string;
}
export interface Mention extends Span {
    value: string;
}
/** A prompt file name mentioned in the text. */
export interface NameMention extends Mention {
    /** The folder written before the name (`testdata/`, `../deployment/`), `''` for a bare name. */
    folder: string;
    /** Written after `/`-less text that is not a relative path (a url, an absolute path). */
    external: boolean;
    /**
     * What the line says of the name, plain text: the text after it up to the next
     * name on the line, else the text before it back to the previous name.
     */
    description: string;
}
/** A markdown file name written in the text: a link, a heading or prose (code spans, bold, plain, escaped). */
export interface FileMention extends Mention {
    /** The folder written before the name (`docs/`, `../x/`, a url's head), `''` for a bare name. */
    folder: string;
    /** Part of a url or an absolute path: no reference to a file of the repository. */
    external: boolean;
    /** In a link (its destination or its text), a heading, a heading that is only a file name (`label`), or prose. */
    where: 'link' | 'heading' | 'label' | 'text';
    /** The key of the section it stands under (`dependencies`), `''` before any. */
    section: string;
    /** On a list item or a table row (a plan's entry, a dependency). */
    listed: boolean;
}
/** A table row, heading or line that defines a requirement: its ID and its text. */
export interface RequirementRow extends Span {
    /** The ID as written, emphasis removed: `1.1`, `L2-3.1`, `FR-3.2`. */
    id: string;
    /**
     * Plain text: the rest of a table row; for a heading or a line, the rest of it
     * and the text under it (up to the next definition, heading, table or rule).
     */
    text: string;
    form: 'row' | 'heading' | 'line';
}
export interface Facts {
    /** Nothing but white space (and comments). */
    blank: boolean;
    title: Title | undefined;
    sections: Section[];
    phase: Phase | undefined;
    /**
     * Test files named in code spans or plain text, `\_` escapes removed (`x_test.go`,
     * `x.test.ts`, `test_x.py`, `x_spec.rb`…).
     */
    testFiles: Mention[];
    /** Link and definition destinations (`[a](b)`, `[a]: b`). */
    links: Mention[];
    /** Prompt file names mentioned anywhere outside fenced code, `\_` escapes removed. */
    promptNames: NameMention[];
    /** Markdown file names (prompt files or not) mentioned outside fenced code, `\_` escapes removed. */
    fileNames: FileMention[];
    /**
     * Words shaped like a requirement ID (`L1-2.2`, `FR-3.2`, `L2.1`): which of
     * them cite a requirement is decided by the scheme of the requirement
     * documents in scope.
     */
    requirements: Mention[];
    /** The test kinds the title or the first paragraphs state (`unit`, `integration`…). */
    testKinds: string[];
    /**
     * What defines requirements: table rows whose first cell is an ID (`1.1`,
     * `**2.3**`, `L2-3.1`), headings (`### L3-1.1 Configuration`) and lines
     * (`* **FR-3.2** The system shall…`) that start with an explicit ID.
     */
    requirementRows: RequirementRow[];
    /** Lines of the text, for rules that quote a line. */
    lineCount: number;
}
/** Emphasis markers and backslash escapes removed, white space folded. */
export declare function plainText(text: string): string;
/** A section name as compared: no emphasis, escapes, numbering, trailing colon or parenthetical. */
export declare function sectionKey(text: string): string;
/**
 * An ATX heading: its depth and text, the closing sequence removed (`## x ##` →
 * 2, `x`), as `/^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$/` reads it, but linearly.
 */
export declare function atxHeading(raw: string): {
    depth: number;
    text: string;
} | undefined;
/**
 * Link destinations in a line (`](target)`, `](<target> "title")`), as
 * `/\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g` finds them, but linearly: a
 * destination stops at a `]` (a line of `](` would otherwise rescan the rest of
 * the line from each one), and the next `)` is looked up once per run.
 */
export declare function linkDestinations(raw: string): Array<{
    value: string;
    index: number;
    end: number;
}>;
/** Read a prompt's text. */
export declare function readFacts(text: string): Facts;
/** Every test kind a text can state, in that order (`new --kind` takes these). */
export declare const testKindNames: readonly string[];
/** The test kinds a text states (`unit`, `integration`, `pre-flight`…), in a fixed order. */
export declare function testKindsOf(text: string): string[];
