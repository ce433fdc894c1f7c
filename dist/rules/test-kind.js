import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunk-AH356IIN.js";
import "../chunk-GKTIIADT.js";
import "../chunk-C46MMHOC.js";
import "../chunk-D2Y76NGA.js";
import "../chunk-CEDZ37P7.js";
export {
  test_kind_default as default
};
