import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);

// src/engine/heap.ts
import v8 from "node:v8";
var heapGrowingPercent = 50;
var tuning = [
  { names: ["--heap-growing-percent"], setting: `--heap-growing-percent=${heapGrowingPercent}` },
  {
    names: [
      "--allocation-site-pretenuring",
      "--no-allocation-site-pretenuring",
      "--noallocation-site-pretenuring"
    ],
    setting: "--no-allocation-site-pretenuring"
  }
];
function heapFlags(execArgv, nodeOptions) {
  const given = [...execArgv, ...(nodeOptions ?? "").split(/\s+/)].map(
    (arg) => arg.replaceAll("_", "-").split("=")[0]
  );
  return tuning.filter(({ names }) => !given.some((arg) => names.includes(arg))).map(({ setting }) => setting);
}
function tuneHeap() {
  for (const flag of heapFlags(process.execArgv, process.env.NODE_OPTIONS)) {
    v8.setFlagsFromString(flag);
  }
}

export {
  tuneHeap
};
