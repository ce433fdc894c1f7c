import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  defineRule,
  noOptions,
  planOf,
  related,
  shown
} from "./chunk-FISTF6PN.js";

// rules/plan-entries.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "plan-entries",
    description: "Checks that every prompt file a plan names exists.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const plan = planOf(file, model);
    if (!plan) return;
    for (const entry of plan.entries) {
      if (entry.file || !entry.missing || entry.missing.reportedBy) continue;
      const meant = entry.missing.meant;
      const expected = meant && (entry.written === entry.name ? path.basename(meant) : shown(plan.dir, meant));
      file.message(
        expected ? `Unexpected missing prompt \`${entry.written}\` in the plan, expected \`${expected}\`` : `Unexpected missing prompt \`${entry.written}\` in the plan`,
        {
          place: {
            start: { line: entry.line, column: entry.column },
            end: { line: entry.endLine, column: entry.endColumn }
          },
          cause: meant ? related(plan.dir, meant, "The prompt this entry evidently means") : void 0
        }
      );
    }
  }
);
var plan_entries_default = rule;

export {
  plan_entries_default
};
