/**
 * ## plan-description
 *
 * Checks that what a plan says of a prompt agrees with the prompt: its kind
 * (`Red`, `Green`, `Foundation`), its test kind and its component.
 *
 * An entry's description is the text beside the name on its line (after it, up
 * to the next name; else before it). At most one finding per entry, the first
 * of:
 * - the description says `Red`, `Green` or `Foundation` (one of them) and the
 *   file is a prompt of another kind;
 * - the description names a test kind (`unit`, `integration`, `pre-flight`,
 *   `end-to-end`…) and the title of the pair's red prompt names others;
 * - the description names components of the file's suite (the components in
 *   the red and green titles, `… for <Component>`) and not the file's own (a
 *   green's is its red's). Names compare leniently — case, spaces, articles,
 *   possessives and words like `service` do not count — so "the publisher
 *   service's pre-flight test" agrees with "Pre-flight Test for Publisher
 *   Service".
 *
 * Only existing prompts whose content can be judged are compared: a file whose
 * phase contradicts its name is `phase`'s finding, a missing one
 * `plan-entries`'.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Correct the description, or the entry's file name.
 *
 * @example
 *   {"name": "orchestration/readme.md", "files": {"orchestration/prompt_01_config_generator_red.md": "# **Prompt 01: Unit Tests for ConfigGenerator**\n\n**TDD Phase:** Red\n", "orchestration/prompt_01b_config_generator_green.md": "# **Prompt 01: Implementation for ConfigGenerator**\n\n**TDD Phase:** Green\n", "orchestration/prompt_02_iam_orchestrator_red.md": "# **Prompt 02: Integration Test for IAMOrchestrator**\n\n**TDD Phase:** Red\n", "orchestration/testdata/testdata_prompt_01_publisher_red.md": "# **Prompt 01: Pre-flight Test for Publisher Service**\n\n**TDD Phase:** Red\n"}}
 *
 *   ```markdown
 *   # Plan
 *
 *   * prompt\_01\_config\_generator\_red.md: "Red" prompt for the ConfigGenerator unit test.
 *   * prompt\_01b\_config\_generator\_green.md: "Green" prompt for the config generator's implementation.
 *   * prompt\_02\_iam\_orchestrator\_red.md: "Red" prompt for the IAM Orchestrator integration test.
 *   * testdata\_prompt\_01\_publisher\_red.md: "Red" prompt for the publisher service's pre-flight test.
 *   ```
 *
 * @example
 *   {"name": "orchestration/readme.md", "files": {"orchestration/prompt_01_config_generator_red.md": "# **Prompt 01: Unit Tests for ConfigGenerator**\n\n**TDD Phase:** Red\n", "orchestration/prompt_01b_config_generator_green.md": "# **Prompt 01: Implementation for ConfigGenerator**\n\n**TDD Phase:** Green\n", "orchestration/prompt_02_iam_orchestrator_red.md": "# **Prompt 02: Integration Test for IAMOrchestrator**\n\n**TDD Phase:** Red\n", "orchestration/prompt_02b_iam_orchestrator_green.md": "# **Prompt 02: Implementation for IAMOrchestrator**\n\n**TDD Phase:** Green\n"}}
 *
 *   ```markdown
 *   # Plan
 *
 *   * prompt\_01\_config\_generator\_red.md: "Green" prompt for the ConfigGenerator unit test.
 *   * prompt\_01b\_config\_generator\_green.md: "Green" prompt for the IAMOrchestrator implementation.
 *   * prompt\_02\_iam\_orchestrator\_red.md: "Red" prompt for the IAMOrchestrator unit test.
 *   * prompt\_02b\_iam\_orchestrator\_green.md: "Green" prompt for the IAMOrchestrator implementation.
 *   ```
 *
 *   ```text
 *   3:3-3:40: Unexpected `Green` for `prompt_01_config_generator_red.md`, a red prompt, expected `Red`
 *   4:3-4:43: Unexpected component `IAMOrchestrator` for `prompt_01b_config_generator_green.md`, expected `ConfigGenerator` as its red prompt’s title says
 *   5:3-5:40: Unexpected test kind `unit` for `prompt_02_iam_orchestrator_red.md`, expected `integration` as its title says
 *   ```
 */
import path from 'node:path'
import {testKindsOf} from '../src/suite/facts.js'
import type {Folder, SuiteModel} from '../src/suite/model.js'
import type {PromptName} from '../src/suite/names.js'
import {componentKey, componentWords, mentions, type PlanEntry} from '../src/suite/plans.js'
import {planOf} from '../src/suite/subject.js'
import {related} from '../src/engine/report.js'
import {defineRule, noOptions} from '../src/engine/rule.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'plan-description',
    description:
      'Checks that what a plan says of a prompt agrees with the prompt: its kind, its test kind and its component.',
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const plan = planOf(file, model)
    if (!plan) return
    for (const entry of plan.entries) {
      if (!entry.file || !entry.description) continue
      const problem = inspect(model, entry, entry.file)
      if (!problem) continue
      file.message(problem.reason, {
        place: {
          start: {line: entry.line, column: entry.column},
          end: {line: entry.endLine, column: entry.endColumn}
        },
        cause: related(path.dirname(problem.file), path.basename(problem.file), problem.about)
      })
    }
  }
)

export default rule

interface Problem {
  reason: string
  /** The prompt whose title or name says otherwise. */
  file: string
  about: string
}

const kindWord = /\b(red|green|foundation)\b/gi

function inspect(model: SuiteModel, entry: PlanEntry, file: string): Problem | undefined {
  const folder = model.folder(path.dirname(file))
  const prompt = folder.byName.get(path.basename(file))
  const facts = model.facts(file)
  if (!prompt || prompt.kind === 'preprompt' || !model.judged(prompt, facts)) return undefined
  const description = entry.description
  const name = '`' + prompt.name + '`'

  const kinds = new Set([...description.matchAll(kindWord)].map((match) => match[1]!.toLowerCase()))
  const [kind] = kinds
  if (kinds.size === 1 && kind !== prompt.kind) {
    return {
      reason: `Unexpected \`${capitalize(kind!)}\` for ${name}, a ${prompt.kind} prompt, expected \`${capitalize(prompt.kind)}\``,
      file,
      about: 'The prompt the entry names'
    }
  }

  // The pair's red says what kind of test it is; a green's component is its red's.
  const red =
    prompt.kind === 'red'
      ? prompt
      : prompt.kind === 'green'
        ? pairedRed(model, folder, prompt)
        : undefined
  const redFile = red && path.join(folder.dir, red.name)
  const redFacts = red === prompt ? facts : redFile && model.facts(redFile)
  const redTitle = red && redFacts && model.judged(red, redFacts) ? redFacts.title : undefined

  const wanted = testKindsOf(description)
  const titled = redTitle ? testKindsOf(redTitle.subject ?? redTitle.text) : []
  if (wanted.length > 0 && titled.length > 0 && !wanted.some((each) => titled.includes(each))) {
    return {
      reason: `Unexpected test kind \`${wanted.join('`, `')}\` for ${name}, expected \`${titled.join('`, `')}\` as ${red === prompt ? 'its' : 'its red prompt’s'} title says`,
      file: redFile!,
      about: 'The red prompt whose title states the test kind'
    }
  }

  const own =
    prompt.kind === 'red' || prompt.kind === 'green'
      ? (redTitle?.component ?? facts.title?.component)
      : undefined
  if (!own) return undefined
  const components = model.components(folder.dir)
  const said = componentWords(description)
  const named = components.filter((each) => mentions(said, each.key))
  const ownKey = componentKey(own)
  if (named.length === 0 || named.some((each) => each.key === ownKey)) return undefined
  const other = named[0]!
  return {
    reason: `Unexpected component \`${other.name}\` for ${name}, expected \`${own}\` as ${prompt.kind === 'green' && redTitle?.component ? 'its red prompt’s' : 'its'} title says`,
    file: other.file,
    about: 'The prompt of the component the entry names'
  }
}

function pairedRed(model: SuiteModel, folder: Folder, green: PromptName): PromptName | undefined {
  const red = model.partner(folder, green)
  return red && red.slug === green.slug ? red : undefined
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
