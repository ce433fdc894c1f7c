/**
 * Text from a repository (paths, headings, link targets) or from an API that
 * reaches a terminal or a CI log is neutralised here, once: control characters
 * become visible escapes, and no line can start a workflow command.
 *
 * The Actions runner splits its log on `\r` and `\n`, trims leading white space
 * and reads `::name props::data` (or the legacy `##[name]data`) as a command; a
 * terminal obeys escape sequences. Neither may be reachable from a file name.
 */
/** `text` with every control character shown as an escape (`\n`, `\r`, `\x1b`, `\u2028`). */
export declare function escapeControls(text: string): string;
/** A whole output line made safe: controls escaped, and a leading `::` or `##[` broken with a backslash. */
export declare function safeLine(text: string): string;
