import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_entries_default
} from "../chunk-GH5CIICH.js";
import "../chunk-WKKDVJYJ.js";
import "../chunk-63AJYI2E.js";
import "../chunk-EX7H2NOR.js";
export {
  plan_entries_default as default
};
