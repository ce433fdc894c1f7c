/**
 * `--stdin --stdin-filename <path>`: lint standard input as the file at `<path>`
 * (which need not exist): the file's folder is in view as for a file given on
 * the command line, so its name, its pair and its links are checked against
 * the folder's listing on disk.
 *
 * The engine's `Linter` reads files from disk. When it offers
 * `lintText(text, filePath)`, that is used (the same bounds as any file);
 * until then the text runs through the same rules with the same settings,
 * the remark-lint way (`unified().use(remarkParse).use([rule, [level,
 * options]])`, as the preset does under remark-cli), with the size bound and
 * nesting checked here; the parse-time bound is the engine's alone.
 */
import path from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified, type PluggableList} from 'unified'
import {VFile} from 'vfile'
import {rules} from '../../rules/index.js'
import {defaultLimits, type Level, type Linter, type LintSettings} from '../lint.js'
import {source} from '../rule.js'

/** The engine API `--stdin` prefers, when the linter has it. */
type TextLinter = Linter & {lintText?: (text: string, filePath: string) => Promise<VFile>}

/** A problem with standard input itself (exit 2): the message is the one-line reason. */
export class StdinError extends Error {
  override name = 'StdinError'
}

/** Read a stream to its end, at most `maxBytes` (a larger input is a `StdinError`, not an endless read). */
export async function readStdin(
  stream: AsyncIterable<Buffer | string>,
  maxBytes: number = defaultLimits.maxBytes
): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += bytes.length
    if (size > maxBytes) {
      throw new StdinError(
        `standard input is larger than ${maxBytes / 1024 / 1024} MiB, the most the linter reads`
      )
    }
    chunks.push(bytes)
  }
  return Buffer.concat(chunks, size)
}

const decoder = new TextDecoder('utf-8', {fatal: true})

/** Lint `bytes` as the file `filePath` (relative to `cwd`) with `settings`. */
export async function lintStdin(
  bytes: Buffer,
  filePath: string,
  settings: LintSettings,
  cwd: string,
  linter: Linter
): Promise<VFile> {
  let text: string
  try {
    if (bytes.includes(0)) throw new Error('NUL byte')
    text = decoder.decode(bytes)
  } catch {
    throw new StdinError('standard input is not UTF-8 text')
  }
  const own = (linter as TextLinter).lintText
  if (typeof own === 'function') return own.call(linter, text, filePath)

  const file = new VFile({path: path.resolve(cwd, filePath), cwd, value: text})
  const processor = unified().use(remarkParse).use(plugins(settings)).freeze()
  try {
    const tree = processor.parse(file)
    if (depthOf(tree) > (settings.limits?.maxDepth ?? defaultLimits.maxDepth)) {
      throw new RangeError('too deep')
    }
    processor.runSync(tree, file)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    file.messages = []
    const message = file.message(
      'Unexpected markdown nested too deeply, expected less nesting: the file was not checked',
      {place: {line: 1, column: 1}, ruleId: 'too-complex', source}
    )
    message.fatal = true
  }
  file.value = ''
  return file
}

/** The rules with their settings, as `createLinter` configures them. */
function plugins(settings: LintSettings): PluggableList {
  const list: PluggableList = [[remarkFrontmatter, ['yaml', 'toml']]]
  for (const rule of rules) {
    const setting = settings.rules?.[rule.meta.id]
    const [level, options]: [Level, object | undefined] =
      setting === undefined
        ? ['error', undefined]
        : Array.isArray(setting)
          ? [setting[0], setting[1]]
          : [setting, undefined]
    const takesPreprompts =
      settings.preprompts &&
      'preprompts' in ((rule.meta.schema.properties as object | undefined) ?? {})
    const merged = takesPreprompts
      ? {
          ...(options ?? {}),
          preprompts: {...settings.preprompts, ...(options as {preprompts?: object})?.preprompts}
        }
      : options
    list.push([rule, [level, merged]])
  }
  return list
}

/** Levels below the root of the deepest node, without recursion. */
function depthOf(tree: {children?: unknown[]}): number {
  let deepest = 0
  const stack: Array<[node: {children?: unknown[]}, depth: number]> = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > deepest) deepest = depth
    for (const child of node.children ?? [])
      stack.push([child as {children?: unknown[]}, depth + 1])
  }
  return deepest
}
