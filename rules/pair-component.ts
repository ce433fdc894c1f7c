/**
 * ## pair-component
 *
 * Checks that the red and green prompts of a pair name the same component in
 * their titles (`… for <Component>`), when both titles have that shape.
 *
 * Names compare without case, articles, possessives, spaces and the words
 * `service`, `package`, `component`, `class`. Reported on the green prompt, the
 * red one as related location. A pair whose slugs differ is left to `pair`, and
 * a prompt whose phase contradicts its name to `phase`.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Make the titles agree, or put the right prompt in the file.
 *
 * @example
 *   {"name": "orchestration/prompt_03b_deployment_orchestrator_green.md", "files": {"orchestration/prompt_03_deployment_orchestrator_red.md": "# **Prompt 03: Unit Tests for DeploymentManager**\n"}}
 *
 *   ```markdown
 *   # **Prompt 03: Implementation for the DeploymentManager**
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_03b_deployment_orchestrator_green.md", "files": {"orchestration/prompt_03_deployment_orchestrator_red.md": "# **Prompt 03: Unit Tests for DeploymentManager**\n"}}
 *
 *   ```markdown
 *   # **Prompt 03: Implementation for ConfigGenerator**
 *   ```
 *
 *   ```text
 *   1:1: Unexpected component `ConfigGenerator` in the title, expected `DeploymentManager` as in its red prompt `prompt_03_deployment_orchestrator_red.md`
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_03_deployment_orchestrator_red.md", "files": {"orchestration/prompt_03b_deployment_orchestrator_green.md": "# **Prompt 03: Implementation for ConfigGenerator**\n"}}
 *
 *   ```markdown
 *   # **Prompt 03: Unit Tests for DeploymentManager**
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_03b_deployment_orchestrator_green.md", "files": {"orchestration/prompt_03_deployment_orchestrator_red.md": "# **Prompt 03: Unit Tests for DeploymentManager**\n"}}
 *
 *   ```markdown
 *   # **Prompt 03: Implementation for ConfigGenerator**
 *
 *   **TDD Phase:** Red
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_03b_deployment_orchestrator_green.md", "files": {"orchestration/prompt_03_deployment_orchestrator_red.md": "# **Prompt 03: Unit Tests for DeploymentManager**\n"}}
 *
 *   ```markdown
 *   # **Prompt 03: ConfigGenerator**
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_03b_deployment_orchestrator_green.md", "files": {"orchestration/prompt_03_deployment_orchestrator_red.md": "# **Prompt 03: Unit Tests for DeploymentManager**\n\n**TDD Phase:** Green\n"}}
 *
 *   ```markdown
 *   # **Prompt 03: Implementation for ConfigGenerator**
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_03b_deployment_orchestrator_green.md", "files": {"orchestration/prompt_03_deployment_orchestrator_red.md": "# **Prompt 03: Unit Tests**\n"}}
 *
 *   ```markdown
 *   # **Prompt 03: Implementation for ConfigGenerator**
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_03b_deployment_manager_green.md", "files": {"orchestration/prompt_03_deployment_orchestrator_red.md": "# **Prompt 03: Unit Tests for DeploymentManager**\n"}}
 *
 *   ```markdown
 *   # **Prompt 03: Implementation for ConfigGenerator**
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_03b_deployment_orchestrator_green.md", "files": {"orchestration/prompt_03_deployment_orchestrator_red.md": "# **Prompt 03: Unit Tests for DeploymentManager**\n"}}
 *
 *   ```markdown
 *   **Objective:** Generate the `ConfigGenerator` implementation.
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_03b_deployment_orchestrator_green.md", "files": {"orchestration/prompt_03_deployment_orchestrator_red.md": "**Objective:** Generate the `DeploymentManager` unit tests.\n"}}
 *
 *   ```markdown
 *   # **Prompt 03: Implementation for ConfigGenerator**
 *   ```
 */
import path from 'node:path'
import {componentKey} from '../src/suite/plans.js'
import {subjectOf} from '../src/suite/subject.js'
import {related} from '../src/engine/report.js'
import {defineRule, noOptions} from '../src/engine/rule.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'pair-component',
    description:
      'Checks that the red and green prompts of a pair name the same component in their titles.',
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const subject = subjectOf(file, model)
    if (!subject || subject.prompt.kind !== 'green') return
    const {prompt, facts, folder} = subject
    if (!model.judged(prompt, facts) || !facts.title?.component) return
    const red = model.partner(folder, prompt)
    if (!red || red.slug !== prompt.slug) return
    const redFacts = model.facts(path.join(folder.dir, red.name))
    if (!model.judged(red, redFacts) || !redFacts.title?.component) return
    if (componentKey(redFacts.title.component) === componentKey(facts.title.component)) return
    file.message(
      `Unexpected component \`${facts.title.component}\` in the title, expected \`${redFacts.title.component}\` as in its red prompt \`${red.name}\``,
      {
        place: {line: facts.title.line, column: facts.title.column},
        cause: related(folder.dir, red.name, 'The red prompt of this pair', {
          line: redFacts.title.line,
          column: redFacts.title.column
        })
      }
    )
  }
)

export default rule
