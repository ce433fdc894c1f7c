import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preset_default
} from "./chunks/chunk-UX3FGZLL.js";
import "./chunks/chunk-P2OTZYB7.js";
import "./chunks/chunk-PKQQMKCT.js";
import "./chunks/chunk-MSFXLQBT.js";
import "./chunks/chunk-L3SHEEH3.js";
import "./chunks/chunk-CNU2MD5J.js";
import "./chunks/chunk-MYVWCA4B.js";
import "./chunks/chunk-NMXVQHC7.js";
import "./chunks/chunk-I75TBG75.js";
import "./chunks/chunk-TOX6DDCZ.js";
import "./chunks/chunk-46KX5J63.js";
import "./chunks/chunk-ICFQH23G.js";
import "./chunks/chunk-VGPS4BAR.js";
import "./chunks/chunk-CK4YUAH4.js";
import "./chunks/chunk-WZJJGKUL.js";
import "./chunks/chunk-ZUYHAV3M.js";
export {
  preset_default as default
};
