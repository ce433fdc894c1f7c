/**
 * `github`: GitHub Actions workflow commands, one annotation per message:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule id>::<message>`
 * (`::warning` for warnings), paths relative to the working directory (run from
 * the repository root so they resolve). Prints nothing for a clean run. Places
 * follow one convention with the Action's annotations (`annotationRange`): the
 * end column is the last column, and columns are given on a one-line range only.
 *
 * Data and properties are escaped as the runner reads them (@actions/core's
 * `escapeData` and `escapeProperty`: `%`, CR and LF, and in properties `:` and
 * `,`), so a message or path cannot end its command or start another; other
 * controls are shown as visible escapes.
 */
import {escapeControls} from '../io/escape.js'
import type {Reporter} from './types.js'
import {placeOf, relativePath, severity, sortedMessages, type Place} from './common.js'

/** Where an annotation lands, as GitHub takes it. */
export interface AnnotationRange {
  startLine: number
  endLine: number
  /** Only on a one-line range: GitHub refuses columns on a range over several lines. */
  startColumn: number | undefined
  /** The last column of the range (unist ends are one past it). */
  endColumn: number | undefined
}

/** A message's place as an annotation's range: the one convention of the CLI's `github` format and the Action. */
export function annotationRange(place: Place): AnnotationRange {
  const startLine = Math.max(place.line, 1)
  const endLine = Math.max(place.endLine ?? startLine, startLine)
  const startColumn = Math.max(place.column, 1)
  const oneLine = startLine === endLine
  const endColumn =
    place.endColumn !== undefined ? Math.max(place.endColumn - 1, startColumn) : startColumn
  return {
    startLine,
    endLine,
    startColumn: oneLine ? startColumn : undefined,
    endColumn: oneLine ? endColumn : undefined
  }
}

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
      const range = annotationRange(placeOf(message))
      const properties: Array<[string, string | number | undefined]> = [
        ['file', name],
        ['line', range.startLine],
        ['col', range.startColumn],
        ['endLine', range.endLine],
        ['endColumn', range.endColumn],
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
