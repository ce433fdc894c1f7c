/**
 * Text from a repository (paths, headings, link targets) or from an API that
 * reaches a terminal or a CI log is neutralised here, once: control characters
 * become visible escapes, and no line can start a workflow command.
 *
 * The Actions runner splits its log on `\r` and `\n`, trims leading white space
 * and reads `::name props::data` (or the legacy `##[name]data`) as a command; a
 * terminal obeys escape sequences. Neither may be reachable from a file name.
 */

// C0 and C1 controls, DEL, the Unicode line and paragraph separators and the
// bidirectional overrides that reorder what a reader sees.
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const named: Record<string, string> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'}

/** `text` with every control character shown as an escape (`\n`, `\r`, `\x1b`, `\u2028`). */
export function escapeControls(text: string): string {
  return text.replace(unsafe, (char) => {
    const code = char.charCodeAt(0)
    return (
      named[char] ??
      (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`)
    )
  })
}

/** A whole output line made safe: controls escaped, and a leading `::` or `##[` broken with a backslash. */
export function safeLine(text: string): string {
  const line = escapeControls(text)
  const lead = /^\s*/.exec(line)?.[0] ?? ''
  const rest = line.slice(lead.length)
  return rest.startsWith('::') || rest.startsWith('##[') ? `${lead}\\${rest}` : line
}
