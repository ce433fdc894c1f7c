/**
 * What rules read from a prompt's markdown tree: its title, its sections and its
 * links. Headings and links come from the tree, so a heading or a link inside a
 * code block is neither.
 */
import path from 'node:path'
import type {Heading, Nodes, Root, RootContent} from 'mdast'
import type {Position} from 'unist'
import {toString} from 'mdast-util-to-string'

export interface Section {
  /** Heading text, trimmed. */
  text: string
  depth: number
  node: Heading
  /** Content nodes under the heading, up to the next heading of the same or a higher level. */
  content: RootContent[]
  /** No content but headings and comments before the next heading of the same or a higher level. */
  empty: boolean
}

export interface Outline {
  title: Heading | undefined
  sections: Section[]
}

const outlines = new WeakMap<Root, Outline>()
const linkLists = new WeakMap<Root, Map<string, Link[]>>()

/** The title (a first heading of depth 1) and the sections below it; computed once per tree. */
export function outline(tree: Root): Outline {
  let found = outlines.get(tree)
  if (!found) {
    found = computeOutline(tree)
    outlines.set(tree, found)
  }
  return found
}

function computeOutline(tree: Root): Outline {
  const children = tree.children
  const headings: number[] = []
  children.forEach((node, index) => {
    if (node.type === 'heading') headings.push(index)
  })
  const first = headings[0] === undefined ? undefined : (children[headings[0]] as Heading)
  const title = first && first.depth === 1 ? first : undefined
  const sections: Section[] = []
  for (const index of headings) {
    const node = children[index] as Heading
    if (node === title) continue
    let end = index + 1
    while (end < children.length) {
      const next = children[end] as RootContent
      if (next.type === 'heading' && next.depth <= node.depth) break
      end++
    }
    const content = children.slice(index + 1, end)
    sections.push({
      text: toString(node).trim(),
      depth: node.depth,
      node,
      content,
      empty: !content.some(isContent)
    })
  }
  return {title, sections}
}

function isContent(node: RootContent): boolean {
  if (node.type === 'heading' || node.type === 'yaml') return false
  if (node.type === 'html') return !/^\s*(<!--[\s\S]*?-->\s*)*$/.test(node.value)
  return true
}

export interface Link {
  url: string
  /** Absolute path of the target for a relative link to a file, else `undefined`. */
  target: string | undefined
  position: Position | undefined
}

/** Links and link definitions, with relative file targets resolved against `dir`; computed once per tree. */
export function links(tree: Root, dir: string): Link[] {
  let byDir = linkLists.get(tree)
  if (!byDir) {
    byDir = new Map()
    linkLists.set(tree, byDir)
  }
  let found = byDir.get(dir)
  if (!found) {
    found = computeLinks(tree, dir)
    byDir.set(dir, found)
  }
  return found
}

function computeLinks(tree: Root, dir: string): Link[] {
  const found: Link[] = []
  // A plain walk in document order: unist-util-visit names a new function for
  // each node it enters, which made this walk most of prompt-links' time.
  const walk = (node: Nodes): void => {
    if (node.type === 'link' || node.type === 'definition') {
      found.push({url: node.url, target: linkTarget(node.url, dir), position: node.position})
    }
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return found
}

/** The absolute file a relative link points at, or `undefined` for urls, anchors and absolute paths. */
export function linkTarget(url: string, dir: string): string | undefined {
  if (!url || url.startsWith('#') || url.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(url)) {
    return undefined
  }
  let file = url.replace(/[?#].*$/, '')
  try {
    file = decodeURIComponent(file)
  } catch {
    // Keep the url as written when it is not valid percent-encoding.
  }
  return file ? path.resolve(dir, file) : undefined
}
