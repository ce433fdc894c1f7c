import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  planOf,
  shown
} from "./chunk-K3G72UE5.js";
import {
  defineRule,
  noOptions,
  related
} from "./chunk-BEMMNZVQ.js";

// rules/plan-coverage.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "plan-coverage",
    description: "Checks that a plan which lists most of a suite’s prompts lists all of them.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const plan = planOf(file, model);
    if (!plan || model.prompt(plan.file)) return;
    for (const run of model.unlisted(plan)) {
      const names = run.prompts.map(
        (prompt) => "`" + (run.folder === plan.dir ? prompt.name : shown(plan.dir, path.join(run.folder, prompt.name))) + "`"
      );
      const suite = shown(path.dirname(plan.dir), run.folder);
      file.message(
        `Expected ${names.join(" and ")} in the plan, which lists ${run.listed} of the ${run.total} prompts of \`${suite}\``,
        {
          place: {
            start: { line: run.near.line, column: run.near.column },
            end: { line: run.near.endLine, column: run.near.endColumn }
          },
          cause: related(run.folder, run.prompts[0].name, "A prompt the plan does not list")
        }
      );
    }
  }
);
var plan_coverage_default = rule;

export {
  plan_coverage_default
};
