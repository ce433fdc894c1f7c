/**
 * Lint results across threads: a worker sends each linted file as plain data
 * (what the reporters read of it), and the main thread rebuilds a real `VFile`
 * with real `VFileMessage`s, made the way the engine and the rules make them, so
 * that every reporter gets the same objects whichever thread linted the file.
 */
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {dependenciesOf, setDependencies} from './lint.js'
import type {Dependency} from './record.js'

type Place = VFileMessage['place']

/** The related location of a cross-file finding (a message's `cause`). */
export interface TransferredCause {
  /** Absolute path of the other file. */
  file: string
  reason: string
  place: Place
}

export interface TransferredMessage {
  reason: string
  line: number | undefined
  column: number | undefined
  place: Place
  ruleId: string | undefined
  source: string | undefined
  url: string | undefined
  fatal: boolean | null | undefined
  /** The replacement for the message's range, when it has one (a quick fix, `--fix`). */
  expected?: string[]
  cause?: TransferredCause
}

export interface TransferredFile {
  /** Absolute path. */
  path: string
  messages: TransferredMessage[]
  /** What the findings depend on outside the file, when its linter recorded it (`--cache`). */
  dependencies?: Dependency[]
}

/** A linted file as plain, structured-clone-safe data. */
export function toTransfer(file: VFile): TransferredFile {
  const dependencies = dependenciesOf(file)
  return {
    path: file.path,
    ...(dependencies ? {dependencies} : {}),
    messages: file.messages.map((message) => {
      const data: TransferredMessage = {
        reason: message.reason,
        line: message.line,
        column: message.column,
        place: message.place,
        ruleId: message.ruleId,
        source: message.source,
        url: message.url,
        fatal: message.fatal
      }
      if (message.expected) data.expected = [...message.expected]
      // Only a related location (a message whose `file` names the other file) is
      // read by the reporters; any other cause (an error a rule threw) stays behind.
      const cause = message.cause as Partial<VFileMessage> | undefined
      if (cause && typeof cause === 'object' && typeof cause.file === 'string' && cause.file) {
        data.cause = {
          file: cause.file,
          reason: typeof cause.reason === 'string' ? cause.reason : '',
          place: cause.place
        }
      }
      return data
    })
  }
}

/** Rebuild the `VFile` a worker linted, as the engine would have returned it. */
export function fromTransfer(data: TransferredFile, cwd: string): VFile {
  const file = new VFile({path: data.path, cwd})
  for (const item of data.messages) {
    let cause: VFileMessage | undefined
    if (item.cause) {
      cause = new VFileMessage(item.cause.reason, {place: item.cause.place})
      cause.file = item.cause.file
    }
    const message = file.message(item.reason, {
      place: item.place,
      ruleId: item.ruleId,
      source: item.source,
      cause
    })
    message.line = item.line
    message.column = item.column
    message.fatal = item.fatal
    message.url = item.url
    if (item.expected) message.expected = item.expected
  }
  if (data.dependencies) setDependencies(file, data.dependencies)
  return file
}
