import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  remarkFrontmatter,
  rules
} from "./chunk-IGLHMS34.js";

// src/preset.ts
var preset = {
  plugins: [[remarkFrontmatter, ["yaml", "toml"]], ...rules]
};
var preset_default = preset;

export {
  preset_default
};
