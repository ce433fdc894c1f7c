import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  filePath
} from "./chunk-K3G72UE5.js";
import {
  defineRule
} from "./chunk-BEMMNZVQ.js";
import {
  isCited,
  isMarkdownName,
  isRequirementName,
  isTraced,
  parsePromptName,
  requirementOptions,
  scopeOfDocument
} from "./chunk-5HIIY6MO.js";

// rules/requirement-coverage.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "requirement-coverage",
    description: "Checks that every requirement whose text says shall or must is cited by at least one prompt of its package.",
    ...requirementOptions
  },
  function(_tree, file, options, model) {
    const own = filePath(file);
    if (!own || !isMarkdownName(own)) return;
    const name = path.basename(own);
    if (parsePromptName(name) || !isRequirementName(name, options.documents)) return;
    model.own(file);
    const root = model.root(path.dirname(own));
    if (!model.hasPrompts(root)) return;
    const scope = scopeOfDocument(model.requirements(root, options.documents), own);
    if (!scope || !isTraced(scope, own)) return;
    for (const definition of scope.definitions) {
      if (definition.document !== own || !definition.binding) continue;
      if (scope.byId.get(definition.id) !== definition) continue;
      if (isCited(scope, definition.id)) continue;
      file.message(
        `Expected a prompt to cite \`${definition.id}\`, a requirement that says \`${definition.keyword.toLowerCase()}\``,
        {
          place: {
            start: { line: definition.line, column: definition.column },
            end: { line: definition.endLine, column: definition.endColumn }
          }
        }
      );
    }
  }
);
var requirement_coverage_default = rule;

export {
  requirement_coverage_default
};
