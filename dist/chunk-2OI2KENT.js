import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  filePath,
  shown,
  subjectOf
} from "./chunk-K3G72UE5.js";
import {
  defineRule,
  related
} from "./chunk-BEMMNZVQ.js";
import {
  isMarkdownName,
  isRequirementName,
  parsePromptName,
  requirementOptions,
  scopeOfDocument,
  unresolvedIn
} from "./chunk-5HIIY6MO.js";

// rules/requirement-reference.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "requirement-reference",
    description: "Checks that every requirement ID a prompt cites is defined by a requirement document of its package, and that each ID is defined once.",
    ...requirementOptions
  },
  function(_tree, file, options, model) {
    const subject = subjectOf(file, model);
    if (!subject) {
      duplicates(file, options, model);
      return;
    }
    if (subject.facts.requirements.length === 0) return;
    const requirements = model.requirements(model.root(subject.folder.dir), options.documents);
    const chain = requirements.resolving(subject.folder.dir);
    for (const citation of unresolvedIn(chain, subject.path, subject.facts.requirements)) {
      const { document, suggestion, malformed, form, section } = citation;
      const hint = suggestion ? ` (did you mean \`${suggestion}\`?)` : malformed && form ? `, written like \`${form}\`` : section ? ` (\`${section.id}\` holds \`${section.first}\` to \`${section.last}\`)` : "";
      file.message(
        `Unexpected requirement \`${citation.id}\`, expected an ID that a requirement document defines${hint}`,
        {
          place: {
            start: { line: citation.line, column: citation.column },
            end: { line: citation.endLine, column: citation.endColumn }
          },
          cause: document ? related(
            path.dirname(document),
            path.basename(document),
            `Where \`${form ?? ""}\` is defined`
          ) : void 0
        }
      );
    }
  }
);
function duplicates(file, options, model) {
  const own = filePath(file);
  if (!own || !isMarkdownName(own)) return;
  const name = path.basename(own);
  if (parsePromptName(name) || !isRequirementName(name, options.documents)) return;
  model.own(file);
  const requirements = model.requirements(model.root(path.dirname(own)), options.documents);
  const scope = scopeOfDocument(requirements, own);
  for (const { definition, first } of scope?.duplicates ?? []) {
    if (definition.document !== own) continue;
    const where = first.document === own ? `line ${first.line}` : shown(path.dirname(own), first.document);
    file.message(
      `Unexpected second definition of requirement \`${definition.id}\`, expected each ID defined once in its package (first in ${where})`,
      {
        place: {
          start: { line: definition.line, column: definition.column },
          end: { line: definition.endLine, column: definition.endColumn }
        },
        cause: related(
          path.dirname(first.document),
          path.basename(first.document),
          `The first definition of \`${first.id}\``,
          { line: first.line, column: first.column }
        )
      }
    );
  }
}
var requirement_reference_default = rule;

export {
  requirement_reference_default
};
