/** Every rule, in the order the README lists them. */
import type {RulePlugin} from '../src/rule.js'
import fileName from './file-name.js'
import pair from './pair.js'
import numbering from './numbering.js'
import preprompt from './preprompt.js'
import prepromptReference from './preprompt-reference.js'
import redReference from './red-reference.js'
import requiredSections from './required-sections.js'
import testKind from './test-kind.js'
import promptLinks from './prompt-links.js'
import prepromptIndex from './preprompt-index.js'
import frontMatter from './front-matter.js'

export const rules: RulePlugin<object>[] = [
  fileName,
  pair,
  numbering,
  preprompt,
  prepromptReference,
  redReference,
  requiredSections,
  testKind,
  promptLinks,
  prepromptIndex,
  frontMatter
] as RulePlugin<object>[]

export {
  fileName,
  pair,
  numbering,
  preprompt,
  prepromptReference,
  redReference,
  requiredSections,
  testKind,
  promptLinks,
  prepromptIndex,
  frontMatter
}
