import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-FRDKR7QS.js";
import "../chunk-AMVXXBCO.js";
import "../chunk-QEGP2JS5.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  empty_prompt_default as default
};
