import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_coverage_default
} from "../chunk-WPY5NG3D.js";
import "../chunk-NVI3AOA3.js";
import "../chunk-KN5WREKU.js";
import "../chunk-FBHDF4ML.js";
export {
  requirement_coverage_default as default
};
