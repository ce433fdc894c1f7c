/**
 * `tdd-prompt-lint init` and `tdd-prompt-lint new` (the scaffolding issue fills
 * these in). Each takes the arguments after the sub-command and returns an exit
 * code.
 */
import type {Streams} from './main.js'

export async function runInit(argv: string[], cwd: string, streams: Streams): Promise<number> {
  void argv
  void cwd
  streams.stderr.write('tdd-prompt-lint: `init` is not available yet\n')
  return 2
}

export async function runNew(argv: string[], cwd: string, streams: Streams): Promise<number> {
  void argv
  void cwd
  streams.stderr.write('tdd-prompt-lint: `new` is not available yet\n')
  return 2
}
