#!/usr/bin/env node
import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);

// src/cli/bin.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    stream.destroy();
  });
}
var argv = process.argv.slice(2);
if (argv.length === 1 && argv[0] === "--staged" && await nothingStaged()) {
  process.stdout.write("✔ No problems (0 files checked)\n");
} else {
  const { main } = await import("./main-6K456UKQ.js");
  process.exitCode = await main(argv, process.cwd(), {
    stdout: process.stdout,
    stderr: process.stderr
  });
}
async function nothingStaged() {
  if (process.stdout.isTTY || process.env.FORCE_COLOR !== void 0) return false;
  try {
    return (await import("./staged-5CQFUB5L.js")).stagedTargets(process.cwd()).length === 0;
  } catch {
    return false;
  }
}
