import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);

// src/cli/signals.ts
import os from "node:os";
var held = ["SIGINT", "SIGTERM", "SIGHUP", "SIGXFSZ"];
async function holdSignals(command) {
  const received = [];
  const hold = (signal) => void received.push(signal);
  for (const signal of held) process.on(signal, hold);
  try {
    const value = await command();
    await turn();
    await turn();
    return { value, signal: received.find((signal) => signal !== "SIGXFSZ") };
  } finally {
    for (const signal of held) process.off(signal, hold);
  }
}
function signalExitCode(signal) {
  return 128 + (os.constants.signals[signal] ?? 0);
}
function heldSignalLine(signal) {
  return `${signal} received after the files were written`;
}
function turn() {
  return new Promise((resolve) => setImmediate(resolve));
}

export {
  holdSignals,
  signalExitCode,
  heldSignalLine
};
