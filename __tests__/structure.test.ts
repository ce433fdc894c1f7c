/**
 * Structure: no import circle among the sources (src/ and rules/), so each
 * folder can be read, tested and changed on its own.
 */
import fs from 'node:fs'
import path from 'node:path'
import {expect, it} from 'vitest'

const repo = path.join(import.meta.dirname, '..')

function sources(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return sources(file)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [file] : []
  })
}

/** Relative imports of a module that are there at run time (`import type` is not). */
function imports(file: string): string[] {
  const code = fs.readFileSync(file, 'utf8')
  const found: string[] = []
  // One statement per `import`/`export` at the start of a line (no semicolons in this code base).
  for (const statement of code.split(/^(?=import\b|export\b)/m)) {
    const match = /^(import|export)\s+(type\s+)?[^]*?\bfrom\s+'(\.[^']+)'/.exec(statement)
    if (!match || match[2]) continue
    found.push(path.resolve(path.dirname(file), match[3]!.replace(/\.js$/, '.ts')))
  }
  for (const match of code.matchAll(/import\('(\.[^']+)'\)/g)) {
    found.push(path.resolve(path.dirname(file), match[1]!.replace(/\.js$/, '.ts')))
  }
  return found
}

it('has no import circle', () => {
  const files = [...sources(path.join(repo, 'src')), ...sources(path.join(repo, 'rules'))]
  const graph = new Map(
    files.map((file) => [file, imports(file).filter((each) => fs.existsSync(each))])
  )
  const circles: string[] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const walk = (file: string) => {
    state.set(file, 'open')
    stack.push(file)
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') {
        circles.push(
          stack
            .slice(stack.indexOf(next))
            .concat(next)
            .map((each) => path.relative(repo, each))
            .join(' → ')
        )
      } else if (!state.has(next)) walk(next)
    }
    stack.pop()
    state.set(file, 'done')
  }
  for (const file of files) if (!state.has(file)) walk(file)
  expect(circles).toEqual([])
})
