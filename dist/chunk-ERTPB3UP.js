import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  outline,
  sectionKey
} from "./chunk-65HEJVHH.js";
import {
  start
} from "./chunk-POCETTUW.js";
import {
  defineRule,
  ownPrompt,
  suiteOf
} from "./chunk-WGKZKMPO.js";

// rules/required-sections.ts
var names = { type: "array", items: { type: "string", minLength: 1 } };
var rule = defineRule(
  {
    id: "required-sections",
    description: "Checks that a prompt has every section its kind requires, and that none of them is empty.",
    schema: {
      type: "object",
      properties: {
        sections: {
          type: "object",
          properties: { preprompt: names, red: names, green: names },
          additionalProperties: false
        },
        aliases: { type: "object", additionalProperties: names }
      },
      additionalProperties: false
    },
    defaults: {
      sections: {
        preprompt: ["Context", "Components", "Conventions", "Workflow"],
        red: ["Context", "Objective", "Test cases", "Constraints", "Acceptance criteria"],
        green: ["Context", "Objective", "Requirements", "Constraints", "Acceptance criteria"]
      },
      aliases: {}
    }
  },
  function(tree, file, options) {
    const suite = suiteOf(file);
    const own = suite && ownPrompt(file, suite);
    if (!own) return;
    const { sections } = outline(tree);
    const aliases = new Map(
      Object.entries(options.aliases).map(([name, others]) => [sectionKey(name), others])
    );
    const empty = [];
    for (const name of options.sections[own.kind]) {
      const keys = new Set([name, ...aliases.get(sectionKey(name)) ?? []].map(sectionKey));
      const found = sections.filter((section) => keys.has(sectionKey(section.text)));
      const [first] = found;
      if (!first) {
        file.message(`Expected a \`${name}\` section in this ${own.kind} prompt`, { place: start });
      } else if (found.every((section) => section.empty)) {
        empty.push(first);
      }
    }
    for (const section of empty) {
      file.message(`Unexpected empty section \`${section.text}\`, expected content under it`, {
        place: section.node.position
      });
    }
  }
);
var required_sections_default = rule;

export {
  required_sections_default
};
