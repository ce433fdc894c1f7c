#!/usr/bin/env node
import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-KWRAYYGT.js";
import "./chunk-QT2RCTDQ.js";
import "./chunk-QU2NT5NR.js";
import "./chunk-PLTL5UU2.js";
import "./chunk-ES6WVUBO.js";
import "./chunk-A4CAAVKC.js";
import "./chunk-VKA7GP7N.js";
import "./chunk-2LIZ2ULH.js";
import "./chunk-5U7IVFK7.js";
import "./chunk-4COT3G7Q.js";
import "./chunk-MHMHKKSX.js";
import "./chunk-UNXN25AW.js";
import "./chunk-GSHDJ3ZX.js";
import "./chunk-VOQBKORV.js";
import "./chunk-BOL4C6JO.js";
import "./chunk-UWCE6TRK.js";
import "./chunk-KO5X26X3.js";
import "./chunk-G32VHTQR.js";
import "./chunk-7VW7UVA7.js";
import "./chunk-XKFPARCZ.js";
import "./chunk-PWSOPUOL.js";
import "./chunk-7RBVBWQ7.js";
import "./chunk-SEYHCLMG.js";
import "./chunk-KJFHAO35.js";
import "./chunk-2SORB2O6.js";

// src/cli/bin.ts
process.exitCode = await main(process.argv.slice(2), process.cwd(), {
  stdout: process.stdout,
  stderr: process.stderr
});
