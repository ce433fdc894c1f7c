import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_description_default
} from "../chunk-KPY72VSW.js";
import "../chunk-HG3U4HY2.js";
import "../chunk-YLMZ5HZ7.js";
export {
  plan_description_default as default
};
