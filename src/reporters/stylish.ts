/**
 * `stylish`, the default: like eslint's. A header per file with problems (its
 * path relative to the working directory), one line per message
 * (`line:col  severity  message  rule-id`, columns aligned), and a summary line
 * (`✖ 3 problems (2 errors, 1 warning)`). A clean run prints one line,
 * `✔ No problems (N files checked)` (`✔ No errors (N files checked, M warnings
 * hidden by --quiet)` when `--quiet` left warnings out). Colour only when `context.color` is set.
 * Paths and messages come from the repository: their controls are escaped and
 * no line can start a CI workflow command (src/io/escape.ts).
 */
import {escapeControls, safeLine} from '../io/escape.js'
import type {Reporter} from './types.js'
import {count, placeOf, plural, relativePath, severity, sortedMessages} from './common.js'

const codes = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39]
} as const

type Style = keyof typeof codes

export const stylish: Reporter = (files, context) => {
  const paint = (text: string, ...styles: Style[]) =>
    context.color
      ? styles.reduce(
          (value, style) => `\u001B[${codes[style][0]}m${value}\u001B[${codes[style][1]}m`,
          text
        )
      : text
  const lines: string[] = []
  for (const file of files) {
    if (file.messages.length === 0) continue
    const rows = sortedMessages(file).map((message) => {
      const place = placeOf(message)
      return {
        place: `${place.line}:${place.column}`,
        severity: severity(message),
        reason: escapeControls(message.reason.replace(/\s*[\r\n]+\s*/g, ' ')),
        rule: escapeControls(message.ruleId ?? '')
      }
    })
    const width = (key: 'place' | 'severity' | 'reason') =>
      Math.max(...rows.map((row) => row[key].length))
    const placeWidth = width('place')
    const severityWidth = width('severity')
    const reasonWidth = width('reason')
    lines.push('', paint(safeLine(relativePath(context.cwd, file.path)), 'underline'))
    for (const row of rows) {
      const level = row.severity.padEnd(severityWidth)
      const columns = [
        '  ' + paint(row.place.padEnd(placeWidth), 'dim'),
        paint(level, row.severity === 'error' ? 'red' : 'yellow'),
        row.rule ? row.reason.padEnd(reasonWidth) : row.reason,
        row.rule ? paint(row.rule, 'dim') : ''
      ]
      lines.push(columns.join('  ').trimEnd())
    }
  }
  const {errors, warnings} = count(files)
  const total = errors + warnings
  if (total === 0) {
    const hidden = context.hiddenWarnings ?? 0
    return hidden > 0
      ? paint('✔', 'green') +
          ` No errors (${plural(files.length, 'file')} checked, ${plural(hidden, 'warning')} hidden by --quiet)\n`
      : paint('✔', 'green') + ` No problems (${plural(files.length, 'file')} checked)\n`
  }
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`
  lines.push('', paint(summary, 'bold', errors > 0 ? 'red' : 'yellow'))
  return lines.join('\n') + '\n'
}
