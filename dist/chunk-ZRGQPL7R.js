import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  links
} from "./chunk-65HEJVHH.js";
import {
  related,
  start
} from "./chunk-POCETTUW.js";
import {
  defineRule,
  noOptions,
  ownPrompt,
  parsePromptName,
  promptsWith,
  suiteOf
} from "./chunk-WGKZKMPO.js";

// rules/red-reference.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "red-reference",
    description: "Checks that a green prompt links its own red prompt (same number and slug) and no other pair's red prompt.",
    ...noOptions
  },
  function(tree, file) {
    const suite = suiteOf(file);
    const own = suite && ownPrompt(file, suite);
    if (!suite || !own || own.kind !== "green") return;
    const reds = promptsWith(suite, own.number, "red");
    const red = reds.find((prompt) => prompt.slug === own.slug) ?? (reds.length === 1 ? reds[0] : void 0);
    if (!red) return;
    const target = path.join(suite.dir, red.name);
    let linked = false;
    for (const link of links(tree, suite.dir)) {
      if (!link.target || parsePromptName(path.basename(link.target))?.kind !== "red") continue;
      if (link.target === target) {
        linked = true;
        continue;
      }
      file.message(
        `Unexpected link to \`${link.url}\`, the red prompt of another pair, expected \`${red.name}\``,
        { place: link.position }
      );
    }
    if (!linked) {
      file.message(`Expected a link to this green prompt’s red prompt \`${red.name}\``, {
        place: start,
        cause: related(suite, red.name, "The red prompt of this pair")
      });
    }
  }
);
var red_reference_default = rule;

export {
  red_reference_default
};
