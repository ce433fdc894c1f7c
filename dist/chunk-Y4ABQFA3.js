import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  configuredPreprompt,
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
  formatName,
  ownPrompt,
  suiteOf
} from "./chunk-WGKZKMPO.js";

// rules/preprompt.ts
var rule = defineRule(
  {
    id: "preprompt",
    description: "Checks that a suite has exactly one preprompt (`[prefix_]prompt_00_<package>_preprompt.md`), the master context its red and green prompts refer to.",
    ...prepromptOptions
  },
  function(tree, file, options) {
    const suite = suiteOf(file);
    const own = suite && ownPrompt(file, suite);
    if (!suite || !own) return;
    if (own.kind === "preprompt") {
      const others = suite.preprompts.filter((prompt) => prompt !== own);
      const [other] = others;
      if (other) {
        file.message(
          `Unexpected second preprompt beside ${others.map((prompt) => `\`${prompt.name}\``).join(", ")}, expected one preprompt per suite`,
          { place: start, cause: related(suite, other.name, "Another preprompt in this folder") }
        );
      }
      return;
    }
    if (suite.preprompts.length > 0 || suite.prompts[0] !== own) return;
    const configured = configuredPreprompt(file, suite, options);
    if (configured) {
      if (!fileExists(file, configured)) {
        file.message(
          `Expected the configured preprompt \`${relativeTo(suite.dir, configured)}\` to exist`,
          { place: start }
        );
      }
      return;
    }
    const linked = prepromptLinks(tree, suite.dir).some(
      (link) => link.target && fileExists(file, link.target)
    );
    if (linked) return;
    const expected = formatName({
      prefix: suite.prefix,
      number: 0,
      slug: "<package>",
      kind: "preprompt"
    });
    file.message(
      `Expected a preprompt \`${expected}\` in this folder, or a link to the preprompt this folder uses`,
      { place: start }
    );
  }
);
var preprompt_default = rule;

export {
  preprompt_default
};
