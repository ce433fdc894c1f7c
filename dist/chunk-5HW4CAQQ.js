import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  evidence
} from "./chunk-GKTIIADT.js";
import {
  shown,
  subjectOf
} from "./chunk-K3G72UE5.js";
import {
  defineRule,
  isPrepromptName,
  noOptions,
  start
} from "./chunk-BEMMNZVQ.js";

// rules/preprompt-reference.ts
import path from "node:path";
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
    const preprompt = model.preprompt(folder.dir);
    if (!preprompt) return;
    missingNames(file, subject, preprompt);
    if (!model.judged(prompt, facts)) return;
    const expected = model.expects(folder.dir, prompt.kind, "link:preprompt");
    if (!expected || model.parts(folder, prompt, facts).has("link:preprompt")) return;
    file.message(
      `Expected a link to the preprompt \`${shown(folder.dir, preprompt.file)}\`, ${evidence(expected, prompt.kind)}`,
      { place: facts.title ? { line: facts.title.line, column: facts.title.column } : start }
    );
  }
);
var preprompt_reference_default = rule;
function missingNames(file, { facts, folder, model, path: own }, preprompt) {
  const knownAnywhere = (name) => model.markdownNamed(model.root(folder.dir), name).some((each) => path.basename(each) === name);
  for (const name of facts.promptNames) {
    if (name.external || !isPrepromptName(name.value)) continue;
    const inLink = facts.links.some(
      (link) => link.line === name.line && link.column <= name.column && name.column < link.endColumn
    );
    if (inLink) continue;
    const target = path.resolve(folder.dir, name.folder, name.value);
    if (model.exists(target) || !name.folder && knownAnywhere(name.value)) continue;
    if (target === own) continue;
    file.message(
      `Unexpected reference to missing preprompt \`${name.folder + name.value}\`, expected \`${shown(folder.dir, preprompt.file)}\``,
      {
        place: {
          start: { line: name.line, column: name.column },
          end: { line: name.endLine, column: name.endColumn }
        }
      }
    );
  }
}

export {
  preprompt_reference_default
};
