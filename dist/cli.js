#!/usr/bin/env node
import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-PEXVM33T.js";
import "./chunk-4XZK4KXI.js";
import "./chunk-ENLBN4ZP.js";
import "./chunk-66CU2MOU.js";
import "./chunk-3H3O6AHV.js";
import "./chunk-55G73H7U.js";
import "./chunk-GH23U4YO.js";
import "./chunk-HYOGNWIY.js";
import "./chunk-TYYBM6OE.js";
import "./chunk-VJ2AHM42.js";
import "./chunk-MT5FHDLM.js";
import "./chunk-PDZCGZNP.js";
import "./chunk-IERJYUMS.js";
import "./chunk-XWTB6663.js";
import "./chunk-ZLZ54VAD.js";
import "./chunk-MTDYU2DC.js";
import "./chunk-KO5X26X3.js";
import "./chunk-IUDGUNWA.js";
import "./chunk-DNBOHKJR.js";
import "./chunk-XKFPARCZ.js";
import "./chunk-AIG24TX4.js";
import "./chunk-67FGQ3LH.js";
import "./chunk-SEYHCLMG.js";
import "./chunk-54IUAECM.js";
import "./chunk-TVZXQZX6.js";

// src/cli/bin.ts
process.exitCode = await main(process.argv.slice(2), process.cwd(), {
  stdout: process.stdout,
  stderr: process.stderr
});
