/**
 * The SARIF reporter: every finding in a SARIF 2.1.0 file under RUNNER_TEMP
 * (never in the workspace), named after the step, for
 * github/codeql-action/upload-sarif.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {VFile} from 'vfile'
import {sarif} from '../../reporters/sarif.js'

/** Write the file; its path. */
export function writeSarifFile(
  results: VFile[],
  workspace: string,
  env: Record<string, string | undefined>
): string {
  const dir = env.RUNNER_TEMP || os.tmpdir()
  const step = (env.GITHUB_ACTION || 'run').replace(/[^\w.-]+/g, '_')
  const file = path.join(dir, `tdd-prompt-lint-${step}.sarif`)
  fs.mkdirSync(dir, {recursive: true})
  fs.writeFileSync(file, sarif(results, {cwd: workspace}))
  return file
}
