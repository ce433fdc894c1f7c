import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_reference_default
} from "../chunk-QERK2WLX.js";
import "../chunk-AMVXXBCO.js";
import "../chunk-QEGP2JS5.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  requirement_reference_default as default
};
