import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_component_default
} from "../chunk-N5P76BGV.js";
import "../chunk-4DQPNVMK.js";
import "../chunk-JVCCDYP2.js";
import "../chunk-TXZLK2KV.js";
export {
  pair_component_default as default
};
