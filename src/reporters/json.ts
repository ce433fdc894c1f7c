/**
 * `json`: eslint-shaped. One entry per linted file, with or without messages:
 * `{filePath, messages, errorCount, warningCount}`, `filePath` relative to the
 * working directory; each message
 * `{ruleId, severity (1 warning, 2 error), line, column, endLine, endColumn, message}`
 * plus `url` (the rule's docs) and `relatedLocations` (the other file of a
 * cross-file finding, when there is one).
 */
import type {Reporter} from './types.js'
import {placeOf, relatedOf, relativePath, safeJson, severity, sortedMessages} from './common.js'

export interface JsonMessage {
  ruleId: string | null
  severity: 1 | 2
  line: number
  column: number
  endLine?: number
  endColumn?: number
  message: string
  url?: string
  relatedLocations?: Array<{
    filePath: string
    line: number
    column: number
    endLine?: number
    endColumn?: number
    message: string
  }>
}

export interface JsonResult {
  filePath: string
  messages: JsonMessage[]
  errorCount: number
  warningCount: number
}

export const json: Reporter = (files, context) => {
  const results: JsonResult[] = files.map((file) => {
    const messages = sortedMessages(file).map((message): JsonMessage => {
      const place = placeOf(message)
      const related = relatedOf(message)
      return {
        ruleId: message.ruleId ?? null,
        severity: severity(message) === 'error' ? 2 : 1,
        line: place.line,
        column: place.column,
        ...(place.endLine === undefined
          ? {}
          : {endLine: place.endLine, endColumn: place.endColumn}),
        message: message.reason,
        ...(message.url ? {url: message.url} : {}),
        ...(related
          ? {
              relatedLocations: [
                {
                  filePath: relativePath(context.cwd, related.file),
                  line: related.line,
                  column: related.column,
                  ...(related.endLine === undefined
                    ? {}
                    : {endLine: related.endLine, endColumn: related.endColumn}),
                  message: related.message
                }
              ]
            }
          : {})
      } as JsonMessage
    })
    return {
      filePath: relativePath(context.cwd, file.path),
      messages,
      errorCount: messages.filter((message) => message.severity === 2).length,
      warningCount: messages.filter((message) => message.severity === 1).length
    }
  })
  return safeJson(results) + '\n'
}
