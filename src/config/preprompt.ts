/**
 * The `preprompts` option: the preprompt of a folder that has none of its own and
 * neither an ancestor's nor a linked one to work under.
 */
import type {JsonSchema} from './schema.js'

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
