/**
 * The placeholder `init` and `new` leave where the author has text to write: an
 * HTML comment that starts with `fill in` (`<!-- fill in: Who the model is while
 * it writes this. -->`). It renders as nothing, so a scaffold reads cleanly, and
 * the `placeholder` rule reports any left behind.
 */

import type {Html, Root} from 'mdast'

/** `<!-- fill in: hint -->`, or `<!-- fill in -->` with no hint. */
export function placeholder(hint?: string): string {
  return hint ? `<!-- fill in: ${hint} -->` : '<!-- fill in -->'
}

export interface Placeholder {
  /** Offset of `<!--` in the text. */
  offset: number
  /** Length up to and including `-->`. */
  length: number
  /** What the comment says, white space folded (`fill in: Who the model is…`). */
  text: string
}

/** The placeholders in a text (an HTML node's value), in order; one pass. */
export function placeholders(text: string): Placeholder[] {
  const found: Placeholder[] = []
  for (let at = text.indexOf('<!--'); at !== -1;) {
    const end = text.indexOf('-->', at + 4)
    if (end === -1) break
    const inner = text
      .slice(at + 4, end)
      .replace(/\s+/g, ' ')
      .trim()
    if (/^fill in\b/i.test(inner)) found.push({offset: at, length: end + 3 - at, text: inner})
    at = text.indexOf('<!--', end + 3)
  }
  return found
}

interface Point {
  line: number
  column: number
}

/** The placeholders of a parsed file, with their places: HTML nodes only, so none shown in code. */
export function placeholdersIn(tree: Root): Array<{text: string; start: Point; end: Point}> {
  const found = []
  for (const node of htmlNodes(tree)) {
    const start = node.position?.start
    if (!start) continue
    for (const each of placeholders(node.value)) {
      found.push({
        text: each.text,
        start: placeAt(node.value, each.offset, start),
        end: placeAt(node.value, each.offset + each.length, start)
      })
    }
  }
  return found
}

/** Every HTML node (block or inline), in document order. */
function htmlNodes(tree: Root): Html[] {
  const found: Html[] = []
  const stack: Array<{type: string; children?: unknown[]}> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'html') found.push(node as Html)
    if (Array.isArray(node.children)) {
      for (let index = node.children.length - 1; index >= 0; index--) {
        stack.push(node.children[index] as {type: string; children?: unknown[]})
      }
    }
  }
  return found
}

/** The line and column of `offset` in an HTML node's value that starts at `start`. */
function placeAt(value: string, offset: number, start: Point): Point {
  const before = value.slice(0, offset)
  const newline = before.lastIndexOf('\n')
  return newline === -1
    ? {line: start.line, column: start.column + offset}
    : {line: start.line + before.split('\n').length - 1, column: offset - newline}
}
