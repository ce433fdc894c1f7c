/** The tool's name, version and home, as reporters and `--version` show them. */
import pkg from '../../package.json' with {type: 'json'}
import {docsBase} from '../rule.js'

export const toolName: string = pkg.name
export const toolVersion: string = pkg.version
export const informationUri = docsBase.replace(/\/blob\/.*$/, '')

/**
 * One line per rule, for SARIF's `shortDescription` (the first sentence of each
 * rule's doc header; a test checks they agree), plus the engine's own findings.
 */
export const ruleDescriptions: Record<string, string> = {
  'file-name':
    'Checks that a prompt file is named `[prefix_]prompt_00_<package>_preprompt.md`, `[prefix_]prompt_NN_<slug>_red.md` or `[prefix_]prompt_NNb_<slug>_green.md`.',
  pair: 'Checks that every red prompt has a green prompt with the same number and slug, and every green prompt a red one.',
  numbering:
    'Checks that the pairs of a suite are numbered `01`, `02`, `03`… with no gaps, and that no two different pairs share a number.',
  preprompt:
    'Checks that a suite has exactly one preprompt (`[prefix_]prompt_00_<package>_preprompt.md`), the master context its red and green prompts refer to.',
  'preprompt-reference':
    "Checks that every red and green prompt links to its suite's preprompt, and that a link to a preprompt resolves.",
  'red-reference':
    "Checks that a green prompt links its own red prompt (same number and slug) and no other pair's red prompt.",
  'required-sections':
    'Checks that a prompt has every section its kind requires, and that none of them is empty.',
  'test-kind':
    'Checks that a red prompt says which kind of test it asks for, in its title or in its Objective section: `unit`, `integration`, `pre-flight` or `end-to-end` by default.',
  'prompt-links':
    'Checks that every relative link in a prompt file that points at a prompt file (a markdown file whose name contains `prompt`) points at one that exists.',
  'preprompt-index':
    "Checks that a preprompt's component list links every pair in its own folder (the red or the green prompt of each), and links no prompt that does not exist.",
  unreadable: 'The file could not be read.',
  encoding: 'The file is not UTF-8 text.'
}
