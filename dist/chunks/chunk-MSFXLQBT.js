import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  links
} from "./chunk-CK4YUAH4.js";
import {
  defineRule,
  fileExists,
  isPromptFileName,
  listFolder,
  ownPrompt,
  parsePromptName,
  suiteOf
} from "./chunk-ZUYHAV3M.js";

// rules/prompt-links.ts
import path from "node:path";
var rule = defineRule(
  { id: "prompt-links", schema: { type: "object", additionalProperties: false }, defaults: {} },
  function(tree, file) {
    const suite = suiteOf(file);
    if (!suite || !ownPrompt(file, suite)) return;
    for (const link of links(tree, suite.dir)) {
      const target = link.target;
      if (!target || !isPromptFileName(path.basename(target)) || fileExists(file, target)) continue;
      const near = nearest(file, target);
      file.message(
        `Unexpected link to missing prompt file \`${link.url}\`${near ? `, expected \`${near}\`` : ""}`,
        { place: link.position }
      );
    }
  }
);
var prompt_links_default = rule;
function nearest(file, target) {
  const wanted = parsePromptName(path.basename(target));
  if (!wanted) return void 0;
  return listFolder(file, path.dirname(target))?.find((name) => {
    const found = parsePromptName(name);
    return found?.number === wanted.number && found.kind === wanted.kind;
  });
}

export {
  prompt_links_default
};
