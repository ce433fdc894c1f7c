import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  subjectOf
} from "./chunk-K3G72UE5.js";
import {
  defineRule,
  related,
  start
} from "./chunk-BEMMNZVQ.js";
import {
  formatName,
  toSnakeCase
} from "./chunk-5HIIY6MO.js";

// rules/preprompt.ts
import path from "node:path";

// src/config/preprompt.ts
var prepromptsSchema = {
  type: "object",
  description: "Preprompt of a folder that has none of its own: folder → preprompt file, both relative to the working directory.",
  additionalProperties: { type: "string", minLength: 1 }
};
var prepromptOptions = {
  schema: { type: "object", properties: { preprompts: prepromptsSchema }, additionalProperties: false },
  defaults: { preprompts: {} }
};

// rules/preprompt.ts
var rule = defineRule(
  {
    id: "preprompt",
    description: "Checks that every suite works under exactly one preprompt.",
    ...prepromptOptions
  },
  function(_tree, file, options, model) {
    const subject = subjectOf(file, model);
    if (!subject) return;
    const { prompt: own, folder } = subject;
    if (own.kind === "preprompt") {
      const [inForce] = folder.preprompts;
      if (inForce && inForce !== own && inForce.name !== own.name) {
        file.message(
          `Unexpected second preprompt in this folder, expected one: \`${inForce.name}\` is the preprompt in force`,
          { place: start, cause: related(folder.dir, inForce.name, "The preprompt in force") }
        );
      }
      return;
    }
    if (folder.prompts.find((each) => each.kind !== "preprompt") !== own) return;
    if (model.preprompt(folder.dir) || configured(file.cwd, folder.dir, options)) return;
    if (model.parentSuite(folder.dir)) return;
    const expected = formatName({
      prefix: folder.prefix,
      number: 0,
      slug: toSnakeCase(path.basename(folder.dir)) || "<package>",
      kind: "preprompt"
    });
    file.message(
      `Expected a preprompt for this suite (\`${expected}\` in \`${path.basename(folder.dir)}\`, or one in a folder above it)`,
      { place: start }
    );
  }
);
var preprompt_default = rule;
function configured(cwd, dir, options) {
  return Object.keys(options.preprompts).some((folder) => path.resolve(cwd, folder) === dir);
}

export {
  preprompt_default
};
