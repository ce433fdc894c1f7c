import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_component_default
} from "../chunk-GOH637LS.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  pair_component_default as default
};
