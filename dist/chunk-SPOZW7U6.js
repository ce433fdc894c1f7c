import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  outline,
  sectionKey,
  toString
} from "./chunk-65HEJVHH.js";
import {
  start
} from "./chunk-POCETTUW.js";
import {
  defineRule,
  ownPrompt,
  suiteOf
} from "./chunk-WGKZKMPO.js";

// rules/test-kind.ts
var words = { type: "array", items: { type: "string", minLength: 1, maxLength: 100 }, minItems: 1 };
var rule = defineRule(
  {
    id: "test-kind",
    description: "Checks that a red prompt says which kind of test it asks for, in its title or in its Objective section: `unit`, `integration`, `pre-flight` or `end-to-end` by default.",
    schema: {
      type: "object",
      properties: { kinds: words, sections: words },
      additionalProperties: false
    },
    defaults: { kinds: ["unit", "integration", "pre-flight", "end-to-end"], sections: ["Objective"] }
  },
  function(tree, file, options) {
    const suite = suiteOf(file);
    const own = suite && ownPrompt(file, suite);
    if (!own || own.kind !== "red") return;
    const { title, sections } = outline(tree);
    const keys = new Set(options.sections.map(sectionKey));
    const read = title ? [title] : [];
    for (const section of sections) {
      if (keys.has(sectionKey(section.text))) read.push(section.node, ...section.content);
    }
    const text = " " + normalise(toString({ type: "root", children: read })) + " ";
    if (options.kinds.some((kind) => matches(text, kind))) return;
    const quoted = options.kinds.map((kind) => `\`${kind}\``);
    const list = quoted.length > 1 ? quoted.slice(0, -1).join(", ") + " or " + quoted.at(-1) : quoted.join("");
    const where = options.sections.map((name) => `the \`${name}\` section`).join(" or ");
    file.message(
      `Expected the title or ${where} to say which kind of test this red prompt asks for: ${list}`,
      { place: title?.position ?? start }
    );
  }
);
var test_kind_default = rule;
function normalise(text) {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ");
}
function matches(text, kind) {
  const spaced = normalise(kind).trim();
  return text.includes(` ${spaced} `) || text.includes(` ${spaced.replace(/ /g, "")} `);
}

export {
  test_kind_default
};
