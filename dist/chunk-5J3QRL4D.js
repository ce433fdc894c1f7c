import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  links
} from "./chunk-65HEJVHH.js";
import {
  parsePromptName
} from "./chunk-WGKZKMPO.js";

// src/preprompt.ts
import path from "node:path";
var prepromptsSchema = {
  type: "object",
  description: "Preprompt of a folder that has none of its own: folder → preprompt file, both relative to the working directory.",
  additionalProperties: { type: "string", minLength: 1 }
};
var prepromptOptions = {
  schema: { type: "object", properties: { preprompts: prepromptsSchema }, additionalProperties: false },
  defaults: { preprompts: {} }
};
function configuredPreprompt(file, suite, options) {
  for (const [folder, target] of Object.entries(options.preprompts)) {
    if (path.resolve(file.cwd, folder) === suite.dir) return path.resolve(file.cwd, target);
  }
  return void 0;
}
function expectedPreprompt(file, suite, options) {
  const own = suite.preprompts[0];
  return own ? path.join(suite.dir, own.name) : configuredPreprompt(file, suite, options);
}
function prepromptLinks(tree, dir) {
  return links(tree, dir).filter(
    (link) => link.target !== void 0 && parsePromptName(path.basename(link.target))?.kind === "preprompt"
  );
}
function relativeTo(dir, target) {
  return path.relative(dir, target).split(path.sep).join("/");
}

export {
  prepromptOptions,
  configuredPreprompt,
  expectedPreprompt,
  prepromptLinks,
  relativeTo
};
