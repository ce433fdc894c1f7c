import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  subjectOf
} from "./chunk-K3G72UE5.js";
import {
  componentKey,
  defineRule,
  noOptions,
  related
} from "./chunk-BEMMNZVQ.js";

// rules/pair-component.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "pair-component",
    description: "Checks that the red and green prompts of a pair name the same component in their titles.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const subject = subjectOf(file, model);
    if (!subject || subject.prompt.kind !== "green") return;
    const { prompt, facts, folder } = subject;
    if (!model.judged(prompt, facts) || !facts.title?.component) return;
    const red = model.partner(folder, prompt);
    if (!red || red.slug !== prompt.slug) return;
    const redFacts = model.facts(path.join(folder.dir, red.name));
    if (!model.judged(red, redFacts) || !redFacts.title?.component) return;
    if (componentKey(redFacts.title.component) === componentKey(facts.title.component)) return;
    file.message(
      `Unexpected component \`${facts.title.component}\` in the title, expected \`${redFacts.title.component}\` as in its red prompt \`${red.name}\``,
      {
        place: { line: facts.title.line, column: facts.title.column },
        cause: related(folder.dir, red.name, "The red prompt of this pair", {
          line: redFacts.title.line,
          column: redFacts.title.column
        })
      }
    );
  }
);
var pair_component_default = rule;

export {
  pair_component_default
};
