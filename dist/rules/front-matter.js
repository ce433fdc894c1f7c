import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-BHHSUYU5.js";
import "../chunk-4DQPNVMK.js";
import "../chunk-JVCCDYP2.js";
import "../chunk-TXZLK2KV.js";
export {
  front_matter_default as default
};
