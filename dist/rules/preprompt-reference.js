import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_reference_default
} from "../chunks/chunk-ICFQH23G.js";
import "../chunks/chunk-VGPS4BAR.js";
import "../chunks/chunk-CK4YUAH4.js";
import "../chunks/chunk-WZJJGKUL.js";
import "../chunks/chunk-ZUYHAV3M.js";
export {
  preprompt_reference_default as default
};
