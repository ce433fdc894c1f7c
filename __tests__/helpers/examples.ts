import type {VFileMessage} from 'vfile-message'

/** Read the `@example` blocks of a rule's doc header. */
export interface Example {
  config: {
    name: string
    listing?: Record<string, string[]>
    files?: Record<string, string>
    options?: unknown
    /** The quick fix of each finding, in order (`message.expected`), `null` for none. */
    fix?: Array<string[] | null>
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
