import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  staleReference
} from "./chunk-2NFYXXYV.js";
import {
  planOf,
  shown
} from "./chunk-K3G72UE5.js";
import {
  defineRule,
  noOptions,
  related
} from "./chunk-BEMMNZVQ.js";
import {
  parsePromptName
} from "./chunk-5HIIY6MO.js";

// rules/plan-entries.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "plan-entries",
    description: "Checks that every file a plan names exists.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const plan = planOf(file, model);
    if (!plan) return;
    const facts = model.own(file);
    const isPrompt = model.prompt(plan.file) !== void 0;
    const links = new Set(
      facts.fileNames.filter((each) => each.where === "link").map((each) => `${each.line}:${each.column}`)
    );
    const found = [];
    for (const entry of plan.entries) {
      if (entry.file || !entry.missing) continue;
      const by = entry.missing.reportedBy;
      if (by && by !== "numbering-gap") continue;
      if (isPrompt && links.has(`${entry.line}:${entry.column}`)) continue;
      const meant = entry.missing.meant;
      const expected = meant && (entry.written === entry.name ? path.basename(meant) : shown(plan.dir, meant));
      const folder = entry.written.slice(0, -entry.name.length);
      const target = entry.folder && model.folder(entry.folder);
      const removed = !meant && target && target.prompts.length > 0 && entry.prompt.number <= Math.max(0, ...target.byNumber.keys()) && facts.promptNames.filter((each) => each.line === entry.line).length === 1 && facts.fileNames.some((each) => each.line === entry.line && each.listed);
      found.push({
        at: entry,
        reason: expected ? `Unexpected missing prompt \`${entry.written}\` in the plan, expected \`${expected}\`` : `Unexpected missing prompt \`${entry.written}\` in the plan`,
        cause: meant ? related(plan.dir, meant, "The prompt this entry evidently means") : void 0,
        replacement: meant && path.resolve(plan.dir, folder) === path.dirname(meant) ? escapeAs(entry, path.basename(meant)) : removed ? "" : void 0
      });
    }
    for (const mention of facts.fileNames) {
      if (!mention.listed || mention.where === "label" || parsePromptName(mention.value)) continue;
      if (isPrompt && mention.where === "link") continue;
      const stale = staleReference(model, plan.dir, mention, true);
      if (!stale) continue;
      const expected = stale.meant && (stale.replacement ?? shown(plan.dir, stale.meant));
      found.push({
        at: mention,
        reason: expected ? `Unexpected missing file \`${stale.written}\` in the plan, expected \`${expected.replace(/\\_/g, "_")}\`` : `Unexpected missing file \`${stale.written}\` in the plan`,
        cause: stale.meant ? related(plan.dir, stale.meant, "The file this entry evidently means") : void 0,
        replacement: stale.replacement
      });
    }
    found.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
    for (const each of found) {
      const message = file.message(each.reason, { place: span(each.at), cause: each.cause });
      if (each.replacement !== void 0) message.expected = [each.replacement];
    }
  }
);
var plan_entries_default = rule;
function span(at) {
  return { start: { line: at.line, column: at.column }, end: { line: at.endLine, column: at.endColumn } };
}
function escapeAs(entry, name) {
  return entry.endColumn - entry.column > entry.name.length ? name.replace(/_/g, "\\_") : name;
}

export {
  plan_entries_default
};
