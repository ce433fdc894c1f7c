/**
 * What every reporter needs: paths relative to the working directory, a
 * severity per message, messages in reading order, and counts.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export type Severity = 'error' | 'warning'

/** A place in a file, 1-based; `end` when the message has a range. */
export interface Place {
  line: number
  column: number
  endLine?: number | undefined
  endColumn?: number | undefined
}

/** The other file a cross-file finding concerns (a message's `cause`). */
export interface RelatedLocation extends Place {
  /** Absolute path. */
  file: string
  message: string
}

/** `fatal: true` is an error; anything else is a warning. */
export function severity(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : 'warning'
}

/** A path relative to `cwd`, with `/` separators. */
export function relativePath(cwd: string, file: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file))
  return (relative || path.basename(file)).split(path.sep).join('/')
}

/** Where a message lands (a file-level message without a place lands on 1:1). */
export function placeOf(message: VFileMessage): Place {
  const at = message.place
  if (at && 'start' in at) {
    return {
      line: at.start.line,
      column: at.start.column,
      endLine: at.end.line,
      endColumn: at.end.column
    }
  }
  return {line: message.line ?? 1, column: message.column ?? 1}
}

/** The related location a message carries in its `cause`, if any. */
export function relatedOf(message: VFileMessage): RelatedLocation | undefined {
  const cause = message.cause as (Partial<VFileMessage> & {file?: unknown}) | undefined
  if (!cause || typeof cause !== 'object' || typeof cause.file !== 'string' || !cause.file) {
    return undefined
  }
  return {
    file: cause.file,
    message: typeof cause.reason === 'string' ? cause.reason : '',
    ...placeOf(cause as VFileMessage)
  }
}

/** A file's messages by line, then column (stable otherwise). */
export function sortedMessages(file: VFile): VFileMessage[] {
  return [...file.messages].sort((a, b) => {
    const left = placeOf(a)
    const right = placeOf(b)
    return left.line - right.line || left.column - right.column
  })
}

export interface Counts {
  errors: number
  warnings: number
}

export function count(files: VFile[]): Counts {
  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const message of file.messages) {
      if (severity(message) === 'error') errors++
      else warnings++
    }
  }
  return {errors, warnings}
}

// JSON.stringify escapes C0 controls; these it leaves as they are.
const unsafeInJson = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/**
 * JSON for a terminal or a CI log: `JSON.stringify`'s, with DEL, the C1 controls,
 * the line and paragraph separators and the bidirectional overrides written as
 * `\uXXXX` too (the same JSON value, nothing a terminal or a reader obeys).
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    unsafeInJson,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/** `1 problem`, `3 problems`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
