import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  evidence
} from "./chunk-KO5X26X3.js";
import {
  defineRule,
  noOptions,
  shown,
  start,
  subjectOf
} from "./chunk-FISTF6PN.js";

// rules/preprompt-reference.ts
var rule = defineRule(
  {
    id: "preprompt-reference",
    description: "Checks that a prompt links its suite's preprompt, where the house style does.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const subject = subjectOf(file, model);
    if (!subject || subject.prompt.kind === "preprompt") return;
    const { prompt, facts, folder } = subject;
    if (!model.judged(prompt, facts)) return;
    const preprompt = model.preprompt(folder.dir);
    if (!preprompt) return;
    const expected = model.expects(folder.dir, prompt.kind, "link:preprompt");
    if (!expected || model.parts(folder, prompt, facts).has("link:preprompt")) return;
    file.message(
      `Expected a link to the preprompt \`${shown(folder.dir, preprompt.file)}\`, ${evidence(expected, prompt.kind)}`,
      { place: facts.title ? { line: facts.title.line, column: facts.title.column } : start }
    );
  }
);
var preprompt_reference_default = rule;

export {
  preprompt_reference_default
};
