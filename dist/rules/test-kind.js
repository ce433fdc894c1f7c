import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunk-FENVYEEG.js";
import "../chunk-GKTIIADT.js";
import "../chunk-AMVXXBCO.js";
import "../chunk-QEGP2JS5.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  test_kind_default as default
};
