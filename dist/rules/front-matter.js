import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-HWXTSKYD.js";
import "../chunk-K3G72UE5.js";
import "../chunk-BEMMNZVQ.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  front_matter_default as default
};
