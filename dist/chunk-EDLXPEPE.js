import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  links,
  outline,
  sectionKey
} from "./chunk-65HEJVHH.js";
import {
  related,
  start
} from "./chunk-POCETTUW.js";
import {
  defineRule,
  fileExists,
  formatNumber,
  isPromptFileName,
  ownPrompt,
  suiteOf
} from "./chunk-WGKZKMPO.js";

// rules/preprompt-index.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "preprompt-index",
    description: "Checks that a preprompt's component list links every pair in its own folder (the red or the green prompt of each), and links no prompt that does not exist.",
    schema: {
      type: "object",
      properties: { sections: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 } },
      additionalProperties: false
    },
    defaults: { sections: ["Components"] }
  },
  function(tree, file, options) {
    const suite = suiteOf(file);
    const own = suite && ownPrompt(file, suite);
    if (!suite || !own || own.kind !== "preprompt") return;
    const keys = new Set(options.sections.map(sectionKey));
    const section = outline(tree).sections.find((each) => keys.has(sectionKey(each.text)));
    const scope = section ? { type: "root", children: [section.node, ...section.content] } : tree;
    const linked = /* @__PURE__ */ new Set();
    for (const link of links(scope, suite.dir)) {
      if (!link.target || !isPromptFileName(path.basename(link.target))) continue;
      if (fileExists(file, link.target)) linked.add(link.target);
      else {
        file.message(`Unexpected link to missing prompt \`${link.url}\` in the component list`, {
          place: link.position
        });
      }
    }
    for (const [number, group] of suite.byNumber) {
      if (group.some((prompt) => linked.has(path.join(suite.dir, prompt.name)))) continue;
      const first = group[0];
      if (!first) continue;
      file.message(
        `Expected the component list to link pair \`${formatNumber(number)}\` (\`${first.name}\`)`,
        {
          place: section?.node.position ?? start,
          cause: related(suite, first.name, "A prompt of the unlisted pair")
        }
      );
    }
  }
);
var preprompt_index_default = rule;

export {
  preprompt_index_default
};
