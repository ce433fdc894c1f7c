/**
 * ## plan-coverage
 *
 * Checks that a plan which lists most of a suite's prompts lists all of them.
 *
 * A plan (see `plan-entries`) that names more than half of the prompts of a
 * suite folder is taken to list that suite; a prompt of the suite it does not
 * name is reported once, on the plan, at the entry it would follow in the list
 * (a red and its green together, as one finding). A stale entry counts for the
 * prompt it evidently means: after a pair is renamed, the two stale entries are
 * reported (`plan-entries`), not the renamed files. A second preprompt is not
 * expected in the plan (`preprompt` reports it). A preprompt's component list is
 * checked for stale names (`plan-entries`), not for completeness. A plan that names only a few
 * prompts of a suite (a note pointing at two of them) is not a list of it.
 *
 * ### Why
 *
 * A pair added without its plan entry is a pair nobody is told to run.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Add an entry for the prompts the message names, or remove them.
 *
 * @example
 *   {"name": "deployment/readme.md", "listing": {"deployment": ["prompt_00_deployment_preprompt.md", "prompt_01_artifact_store_red.md", "prompt_01b_artifact_store_green.md", "prompt_02_rollout_planner_red.md", "prompt_02b_rollout_planner_green.md", "notes.md"]}}
 *
 *   ```markdown
 *   # Deployment Package: Prompt Plan
 *
 *   * prompt\_00\_deployment\_preprompt.md: the master context.
 *   * prompt\_01\_artifact\_store\_red.md and prompt\_01b\_artifact\_store\_green.md: the ArtifactStore pair.
 *   * prompt\_02\_rollout\_planner\_red.md and prompt\_02b\_rollout\_planner\_green.md: the RolloutPlanner pair.
 *   ```
 *
 * @example
 *   {"name": "deployment/readme.md", "listing": {"deployment": ["prompt_00_deployment_preprompt.md", "prompt_01_artifact_store_red.md", "prompt_01b_artifact_store_green.md", "prompt_02_canary_gate_red.md", "prompt_02b_canary_gate_green.md", "prompt_03_rollout_planner_red.md", "prompt_03b_rollout_planner_green.md"]}}
 *
 *   ```markdown
 *   # Deployment Package: Prompt Plan
 *
 *   * prompt\_00\_deployment\_preprompt.md: the master context.
 *   * prompt\_01\_artifact\_store\_red.md: "Red" prompt for the ArtifactStore unit test.
 *   * prompt\_01b\_artifact\_store\_green.md: "Green" prompt for the ArtifactStore implementation.
 *   * prompt\_03\_rollout\_planner\_red.md: "Red" prompt for the RolloutPlanner unit test.
 *   * prompt\_03b\_rollout\_planner\_green.md: "Green" prompt for the RolloutPlanner implementation.
 *   ```
 *
 *   ```text
 *   5:3-5:41: Expected `prompt_02_canary_gate_red.md` and `prompt_02b_canary_gate_green.md` in the plan, which lists 5 of the 7 prompts of `deployment`
 *   ```
 *
 * @example
 *   {"name": "scheduler/readme.md", "listing": {"scheduler": ["meta-prompt.md", "prompt_00_0_goal.md", "prompt_00_1_goal_short.md", "prompt_01_queue_red.md", "prompt_01b_queue_green.md"]}}
 *
 *   ```markdown
 *   # Scheduler: Files to Produce
 *
 *   * prompt\_00\_0\_goal.md: the goal.
 *   * prompt\_00\_1\_goal\_simplified.md: the goal, simplified.
 *   * prompt\_01\_queue\_red.md: "Red" prompt for the Queue unit test.
 *   * prompt\_01b\_queue\_green.md: "Green" prompt for the Queue implementation.
 *   ```
 *
 * @example
 *   {"name": "prompt_plan.md", "listing": {"auth": ["prompt_01_token_red.md", "prompt_01b_token_green.md", "prompt_02_guard_red.md", "prompt_02b_guard_green.md"], "feed": ["prompt_01_fetcher_red.md", "prompt_01b_fetcher_green.md", "prompt_02_scorer_red.md", "prompt_02b_scorer_green.md", "prompt_03_sorter_red.md", "prompt_03b_sorter_green.md"]}}
 *
 *   ```markdown
 *   # Prompt Plan
 *
 *   ## auth
 *
 *   * prompt\_01\_token\_red.md, prompt\_01b\_token\_green.md
 *   * prompt\_02\_guard\_red.md, prompt\_02b\_guard\_green.md
 *
 *   ## feed
 *
 *   * prompt\_01\_fetcher\_red.md, prompt\_01b\_fetcher\_green.md
 *   * prompt\_02\_ranker\_red.md, prompt\_02b\_ranker\_green.md
 *   * prompt\_03\_sorter\_red.md, prompt\_03b\_sorter\_green.md
 *   ```
 *
 * @example
 *   {"name": "deployment/notes.md", "listing": {"deployment": ["prompt_00_deployment_preprompt.md", "prompt_01_artifact_store_red.md", "prompt_01b_artifact_store_green.md", "prompt_02_rollout_planner_red.md", "prompt_02b_rollout_planner_green.md"]}}
 *
 *   ```markdown
 *   # Notes
 *
 *   The digest pinning of prompt\_01\_artifact\_store\_red.md also constrains prompt\_02\_rollout\_planner\_red.md.
 *   ```
 */
import path from 'node:path'
import {related} from '../src/engine/report.js'
import {defineRule, noOptions} from '../src/engine/rule.js'
import {planOf, shown} from '../src/suite/subject.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'plan-coverage',
    description: 'Checks that a plan which lists most of a suite’s prompts lists all of them.',
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const plan = planOf(file, model)
    // A preprompt's component list names the pairs it says something of, not the whole suite.
    if (!plan || model.prompt(plan.file)) return
    for (const run of model.unlisted(plan)) {
      const names = run.prompts.map(
        (prompt) =>
          '`' +
          (run.folder === plan.dir
            ? prompt.name
            : shown(plan.dir, path.join(run.folder, prompt.name))) +
          '`'
      )
      const suite = shown(path.dirname(plan.dir), run.folder)
      file.message(
        `Expected ${names.join(' and ')} in the plan, which lists ${run.listed} of the ${run.total} prompts of \`${suite}\``,
        {
          place: {
            start: {line: run.near.line, column: run.near.column},
            end: {line: run.near.endLine, column: run.near.endColumn}
          },
          cause: related(run.folder, run.prompts[0]!.name, 'A prompt the plan does not list')
        }
      )
    }
  }
)

export default rule
