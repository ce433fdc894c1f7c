import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-54IUAECM.js";
import "../chunk-TVZXQZX6.js";
export {
  front_matter_default as default
};
