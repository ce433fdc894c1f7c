import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  subjectOf
} from "./chunk-K3G72UE5.js";
import {
  defineRule,
  noOptions,
  start
} from "./chunk-BEMMNZVQ.js";

// rules/empty-prompt.ts
var rule = defineRule(
  {
    id: "empty-prompt",
    description: "Checks that a prompt file is not empty.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const subject = subjectOf(file, model);
    if (subject?.facts.blank) {
      file.message("Unexpected empty prompt file, expected the text of the prompt", { place: start });
    }
  }
);
var empty_prompt_default = rule;

export {
  empty_prompt_default
};
