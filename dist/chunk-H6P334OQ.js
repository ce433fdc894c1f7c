import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  article
} from "./chunk-GKTIIADT.js";
import {
  subjectOf
} from "./chunk-K3G72UE5.js";
import {
  defineRule,
  noOptions,
  phaseKind
} from "./chunk-BEMMNZVQ.js";

// rules/phase.ts
var names = {
  red: "Red",
  green: "Green",
  foundation: "Foundation",
  // Stryker disable next-line StringLiteral: a preprompt is never mismatched, so never named here
  preprompt: "Preprompt"
};
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
    if (!phase) return;
    if (!model.mismatched(prompt, facts)) return;
    const said = phaseKind(phase.word) ?? "foundation";
    const value = phase.value.replace(/\s*[(.].*/, "");
    const title = facts.title ? `: \`${facts.title.text}\`` : "";
    const labelOnly = titleAgrees(prompt.kind, facts.title?.subject);
    const why = labelOnly ? `the title agrees with the file name${title}` : `the file holds ${article(said)} ${said} prompt${title}`;
    const message = file.message(
      `Unexpected TDD phase \`${value}\` in a ${prompt.kind} prompt file, expected \`${names[prompt.kind]}\` (${why})`,
      {
        place: {
          start: { line: phase.line, column: phase.column },
          end: { line: phase.line, column: phase.column + value.length }
        }
      }
    );
    if (labelOnly) message.expected = [names[prompt.kind]];
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
