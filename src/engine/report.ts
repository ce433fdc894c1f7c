/**
 * Places and related locations for rule messages.
 */
import path from 'node:path'
import type {Point} from 'unist'
import {VFileMessage} from 'vfile-message'

/** Where a finding about a whole file lands: its first line. */
export const start: Point = {line: 1, column: 1}

/**
 * A related location: the other file a finding concerns, carried as the
 * message's `cause` so reporters can point at both.
 */
export function related(
  dirOrSuite: string | {dir: string},
  name: string,
  reason: string,
  place: Point = start
): VFileMessage {
  const dir = typeof dirOrSuite === 'string' ? dirOrSuite : dirOrSuite.dir
  const message = new VFileMessage(reason, {place})
  message.file = path.resolve(dir, name)
  return message
}
