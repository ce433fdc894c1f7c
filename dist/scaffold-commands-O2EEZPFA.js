import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  initSuite,
  newPair,
  scaffoldConfig
} from "./chunk-EQKH6FOP.js";
import {
  describeParseError,
  loadConfig,
  safeLine
} from "./chunk-P7DWKRF2.js";
import "./chunk-RCGLRQAR.js";
import "./chunk-CQ6KILEG.js";
import "./chunk-PUWXFJEG.js";
import "./chunk-4TBXBOSU.js";
import "./chunk-EOK6JS6H.js";
import "./chunk-OXWIR32G.js";
import "./chunk-NNY42LJS.js";
import "./chunk-IGAKANKA.js";
import "./chunk-VEI5BLHK.js";
import "./chunk-ZNW44YNF.js";
import "./chunk-K4LHD2RL.js";
import "./chunk-2IU64YDA.js";
import "./chunk-KO5X26X3.js";
import "./chunk-6PJCKJJQ.js";
import "./chunk-BB3ABF3C.js";
import "./chunk-R4DIYZK4.js";
import "./chunk-I2KKF3KM.js";
import "./chunk-YKOAANS6.js";
import "./chunk-IOVCPA5I.js";
import "./chunk-FQR2JXMW.js";
import "./chunk-EPB4F7TI.js";
import "./chunk-3KDGE45J.js";
import "./chunk-RHIFXZIQ.js";
import "./chunk-7MTNJV3R.js";
import "./chunk-GPUK42N5.js";

// src/cli/scaffold-commands.ts
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
var prefix = "tdd-prompt-lint: ";
var initUsage = `Usage: tdd-prompt-lint init <folder> --package <name>

Write <folder>/prompt_00_<name>_preprompt.md with every section the
configuration requires of a preprompt, each with a one-line comment to replace.
The folder is created if missing; a folder that has a preprompt is refused.

Options:
  -p, --package NAME   package name, lower snake case (MyPackage and my-package
                       are converted)
  -c, --config FILE    configuration file (default: the first found from the
                       working directory up)
      --debug          show stack traces
  -h, --help           show this help
`;
var newUsage = `Usage: tdd-prompt-lint new <slug> [--suite <folder>] [--kind <kind>]

Write the suite's next red/green pair, [prefix_]prompt_NN_<slug>_red.md and
[prefix_]prompt_NNb_<slug>_green.md, linking the suite's preprompt (and, in the
green, its red), and add the pair to the component list of the suite's own
preprompt. Prints the files written, then the preprompt updated. Never
overwrites a file.

Options:
  -s, --suite FOLDER   suite folder (default: the working directory)
  -k, --kind KIND      test kind the red prompt asks for, one of the configured
                       kinds (default: unit)
  -c, --config FILE    configuration file (default: the first found from the
                       working directory up)
      --debug          show stack traces
  -h, --help           show this help
`;
var common = {
  config: { type: "string", short: "c" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
async function runInit(argv, cwd, streams) {
  return guard(argv, streams, () => {
    const { values, positionals } = parse(argv, {
      ...common,
      package: { type: "string", short: "p" }
    });
    if (values.help) return print(streams, initUsage);
    const folder = onePositional(positionals, "a folder", "init <folder> --package <name>");
    if (values.package === void 0) {
      throw new Error("expected `--package <name>`: tdd-prompt-lint init <folder> --package <name>");
    }
    const result = initSuite({
      folder,
      packageName: values.package,
      cwd,
      config: configFor(cwd, values.config)
    });
    return print(streams, lines(cwd, result.written));
  });
}
async function runNew(argv, cwd, streams) {
  return guard(argv, streams, () => {
    const { values, positionals } = parse(argv, {
      ...common,
      suite: { type: "string", short: "s" },
      kind: { type: "string", short: "k" }
    });
    if (values.help) return print(streams, newUsage);
    const slug = onePositional(
      positionals,
      "a slug",
      "new <slug> [--suite <folder>] [--kind <kind>]"
    );
    const result = newPair({
      slug,
      suite: values.suite,
      kind: values.kind,
      cwd,
      config: configFor(cwd, values.config)
    });
    return print(streams, lines(cwd, [...result.written, ...result.updated]));
  });
}
var heldSignals = ["SIGINT", "SIGTERM", "SIGHUP", "SIGXFSZ"];
async function guard(argv, streams, command) {
  const received = [];
  const hold = (signal) => void received.push(signal);
  for (const signal of heldSignals) process.on(signal, hold);
  try {
    const code = command();
    await new Promise((resolve) => setImmediate(resolve));
    const stop = received.find((signal) => signal !== "SIGXFSZ");
    if (stop) {
      streams.stderr.write(`${prefix}${stop} received after the files were written
`);
      return 128 + (os.constants.signals[stop] ?? 0);
    }
    return code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    streams.stderr.write(safeLine(prefix + (message.split("\n")[0] ?? message)) + "\n");
    if (argv.includes("--debug") && error instanceof Error && error.stack) {
      streams.stderr.write(error.stack + "\n");
    }
    return 2;
  } finally {
    for (const signal of heldSignals) process.off(signal, hold);
  }
}
function parse(argv, options) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new Error(describeParseError(error), { cause: error });
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === "" && name !== "package") {
      throw new Error(`option \`--${name}\` needs a non-empty value`);
    }
  }
  return parsed;
}
function onePositional(positionals, what, usage) {
  const [first, second] = positionals;
  if (first === void 0) throw new Error(`expected ${what}: tdd-prompt-lint ${usage}`);
  if (second !== void 0) throw new Error(`unexpected argument \`${second}\``);
  return first;
}
function configFor(cwd, explicit) {
  return scaffoldConfig(loadConfig(cwd, explicit).settings, cwd);
}
function lines(cwd, files) {
  return files.map((file) => safeLine(path.relative(cwd, file).split(path.sep).join("/")) + "\n").join("");
}
function print(streams, text) {
  streams.stdout.write(text);
  return 0;
}
export {
  initUsage,
  newUsage,
  runInit,
  runNew
};
