import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_reference_default
} from "../chunk-CVN35SH7.js";
import "../chunk-ITAAAK5F.js";
import "../chunk-OCDMQTOX.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  requirement_reference_default as default
};
