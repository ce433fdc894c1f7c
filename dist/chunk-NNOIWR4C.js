import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  defineRule,
  noOptions,
  phaseKind,
  subjectOf
} from "./chunk-63AJYI2E.js";

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
    const message = file.message(
      `Unexpected TDD phase \`${value}\` in a ${prompt.kind} prompt file, expected \`${names[prompt.kind]}\` (the file holds a ${said} prompt${title})`,
      {
        place: {
          start: { line: phase.line, column: phase.column },
          end: { line: phase.line, column: phase.column + value.length }
        }
      }
    );
    if (titleAgrees(prompt.kind, facts.title?.subject)) message.expected = [names[prompt.kind]];
  }
);
var phase_default = rule;
function titleAgrees(kind, subject) {
  if (!subject) return false;
  const green = /\bimplementation\b/i.test(subject);
  const red = /\btests?\b/i.test(subject);
  return kind === "green" ? green && !red : kind === "red" ? red && !green : false;
}

export {
  phase_default
};
