import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  defineRule,
  noOptions,
  related,
  start,
  subjectOf
} from "./chunk-DGWQGGT6.js";
import {
  formatNumber
} from "./chunk-YLMZ5HZ7.js";

// rules/numbering.ts
var rule = defineRule(
  {
    id: "numbering",
    description: "Checks that no two steps of a suite (pairs or foundation prompts) share a number.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const subject = subjectOf(file, model);
    if (!subject || subject.prompt.kind === "preprompt") return;
    const { prompt: own, folder } = subject;
    const steps = stepsOf(folder.byNumber.get(own.number) ?? []);
    if (steps.length < 2) return;
    const index = steps.findIndex((step2) => step2.includes(own));
    const step = steps[index];
    if (index <= 0 || !step || representative(step) !== own) return;
    const first = steps[0] ?? [];
    const other = representative(first);
    file.message(
      `Unexpected number \`${formatNumber(own.number)}\` shared with \`${other.name}\`, expected one step per number`,
      { place: start, cause: related(folder.dir, other.name, "Another step with the same number") }
    );
  }
);
var numbering_default = rule;
function stepsOf(prompts) {
  const reds = prompts.filter((each) => each.kind === "red");
  const greens = prompts.filter((each) => each.kind === "green");
  if (reds.length === 1 && greens.length === 1 && prompts.length === 2) return [prompts];
  const bySlug = /* @__PURE__ */ new Map();
  for (const prompt of prompts) {
    const key = (prompt.kind === "foundation" ? "f:" : "p:") + prompt.slug;
    bySlug.set(key, [...bySlug.get(key) ?? [], prompt]);
  }
  return [...bySlug.values()].sort(
    (a, b) => representative(a).name < representative(b).name ? -1 : 1
  );
}
function representative(step) {
  return step.find((each) => each.kind !== "green") ?? step[0];
}

export {
  numbering_default,
  stepsOf
};
