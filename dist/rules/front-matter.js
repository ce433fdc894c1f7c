import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-U2WDZUKM.js";
import "../chunk-WGKZKMPO.js";
export {
  front_matter_default as default
};
