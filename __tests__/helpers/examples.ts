import path from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {RulePlugin} from '../../src/engine/rule.js'

/** Read the `@example` blocks of a rule's doc header. */
export interface Example {
  config: {
    name: string
    listing?: Record<string, string[]>
    files?: Record<string, string>
    options?: unknown
    /** The quick fix of each finding, in order (`message.expected`), `null` for none. */
    fix?: Array<string[] | null>
    /** The file is an unsaved buffer: not in its folder's listing (an editor's new file). */
    unsaved?: boolean
  }
  input: string
  output: string[]
}

export function readExamples(code: string): Example[] {
  const header = /^\/\*\*([\s\S]*?)\*\//.exec(code)?.[1] ?? ''
  const lines = header.split('\n').map((line) => line.replace(/^\s*\* ?/, ''))
  const text = lines.join('\n')
  return text
    .split('@example')
    .slice(1)
    .map((block) => {
      const body = block.replace(/^\n/, '').replace(/^ {2}/gm, '')
      const newline = body.indexOf('\n')
      const config = JSON.parse(body.slice(0, newline)) as Example['config']
      const fences = [...body.matchAll(/^(`{3,})(markdown|text)\n([\s\S]*?)^\1$/gm)]
      const input = fences.find((fence) => fence[2] === 'markdown')?.[3] ?? ''
      const output = fences.find((fence) => fence[2] === 'text')?.[3] ?? ''
      return {config, input, output: output.split('\n').filter(Boolean)}
    })
}

/** `line:column` or `line:column-endLine:endColumn`, as remark-lint's docs show places. */
export function place(message: VFileMessage): string {
  const at = message.place
  if (at && 'start' in at)
    return `${at.start.line}:${at.start.column}-${at.end.line}:${at.end.column}`
  return `${message.line}:${message.column}`
}

/**
 * Run one rule on an example through remark, as users run it: the example's file
 * among the files and listings it names, under a repository at `/repo`.
 */
export async function runExample(
  rule: RulePlugin<object>,
  example: Pick<Example, 'config' | 'input'>
): Promise<VFile> {
  const root = '/repo'
  const files: Record<string, string> = {}
  for (const [folder, names] of Object.entries(example.config.listing ?? {})) {
    for (const name of names) files[path.resolve(root, folder, name)] = `# ${name}\n`
  }
  for (const [name, text] of Object.entries(example.config.files ?? {})) {
    files[path.resolve(root, name)] = text
  }
  const own = path.join(root, example.config.name)
  if (!example.config.unsaved) files[own] = example.input
  const vfile = new VFile({path: own, cwd: root, value: example.input})
  const processor = unified()
    .data('tddPromptLint', {files, root})
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(rule, example.config.options === undefined ? undefined : example.config.options)
  await processor.run(processor.parse(vfile), vfile)
  return vfile
}

/** Each finding as the docs show it: `place: reason`. */
export function shown(file: VFile): string[] {
  return file.messages.map((message) => `${place(message)}: ${message.reason}`)
}
