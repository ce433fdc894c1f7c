/**
 * `github`: GitHub Actions workflow commands, one annotation per message:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule id>::<message>`
 * (`::warning` for warnings), paths relative to the working directory (run from
 * the repository root so they resolve). Prints nothing for a clean run.
 *
 * Data and properties are escaped as the runner reads them (@actions/core's
 * `escapeData` and `escapeProperty`: `%`, CR and LF, and in properties `:` and
 * `,`), so a message or path cannot end its command or start another; other
 * controls are shown as visible escapes.
 */
import {escapeControls} from '../io/escape.js'
import type {Reporter} from './types.js'
import {placeOf, relativePath, severity, sortedMessages} from './common.js'

/** Escape a workflow command's message (then any other control, visibly). */
export function escapeData(value: string): string {
  return escapeControls(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'))
}

/** Escape a workflow command's property value. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export const github: Reporter = (files, context) => {
  let out = ''
  for (const file of files) {
    const name = relativePath(context.cwd, file.path)
    for (const message of sortedMessages(file)) {
      const place = placeOf(message)
      const properties: Array<[string, string | number | undefined]> = [
        ['file', name],
        ['line', place.line],
        ['col', place.column],
        ['endLine', place.endLine],
        ['endColumn', place.endColumn],
        ['title', message.ruleId]
      ]
      const list = properties
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',')
      out += `::${severity(message)} ${list}::${escapeData(message.reason)}\n`
    }
  }
  return out
}
