import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_default
} from "../chunk-HSDQEMQQ.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  pair_default as default
};
