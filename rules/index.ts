/** Every rule, in the order the README lists them. */
import type {RulePlugin} from '../src/engine/rule.js'
import fileName from './file-name.js'
import emptyPrompt from './empty-prompt.js'
import pair from './pair.js'
import numbering from './numbering.js'
import numberingGap from './numbering-gap.js'
import preprompt from './preprompt.js'
import promptLinks from './prompt-links.js'
import staleReference from './stale-reference.js'
import phase from './phase.js'
import title from './title.js'
import pairComponent from './pair-component.js'
import redReference from './red-reference.js'
import requiredSections from './required-sections.js'
import placeholder from './placeholder.js'
import prepromptReference from './preprompt-reference.js'
import testKind from './test-kind.js'
import frontMatter from './front-matter.js'
import planEntries from './plan-entries.js'
import planCoverage from './plan-coverage.js'
import planDescription from './plan-description.js'
import requirementReference from './requirement-reference.js'
import requirementCoverage from './requirement-coverage.js'

export const rules: RulePlugin<object>[] = [
  fileName,
  emptyPrompt,
  pair,
  numbering,
  numberingGap,
  preprompt,
  promptLinks,
  staleReference,
  phase,
  title,
  pairComponent,
  redReference,
  requiredSections,
  placeholder,
  prepromptReference,
  testKind,
  frontMatter,
  planEntries,
  planCoverage,
  planDescription,
  requirementReference,
  requirementCoverage
] as RulePlugin<object>[]

/** Rules whose findings are warnings unless configuration says otherwise. */
export const warnings: ReadonlySet<string> = new Set([
  'numbering-gap',
  'requirement-coverage',
  'placeholder'
])
