import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunk-XCHVSSS7.js";
import "../chunk-GKTIIADT.js";
import "../chunk-FX5QU5KV.js";
import "../chunk-DHFM55ED.js";
import "../chunk-YO7UGG4C.js";
export {
  test_kind_default as default
};
