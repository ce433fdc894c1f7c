import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  article,
  evidence
} from "./chunk-GKTIIADT.js";
import {
  placeholdersIn
} from "./chunk-53HZWLIM.js";
import {
  subjectOf
} from "./chunk-K3G72UE5.js";
import {
  defineRule,
  sectionKey,
  start
} from "./chunk-BEMMNZVQ.js";
import {
  kinds
} from "./chunk-5HIIY6MO.js";

// rules/required-sections.ts
var names = { type: "array", items: { type: "string", minLength: 1, maxLength: 200 }, maxItems: 100 };
var rule = defineRule(
  {
    id: "required-sections",
    description: "Checks that a prompt has every section its suite's house style (or the configuration) has, and that none of those is empty.",
    schema: {
      type: "object",
      properties: {
        sections: {
          type: "object",
          properties: Object.fromEntries(kinds.map((kind) => [kind, names])),
          additionalProperties: false
        },
        aliases: { type: "object", additionalProperties: names, maxProperties: 100 }
      },
      additionalProperties: false
    },
    defaults: { sections: {}, aliases: {} }
  },
  function(tree, file, options, model) {
    const subject = subjectOf(file, model);
    if (!subject || !model.judged(subject.prompt, subject.facts)) return;
    const { prompt, facts, folder } = subject;
    const pinned = options.sections[prompt.kind];
    const wanted = [];
    if (pinned) {
      const aliases = new Map(
        Object.entries(options.aliases).map(([name, others]) => [sectionKey(name), others])
      );
      for (const name of pinned) {
        const keys = new Set([name, ...aliases.get(sectionKey(name)) ?? []].map(sectionKey));
        wanted.push({ keys, name, why: "as the configuration requires" });
      }
    } else {
      for (const [part, found] of model.expected(folder.dir, prompt.kind)) {
        if (!part.startsWith("section:")) continue;
        wanted.push({
          keys: /* @__PURE__ */ new Set([part.slice("section:".length)]),
          name: found.display,
          why: evidence(found, prompt.kind)
        });
      }
    }
    const empty = [];
    for (const { keys, name, why } of wanted) {
      const found = facts.sections.filter((section) => keys.has(section.key));
      const [first] = found;
      if (!first) {
        file.message(
          `Expected ${article(name)} \`${name}\` section in this ${prompt.kind} prompt, ${why}`,
          {
            place: start
          }
        );
      } else if (found.every((section) => section.empty)) {
        empty.push(first);
      }
    }
    const placeholders = empty.length > 0 ? placeholdersIn(tree).map((found) => found.start.line) : [];
    const order = new Map(facts.sections.map((section, index) => [section, index]));
    for (const section of empty) {
      const next = facts.sections[order.get(section) + 1]?.line ?? Infinity;
      if (placeholders.some((line) => line >= section.line && line < next)) continue;
      file.message(
        `Unexpected empty section \`${section.text.replace(/:$/, "")}\`, expected content under it`,
        {
          place: {
            start: { line: section.line, column: section.column },
            end: { line: section.endLine, column: section.endColumn }
          }
        }
      );
    }
  }
);
var required_sections_default = rule;

export {
  required_sections_default
};
