import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  evidence
} from "./chunk-GKTIIADT.js";
import {
  subjectOf
} from "./chunk-K3G72UE5.js";
import {
  defineRule,
  noOptions,
  related,
  start
} from "./chunk-BEMMNZVQ.js";

// rules/red-reference.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "red-reference",
    description: "Checks that a green prompt refers to its own red prompt (cites its test files or links it) and not to another pair’s test file or red prompt.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const subject = subjectOf(file, model);
    if (!subject || subject.prompt.kind !== "green") return;
    const { prompt, facts, folder } = subject;
    if (!model.judged(prompt, facts)) return;
    const red = model.partner(folder, prompt);
    if (!red) return;
    const redFacts = model.facts(path.join(folder.dir, red.name));
    if (!model.judged(red, redFacts)) return;
    const names = facts.fileNames.filter(
      (each) => !each.external && each.where !== "label" && path.resolve(folder.dir, each.folder) === folder.dir
    );
    const other = names.find((each) => {
      const named = folder.byName.get(each.value);
      return named?.kind === "red" && named.name !== red.name;
    });
    if (other && !names.some((each) => each.value === red.name)) {
      file.message(
        `Unexpected red prompt \`${other.value}\` of another pair, expected its own red prompt \`${red.name}\``,
        { place: span(other), cause: related(folder.dir, other.value, "The other pair’s red prompt") }
      );
      return;
    }
    if (model.refersToRed(folder, prompt, facts)) return;
    const generated = redFacts.testFiles.map((each) => each.value);
    const cause = related(folder.dir, red.name, "Its red prompt");
    if (generated.length === 0) {
      const expected = model.expects(folder.dir, "green", "refers:red");
      if (expected) {
        file.message(
          `Expected a link to its red prompt \`${red.name}\`, ${evidence(expected, "green")}`,
          {
            place: start,
            cause
          }
        );
      }
      return;
    }
    const list = generated.map((each) => `\`${each}\``).join(", ");
    const foreign = facts.testFiles.map((cited) => [cited, ownerOf(model, folder.dir, cited, red.name)]).find(([, owner]) => owner !== void 0);
    if (foreign) {
      const [cited, owner] = foreign;
      file.message(
        `Unexpected test file \`${cited.value}\` of \`${owner}\`, expected ${list} that this green prompt's red \`${red.name}\` generates`,
        { place: span(cited), cause }
      );
      return;
    }
    const dependencies = facts.sections.find((section) => section.key === "dependencies");
    file.message(
      `Expected the test file ${list} that its red prompt \`${red.name}\` generates to be cited here`,
      { place: dependencies ? span(dependencies) : start, cause }
    );
  }
);
var red_reference_default = rule;
function ownerOf(model, dir, cited, own) {
  for (const other of model.folder(dir).prompts) {
    if (other.kind !== "red" || other.name === own) continue;
    const named = model.facts(path.join(dir, other.name))?.testFiles ?? [];
    if (named.some((each) => each.value === cited.value)) return other.name;
  }
  return void 0;
}
function span(at) {
  return { start: { line: at.line, column: at.column }, end: { line: at.endLine, column: at.endColumn } };
}

export {
  red_reference_default
};
