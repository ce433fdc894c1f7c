import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  describeParseError,
  safeLine
} from "./chunk-ABOGZFCS.js";

// src/cli/command.ts
import { parseArgs } from "node:util";
var prefix = "tdd-prompt-lint: ";
var common = {
  config: { type: "string", short: "c" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
async function guard(argv, streams, command) {
  try {
    const { value: code, signal } = await holdSignals(command);
    if (signal) {
      streams.stderr.write(`${prefix}${heldSignalLine(signal)}
`);
      return signalExitCode(signal);
    }
    return code;
  } catch (error) {
    return failed(argv, streams, error);
  }
}
function failed(argv, streams, error) {
  const message = error instanceof Error ? error.message : String(error);
  streams.stderr.write(safeLine(prefix + (message.split("\n")[0] ?? message)) + "\n");
  if (argv.includes("--debug") && error instanceof Error && error.stack) {
    streams.stderr.write(error.stack.split("\n").map(safeLine).join("\n") + "\n");
  }
  return 2;
}
function parse(argv, options) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const known = Object.keys(options).map((name) => `--${name}`);
    throw new Error(describeParseError(error, known), { cause: error });
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === "" && name !== "package") {
      throw new Error(`option \`--${name}\` needs a non-empty value`);
    }
  }
  return parsed;
}

export {
  common,
  guard,
  failed,
  parse
};
