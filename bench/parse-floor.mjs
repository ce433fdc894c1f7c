#!/usr/bin/env node
/**
 * The parse-only floor: read and parse every file of a benchmark tree with
 * remark-parse, in one process, and nothing else (no file discovery, no rules,
 * no report). No linter that reads and parses each file can beat it by much.
 *
 *     node bench/parse-floor.mjs <manifest.json> <tree root>
 *
 * Prints the number of files parsed.
 */
import fs from 'node:fs'
import path from 'node:path'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const [manifestPath, root] = process.argv.slice(2)
// Every markdown file of a real-style tree (plans and requirement documents too), else the prompts.
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'))
const files = manifest.markdown ?? manifest.files
const processor = unified().use(remarkParse).freeze()
let nodes = 0
for (const file of files) {
  const tree = processor.parse(fs.readFileSync(path.join(root, file), 'utf8'))
  nodes += tree.children.length
}
console.log(`${files.length} files parsed (${nodes} top-level nodes)`)
