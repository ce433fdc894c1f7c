import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_entries_default
} from "../chunk-HWOVEENJ.js";
import "../chunk-SRDYD5LO.js";
import "../chunk-C46MMHOC.js";
import "../chunk-D2Y76NGA.js";
import "../chunk-CEDZ37P7.js";
export {
  plan_entries_default as default
};
