import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_entries_default
} from "../chunk-MCGTR5CH.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  plan_entries_default as default
};
