import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  phase_default
} from "../chunk-ETWTD5KR.js";
import "../chunk-GKTIIADT.js";
import "../chunk-ITAAAK5F.js";
import "../chunk-OCDMQTOX.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  phase_default as default
};
