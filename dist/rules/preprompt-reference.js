import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_reference_default
} from "../chunk-2YTPKJB6.js";
import "../chunk-KO5X26X3.js";
import "../chunk-63AJYI2E.js";
import "../chunk-EX7H2NOR.js";
export {
  preprompt_reference_default as default
};
