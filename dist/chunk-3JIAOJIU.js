import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  links
} from "./chunk-65HEJVHH.js";
import {
  defineRule,
  fileExists,
  isPromptFileName,
  listFolder,
  noOptions,
  ownPrompt,
  parsePromptName,
  suiteOf
} from "./chunk-WGKZKMPO.js";

// rules/prompt-links.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "prompt-links",
    description: "Checks that every relative link in a prompt file that points at a prompt file (a markdown file whose name contains `prompt`) points at one that exists.",
    ...noOptions
  },
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
