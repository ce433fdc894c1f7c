import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  phase_default
} from "../chunk-ZLZ54VAD.js";
import "../chunk-TVZXQZX6.js";
export {
  phase_default as default
};
