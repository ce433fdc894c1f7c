import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);

// src/engine/heap.ts
import v8 from "node:v8";
var heapGrowingPercent = 50;
var flag = "--heap-growing-percent";
function heapGrowthFlag(execArgv, nodeOptions) {
  const given = [...execArgv, ...(nodeOptions ?? "").split(/\s+/)];
  if (given.some((arg) => arg.replaceAll("_", "-").startsWith(flag))) return void 0;
  return `${flag}=${heapGrowingPercent}`;
}
function limitHeapGrowth() {
  const setting = heapGrowthFlag(process.execArgv, process.env.NODE_OPTIONS);
  if (setting) v8.setFlagsFromString(setting);
}

export {
  limitHeapGrowth
};
