/**
 * Which preprompt a suite uses: its own, the one configuration names for its
 * folder, or (for a folder that borrows one, like `testdata/`) the one its
 * prompts link to.
 */
import path from 'node:path'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {links, type Link} from './markdown.js'
import {parsePromptName} from './names.js'
import type {JsonSchema} from './schema.js'
import type {Suite} from './suite.js'

export interface PrepromptOptions {
  /** Folder → preprompt file, both relative to the working directory (or absolute). */
  preprompts: Record<string, string>
}

export const prepromptsSchema: JsonSchema = {
  type: 'object',
  description:
    'Preprompt of a folder that has none of its own: folder → preprompt file, both relative to the working directory.',
  additionalProperties: {type: 'string', minLength: 1}
}

/** Schema and defaults of the rules that take `preprompts`. */
export const prepromptOptions: {schema: JsonSchema; defaults: PrepromptOptions} = {
  schema: {type: 'object', properties: {preprompts: prepromptsSchema}, additionalProperties: false},
  defaults: {preprompts: {}}
}

/** The preprompt configured for the suite's folder, as an absolute path. */
export function configuredPreprompt(
  file: VFile,
  suite: Suite,
  options: PrepromptOptions
): string | undefined {
  for (const [folder, target] of Object.entries(options.preprompts)) {
    if (path.resolve(file.cwd, folder) === suite.dir) return path.resolve(file.cwd, target)
  }
  return undefined
}

/** The preprompt the suite must use when it is known without reading links: its own or the configured one. */
export function expectedPreprompt(
  file: VFile,
  suite: Suite,
  options: PrepromptOptions
): string | undefined {
  const own = suite.preprompts[0]
  return own ? path.join(suite.dir, own.name) : configuredPreprompt(file, suite, options)
}

/** Links of a file whose target is named like a preprompt. */
export function prepromptLinks(tree: Root, dir: string): Link[] {
  return links(tree, dir).filter(
    (link) =>
      link.target !== undefined && parsePromptName(path.basename(link.target))?.kind === 'preprompt'
  )
}

/** A path as the message shows it: relative to the folder of the file. */
export function relativeTo(dir: string, target: string): string {
  return path.relative(dir, target).split(path.sep).join('/')
}
