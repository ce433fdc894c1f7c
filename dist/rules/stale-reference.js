import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  stale_reference_default
} from "../chunk-FBS3HAE2.js";
import "../chunk-2NFYXXYV.js";
import "../chunk-K3G72UE5.js";
import "../chunk-BEMMNZVQ.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  stale_reference_default as default
};
