import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunk-HPWEHONU.js";
import "../chunk-KO5X26X3.js";
import "../chunk-63AJYI2E.js";
import "../chunk-EX7H2NOR.js";
export {
  test_kind_default as default
};
