#!/usr/bin/env node
import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-AVVV2GDU.js";
import "./chunks/chunk-ZW4HBSY6.js";
import "./chunks/chunk-XWJZOPPQ.js";
import "./chunks/chunk-ZY32XA7Z.js";
import "./chunks/chunk-HZGEBAUH.js";
import "./chunks/chunk-4LVBOCIP.js";
import "./chunks/chunk-ZEUDWLP2.js";
import "./chunks/chunk-NKZJ5SGG.js";
import "./chunks/chunk-U75GNJS6.js";
import "./chunks/chunk-OUEUCHFH.js";
import "./chunks/chunk-46XAKQIE.js";
import "./chunks/chunk-SW2YGEBR.js";
import "./chunks/chunk-I7S4GVBC.js";
import "./chunks/chunk-H2J7XHTK.js";
import "./chunks/chunk-76VVC7YI.js";
import "./chunks/chunk-WZJJGKUL.js";
import "./chunks/chunk-ZHFVNGYW.js";

// src/cli/bin.ts
process.exitCode = await main(process.argv.slice(2), process.cwd(), {
  stdout: process.stdout,
  stderr: process.stderr
});
