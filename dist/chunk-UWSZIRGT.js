import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  shown,
  subjectOf
} from "./chunk-K3G72UE5.js";
import {
  defineRule,
  noOptions,
  related,
  start
} from "./chunk-BEMMNZVQ.js";
import {
  formatNumber,
  representative,
  stepsOf
} from "./chunk-5HIIY6MO.js";

// rules/numbering.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "numbering",
    description: "Checks that no two steps of a suite (pairs or foundation prompts) share a number, in the sequence the suite numbers them in.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const subject = subjectOf(file, model);
    if (!subject) return;
    if (subject.prompt.kind === "preprompt") return;
    const { prompt: own, folder } = subject;
    const steps = model.numberingDomain(folder.dir).map((dir) => dir === folder.dir ? folder : model.folder(dir)).flatMap(
      (each) => stepsOf(each.byNumber.get(own.number) ?? []).map((step) => ({ dir: each.dir, step }))
    );
    const index = steps.findIndex((each) => each.step.includes(own));
    if (index <= 0 || representative(steps[index].step) !== own) return;
    const first = steps[0];
    const other = representative(first.step);
    file.message(
      `Unexpected number \`${formatNumber(own.number)}\` shared with \`${shown(folder.dir, path.join(first.dir, other.name))}\`, expected one step per number`,
      { place: start, cause: related(first.dir, other.name, "Another step with the same number") }
    );
  }
);
var numbering_default = rule;

export {
  numbering_default
};
