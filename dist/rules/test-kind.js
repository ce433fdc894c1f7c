import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunk-OFHOHQP4.js";
import "../chunk-KO5X26X3.js";
import "../chunk-HG3U4HY2.js";
import "../chunk-YLMZ5HZ7.js";
export {
  test_kind_default as default
};
