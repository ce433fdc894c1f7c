import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main,
  progressAfterMs,
  runLint,
  useColor
} from "./chunk-PIHPTRFB.js";
import "./chunk-KCV3W5TS.js";
import {
  UsageError
} from "./chunk-LW5AO7LY.js";
import "./chunk-Z5332MT4.js";
import "./chunk-MQ5E77Q6.js";
import "./chunk-J3QEZ2NV.js";
import "./chunk-3J4FMIAK.js";
import "./chunk-WYL4PZA7.js";
import "./chunk-L2TKJW2Y.js";
import "./chunk-7FH6VHFA.js";
import "./chunk-PESGKF32.js";
import "./chunk-3JUARHIC.js";
import "./chunk-3UTMNNPH.js";
import "./chunk-PPBTTT6L.js";
import "./chunk-KTDHTRSZ.js";
import "./chunk-HJHDPX7Q.js";
import "./chunk-U5IAAJ7C.js";
import "./chunk-N3ES3TKE.js";
import "./chunk-FX4O6OJT.js";
import "./chunk-6EEP6FZ3.js";
import "./chunk-ZHFBGSFO.js";
import "./chunk-NUFCQQDY.js";
import "./chunk-BJR7DYSK.js";
import "./chunk-PKMIXQNU.js";
import "./chunk-GKTIIADT.js";
import "./chunk-C6JE42CF.js";
import "./chunk-53HZWLIM.js";
import "./chunk-JMN2YUT5.js";
import "./chunk-4L3BHLXX.js";
import "./chunk-UKZ3HZAO.js";
import "./chunk-YAVZO3H5.js";
import "./chunk-AVH6F2DS.js";
import "./chunk-RDVXZHXN.js";
import "./chunk-4X4KD2YE.js";
import "./chunk-YOO7I2IZ.js";
export {
  UsageError,
  main,
  progressAfterMs,
  runLint,
  useColor
};
