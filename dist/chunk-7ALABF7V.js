import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  lintPlugins
} from "./chunk-QOBWUWRK.js";

// src/preset.ts
var preset = { plugins: lintPlugins() };
var preset_default = preset;

export {
  preset_default
};
