import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_description_default
} from "../chunk-OS22EK3V.js";
import "../chunk-ZT4W6VJ2.js";
import "../chunk-MGU3OUNH.js";
import "../chunk-FBHDF4ML.js";
export {
  plan_description_default as default
};
