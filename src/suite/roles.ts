/**
 * Preprompts named for their role rather than numbered: `meta-prompt.md`,
 * `Meta_Prompt.md`, `master prompt.md`, `context.md`, `preprompt.md` (any
 * separator and case), the shared context of the suites in and below its folder.
 */
import {isMarkdownName, parsePromptName, toSnakeCase} from './names.js'

const roles = new Set([
  'preprompt',
  'pre_prompt',
  'meta_prompt',
  'metaprompt',
  'master_prompt',
  'masterprompt',
  'context'
])

/** Whether a file name is a preprompt named for its role (`meta-prompt.md`). */
export function isRoleName(name: string): boolean {
  const extension = /\.[^.]+$/.exec(name)?.[0]
  if (!extension || !isMarkdownName(name)) return false
  return roles.has(toSnakeCase(name.slice(0, -extension.length)))
}

/** Whether a file name names a preprompt: numbered (`prompt_00_x_preprompt.md`) or by role. */
export function isPrepromptName(name: string): boolean {
  return parsePromptName(name)?.kind === 'preprompt' || isRoleName(name)
}
