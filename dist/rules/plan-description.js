import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_description_default
} from "../chunk-PVN6HLLA.js";
import "../chunk-AMVXXBCO.js";
import "../chunk-QEGP2JS5.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  plan_description_default as default
};
