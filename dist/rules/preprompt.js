import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_default
} from "../chunk-FHFYUKX4.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  preprompt_default as default
};
