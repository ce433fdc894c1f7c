import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-2CX4YEEG.js";
import "../chunk-ITAAAK5F.js";
import "../chunk-OCDMQTOX.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  empty_prompt_default as default
};
