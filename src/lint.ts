/**
 * The engine the CLI and the Action share: one frozen processor per run (the
 * configuration resolved once), each file read and parsed once, its tree dropped
 * as soon as the rules have run.
 */
import fs from 'node:fs'
import path from 'node:path'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {unified, type PluggableList} from 'unified'
import {VFile} from 'vfile'
import {rules} from '../rules/index.js'
import {describeStatError} from './files.js'
import {source} from './rule.js'

export type Level = 'off' | 'warn' | 'error' | 0 | 1 | 2
export type RuleSetting = Level | [Level, object?]

export interface LintSettings {
  /** Rule id → severity, or severity and options. Rules not named run as errors with defaults. */
  rules?: Record<string, RuleSetting>
  /** Folder → preprompt, absolute or relative to `cwd`; passed to every rule with a `preprompts` option. */
  preprompts?: Record<string, string>
}

export interface Linter {
  /** Lint one file; read problems become a finding on that file, never an exception. */
  lint(filePath: string): Promise<VFile>
}

const ruleIds = new Set(rules.map((rule) => rule.meta.id))

/** Build the processor once for a run. Throws for an unknown rule or bad options. */
export function createLinter(settings: LintSettings, cwd: string): Linter {
  for (const id of Object.keys(settings.rules ?? {})) {
    if (!ruleIds.has(id)) throw new Error(`Unknown rule \`${id}\``)
  }
  const plugins: PluggableList = [[remarkFrontmatter, ['yaml', 'toml']]]
  for (const rule of rules) {
    const [level, options] = split(settings.rules?.[rule.meta.id])
    const withPreprompts =
      settings.preprompts &&
      'preprompts' in ((rule.meta.schema.properties as object | undefined) ?? {})
        ? {
            ...(options ?? {}),
            preprompts: {...settings.preprompts, ...(options as {preprompts?: object})?.preprompts}
          }
        : options
    plugins.push([rule, [level, withPreprompts]])
  }
  const processor = unified().use(remarkParse).use(plugins).freeze()

  return {
    async lint(filePath) {
      const file = new VFile({path: path.resolve(cwd, filePath), cwd})
      let buffer: Buffer
      try {
        // Synchronous on purpose: an async read per file makes the main thread wait on
        // the thread pool several times per file, which costs more than the read itself
        // (see BENCHMARK.md).
        buffer = fs.readFileSync(file.path)
      } catch (error) {
        return fail(file, 'unreadable', `Cannot read file: ${describeStatError(error)}`)
      }
      const text = decode(buffer)
      if (text === undefined) {
        return fail(
          file,
          'encoding',
          'Unexpected binary or invalid UTF-8 content, expected UTF-8 text'
        )
      }
      file.value = text
      const tree = processor.parse(file)
      await processor.run(tree, file)
      file.value = ''
      return file
    }
  }
}

function split(setting: RuleSetting | undefined): [Level, object | undefined] {
  if (setting === undefined) return ['error', undefined]
  if (Array.isArray(setting)) return [setting[0], setting[1]]
  return [setting, undefined]
}

const decoder = new TextDecoder('utf-8', {fatal: true})

/** UTF-8 text, or `undefined` for invalid UTF-8 or a NUL byte (a binary file). */
function decode(buffer: Buffer): string | undefined {
  if (buffer.includes(0)) return undefined
  try {
    return decoder.decode(buffer)
  } catch {
    return undefined
  }
}

function fail(file: VFile, ruleId: string, reason: string): VFile {
  const message = file.message(reason, {place: {line: 1, column: 1}, ruleId, source})
  message.fatal = true
  return file
}
