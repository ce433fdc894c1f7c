import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  defineRule,
  noOptions,
  phaseKind,
  subjectOf
} from "./chunk-TVZXQZX6.js";

// rules/phase.ts
var names = { red: "Red", green: "Green", foundation: "Foundation", preprompt: "Preprompt" };
var rule = defineRule(
  {
    id: "phase",
    description: "Checks that a prompt's `TDD Phase` label agrees with its file name.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const subject = subjectOf(file, model);
    if (!subject) return;
    const { prompt, facts } = subject;
    const phase = facts.phase;
    if (!phase || !model.mismatched(prompt, facts)) return;
    const said = phaseKind(phase.word) ?? "foundation";
    const value = phase.value.replace(/\s*[(.].*$/, "");
    const title = facts.title ? `: \`${facts.title.text}\`` : "";
    file.message(
      `Unexpected TDD phase \`${value}\` in a ${prompt.kind} prompt file, expected \`${names[prompt.kind]}\` (the file holds a ${said} prompt${title})`,
      {
        place: {
          start: { line: phase.line, column: phase.column },
          end: { line: phase.line, column: phase.column + value.length }
        }
      }
    );
  }
);
var phase_default = rule;

export {
  phase_default
};
