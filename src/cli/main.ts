/** Placeholder: the CLI issue replaces this with the real command. */
import {reporter} from 'vfile-reporter'
import {loadConfig} from '../config.js'
import {collectFiles} from '../files.js'
import {createLinter} from '../lint.js'

export interface Streams {
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
}

export async function main(argv: string[], cwd: string, streams: Streams): Promise<number> {
  const config = loadConfig(cwd)
  const {files} = await collectFiles(argv, {cwd, config})
  const linter = createLinter(config.settings, cwd)
  const results = []
  for (const file of files) results.push(await linter.lint(file))
  for (const file of results) file.path = file.path.slice(cwd.length + 1)
  streams.stdout.write(reporter(results) + '\n')
  return results.some((file) => file.messages.some((message) => message.fatal)) ? 1 : 0
}
