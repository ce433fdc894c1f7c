import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  defineRule,
  noOptions,
  related,
  start,
  subjectOf
} from "./chunk-FISTF6PN.js";
import {
  formatNumber,
  representative,
  stepsOf
} from "./chunk-7LDA5P3D.js";

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

export {
  numbering_default
};
