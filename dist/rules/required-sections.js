import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  required_sections_default
} from "../chunk-UI4PSLY2.js";
import "../chunk-QOXJ4YVM.js";
import "../chunk-53HZWLIM.js";
import "../chunk-ZT4W6VJ2.js";
import "../chunk-MGU3OUNH.js";
import "../chunk-FBHDF4ML.js";
export {
  required_sections_default as default
};
