import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_description_default
} from "../chunk-DAL4WF3Q.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  plan_description_default as default
};
