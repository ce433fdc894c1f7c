import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  phase_default
} from "../chunk-VGZ4U4UT.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  phase_default as default
};
