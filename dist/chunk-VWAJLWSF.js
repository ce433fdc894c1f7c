import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  defineRule,
  related,
  subjectOf
} from "./chunk-FISTF6PN.js";
import {
  levelOf,
  requirementOptions
} from "./chunk-7LDA5P3D.js";

// rules/requirement-reference.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "requirement-reference",
    description: "Checks that every requirement ID a prompt cites is defined by a requirement document of the repository.",
    ...requirementOptions
  },
  function(_tree, file, options, model) {
    const subject = subjectOf(file, model);
    if (!subject || subject.facts.requirements.length === 0) return;
    const requirements = model.requirements(model.root(subject.folder.dir), options.documents);
    if (requirements.documents.length === 0) return;
    for (const citation of subject.facts.requirements) {
      const level = levelOf(citation.value);
      if (requirements.byId.has(citation.value) || !requirements.levels.has(level)) continue;
      const document = requirements.definitions.find((each) => levelOf(each.id) === level)?.document;
      file.message(
        `Unexpected requirement \`${citation.value}\`, expected an ID that a requirement document defines`,
        {
          place: {
            start: { line: citation.line, column: citation.column },
            end: { line: citation.endLine, column: citation.endColumn }
          },
          cause: document ? related(path.dirname(document), path.basename(document), `The ${level} requirements`) : void 0
        }
      );
    }
  }
);
var requirement_reference_default = rule;

export {
  requirement_reference_default
};
