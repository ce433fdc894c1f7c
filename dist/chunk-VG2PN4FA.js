import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  expectedPreprompt,
  prepromptLinks,
  prepromptOptions,
  relativeTo
} from "./chunk-5J3QRL4D.js";
import {
  related,
  start
} from "./chunk-POCETTUW.js";
import {
  defineRule,
  fileExists,
  ownPrompt,
  suiteOf
} from "./chunk-WGKZKMPO.js";

// rules/preprompt-reference.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "preprompt-reference",
    description: "Checks that every red and green prompt links to its suite's preprompt, and that a link to a preprompt resolves.",
    ...prepromptOptions
  },
  function(tree, file, options) {
    const suite = suiteOf(file);
    const own = suite && ownPrompt(file, suite);
    if (!suite || !own || own.kind === "preprompt") return;
    const expected = expectedPreprompt(file, suite, options);
    const linked = prepromptLinks(tree, suite.dir);
    let resolved = false;
    for (const link of linked) {
      if (link.target && fileExists(file, link.target)) {
        resolved ||= expected === void 0 || link.target === expected;
        continue;
      }
      file.message(
        `Unexpected link to missing preprompt \`${link.url}\`, expected ${expected ? `\`${relativeTo(suite.dir, expected)}\`` : "an existing preprompt"}`,
        { place: link.position }
      );
    }
    if (resolved) return;
    if (expected) {
      file.message(
        `Expected a link to the suite’s preprompt \`${relativeTo(suite.dir, expected)}\``,
        {
          place: start,
          cause: related(path.dirname(expected), path.basename(expected), "The suite’s preprompt")
        }
      );
    } else {
      file.message("Expected a link to an existing preprompt: this folder has none of its own", {
        place: start
      });
    }
  }
);
var preprompt_reference_default = rule;

export {
  preprompt_reference_default
};
