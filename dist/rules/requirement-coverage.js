import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_coverage_default
} from "../chunk-VJA2M56W.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  requirement_coverage_default as default
};
