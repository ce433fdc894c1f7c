/**
 * Lint a folder in process as the CLI does with no paths (or with `paths`):
 * its configuration resolved at the folder, every file found, one linter.
 * Each finding as the tests compare them: the file relative to the folder
 * (with `/`), the rule, the line, the reason and the severity.
 */
import path from 'node:path'
import {resolveConfig, type Config} from '../../src/config/config.js'
import {createLinter} from '../../src/engine/lint.js'
import {collectFiles} from '../../src/io/files.js'

export interface Finding {
  file: string
  rule: string | undefined
  line: number | undefined
  reason: string
  severity: 'error' | 'warning'
}

export async function lintTree(
  root: string,
  {config = {}, paths = []}: {config?: Config; paths?: string[]} = {}
): Promise<Finding[]> {
  const resolved = resolveConfig(config, undefined, root)
  const {files} = await collectFiles(paths, {cwd: root, config: resolved})
  const linter = createLinter(resolved.settings, root)
  const found: Finding[] = []
  for (const file of files) {
    for (const message of (await linter.lint(file)).messages) {
      found.push({
        file: path.relative(root, file).split(path.sep).join('/'),
        rule: message.ruleId,
        line: message.line ?? undefined,
        reason: message.reason,
        severity: message.fatal === true ? 'error' : 'warning'
      })
    }
  }
  return found
}
