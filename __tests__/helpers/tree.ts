/**
 * A synthetic monorepo of suites for the tests that need many files (threads,
 * chunks of work): `packages/pkgNNN/orchestration/` with a preprompt and its
 * pairs, and `packages/pkgNNN/testdata/` with `testdata_` pairs that borrow the
 * package's preprompt. Every file lints clean; tests plant their own defects.
 * The same size gives the same bytes. (The benchmark has its own generator in
 * bench/; the tests do not depend on it.)
 */
import fs from 'node:fs'
import path from 'node:path'
import {green as greenPrompt, red as redPrompt} from '../cli-fixtures.js'

export interface GeneratedTree {
  /** Every prompt file written, relative to the tree's folder, sorted. */
  files: string[]
}

const slugs = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel']
const pairsPerFolder = 6

function words(slug: string): string {
  return slug.charAt(0).toUpperCase() + slug.slice(1).replace(/_/g, ' ')
}

function preprompt(name: string, pairs: Array<[red: string, green: string, slug: string]>): string {
  const items = pairs
    .map(([redName, greenName, slug], index) => {
      return `${index + 1}. ${words(slug)}: [red](${redName}), [green](${greenName})`
    })
    .join('\n')
  return `# ${words(name)}

## Context

The package ${name}.

## Components

${items}

## Conventions

Go, table-driven tests.

## Workflow

Run each red prompt, then its green prompt.
`
}

function pairNames(prefix: string, number: number, slug: string): [string, string] {
  const nn = String(number).padStart(2, '0')
  return [`${prefix}prompt_${nn}_${slug}_red.md`, `${prefix}prompt_${nn}b_${slug}_green.md`]
}

/** Write at least `size` prompt files (a whole package at a time, so rounded up) under `dir`. */
export function generateTree(dir: string, size: number): GeneratedTree {
  const files: string[] = []
  const write = (relative: string, text: string) => {
    const file = path.join(dir, relative)
    fs.mkdirSync(path.dirname(file), {recursive: true})
    fs.writeFileSync(file, text)
    files.push(relative)
  }
  for (let pkg = 1; files.length < size; pkg++) {
    const name = `pkg${String(pkg).padStart(3, '0')}`
    const base = `packages/${name}`
    const pre = `prompt_00_${name}_preprompt.md`
    const own: Array<[string, string, string]> = []
    for (let number = 1; number <= pairsPerFolder; number++) {
      const slug = `${slugs[(pkg + number) % slugs.length]}_${number}`
      const [redName, greenName] = pairNames('', number, slug)
      own.push([redName, greenName, slug])
      write(`${base}/orchestration/${redName}`, redPrompt(`${words(slug)} unit test`, pre))
      write(`${base}/orchestration/${greenName}`, greenPrompt(words(slug), pre, redName))
    }
    write(`${base}/orchestration/${pre}`, preprompt(name, own))
    const borrowed = `../orchestration/${pre}`
    for (let number = 1; number <= pairsPerFolder - 1; number++) {
      const slug = `service_${number}`
      const [redName, greenName] = pairNames('testdata_', number, slug)
      write(`${base}/testdata/${redName}`, redPrompt(`${words(slug)} unit test`, borrowed))
      write(`${base}/testdata/${greenName}`, greenPrompt(words(slug), borrowed, redName))
    }
  }
  return {files: files.sort()}
}
