import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  placeholdersIn
} from "./chunk-53HZWLIM.js";
import {
  defineRule,
  noOptions
} from "./chunk-BEMMNZVQ.js";

// rules/placeholder.ts
var rule = defineRule(
  {
    id: "placeholder",
    description: "Checks that no placeholder of a scaffold is left in a file.",
    ...noOptions
  },
  function(tree, file) {
    for (const found of placeholdersIn(tree)) {
      file.message(`Unexpected placeholder \`${found.text}\`, expected the text it asks for`, {
        place: { start: found.start, end: found.end }
      });
    }
  }
);
var placeholder_default = rule;

export {
  placeholder_default
};
