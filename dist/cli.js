#!/usr/bin/env node
import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  tuneHeap
} from "./chunk-ZULUEVMC.js";
import "./chunk-L4DFUNMN.js";

// src/cli/bin.ts
tuneHeap();
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    stream.destroy();
  });
}
var argv = process.argv.slice(2);
if (argv[0] === "--staged" && argv.slice(1).every((arg) => !arg.startsWith("-")) && await nothingStaged(argv.slice(1))) {
  process.stdout.write("✔ No problems (0 files checked)\n");
} else {
  const { main } = await import("./main-OCHH3YNE.js");
  process.exitCode = await main(argv, process.cwd(), {
    stdout: process.stdout,
    stderr: process.stderr
  });
}
async function nothingStaged(files) {
  if (process.stdout.isTTY || process.env.FORCE_COLOR !== void 0) return false;
  try {
    const { changedPaths, stagedTargets } = await import("./staged-KTXV3EYO.js");
    const cwd = process.cwd();
    return stagedTargets(cwd, [...changedPaths(cwd, process.env), ...files]).length === 0;
  } catch {
    return false;
  }
}
