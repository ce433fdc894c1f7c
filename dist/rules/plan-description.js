import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_description_default
} from "../chunk-IWTE4YH4.js";
import "../chunk-6YRAJZXT.js";
import "../chunk-7JRAG53Q.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  plan_description_default as default
};
