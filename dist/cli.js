#!/usr/bin/env node
import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-WKNUIA7J.js";
import "./chunk-NC4PKZCE.js";
import "./chunk-VAAUDZVR.js";
import "./chunk-OEV7Y3KH.js";
import "./chunk-IGLHMS34.js";
import "./chunk-EDLXPEPE.js";
import "./chunk-VG2PN4FA.js";
import "./chunk-Y4ABQFA3.js";
import "./chunk-5J3QRL4D.js";
import "./chunk-3JIAOJIU.js";
import "./chunk-ZRGQPL7R.js";
import "./chunk-ERTPB3UP.js";
import "./chunk-SPOZW7U6.js";
import "./chunk-65HEJVHH.js";
import "./chunk-7ZYJUUSS.js";
import "./chunk-U2WDZUKM.js";
import "./chunk-OS257AV3.js";
import "./chunk-WP3TK7QM.js";
import "./chunk-POCETTUW.js";
import "./chunk-WGKZKMPO.js";

// src/cli/bin.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    stream.destroy();
  });
}
process.exitCode = await main(process.argv.slice(2), process.cwd(), {
  stdout: process.stdout,
  stderr: process.stderr
});
