import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  count,
  loadConfig,
  parseCliArgs,
  relativePath,
  reporters,
  toolVersion,
  usage
} from "./chunk-XKGPULJN.js";
import {
  fromTransfer
} from "./chunk-4AX7YMES.js";
import {
  createLinter
} from "./chunk-7WWZRU2M.js";
import {
  rules
} from "./chunk-CIJ5DWCP.js";
import {
  collectFiles,
  describeStatError,
  findSuites,
  ruleOptions,
  shareStyle
} from "./chunk-YVEI4MHU.js";

// src/cli/main.ts
import fs2 from "node:fs";
import path2 from "node:path";

// src/parallel.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { Worker } from "node:worker_threads";
var chunkSize = 50;
var autoMinFiles = 400;
var autoMaxThreads = 4;
var LintFileError = class extends Error {
  name = "LintFileError";
  /** Absolute path of the file. */
  file;
  constructor(file, cwd, reason, options) {
    super(`${relativePath(cwd, file)}: ${reason}`, options);
    this.file = file;
  }
};
var defaultWorkerUrl = new URL("./worker.js", import.meta.url);
var workerStackSizeMb = (984 + 192) / 1024;
var workerHeapMb = Math.min(2047, Math.floor(v8.getHeapStatistics().heap_size_limit / 2 ** 20));
function resolveConcurrency(value, fileCount) {
  if (value !== "auto") return value;
  if (fileCount < autoMinFiles) return 1;
  return Math.max(1, Math.min(os.availableParallelism(), autoMaxThreads));
}
function threadCount(fileCount, concurrency, workerUrl = defaultWorkerUrl) {
  const threads = Math.min(concurrency, Math.ceil(fileCount / chunkSize));
  if (threads <= 1 || !fs.existsSync(fileURLToPath(workerUrl))) return 1;
  return threads;
}
async function lintFiles(files, settings, cwd, options) {
  const linter = options.linter ?? createLinter(settings, cwd);
  const workerUrl = options.workerUrl ?? defaultWorkerUrl;
  const threads = threadCount(files.length, options.concurrency, workerUrl);
  if (threads === 1) {
    const results = [];
    for (const file of files) results.push(await lintOne(linter, file, cwd));
    return results;
  }
  return lintOnThreads(files, settings, cwd, threads, linter, workerUrl);
}
async function lintOne(linter, file, cwd) {
  try {
    return await linter.lint(file);
  } catch (error) {
    throw new LintFileError(file, cwd, oneLine(error), { cause: error });
  }
}
async function lintOnThreads(files, settings, cwd, threads, linter, workerUrl) {
  const results = new Array(files.length);
  const queue = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const current = new Int32Array(
    new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (threads - 1))
  ).fill(-1);
  let failure;
  let running = threads - 1;
  let finish;
  let abort;
  const workersDone = new Promise((resolve, reject) => {
    finish = resolve;
    abort = reject;
  });
  workersDone.catch(() => void 0);
  const stop = (error) => {
    if (failure) return;
    failure = error;
    abort(error);
  };
  const styles = {};
  for (const root of new Set(files.map((file) => linter.model.root(path.dirname(file))))) {
    styles[root] = shareStyle(linter.model.style(root));
  }
  const workers = [];
  try {
    for (let slot = 0; slot < threads - 1; slot++) {
      const data = {
        settings: { ...settings, styles },
        cwd,
        files,
        chunkSize,
        queue: queue.buffer,
        current: current.buffer,
        slot
      };
      const worker = new Worker(workerUrl, {
        workerData: data,
        resourceLimits: { stackSizeMb: workerStackSizeMb, maxOldGenerationSizeMb: workerHeapMb }
      });
      let done = false;
      const crashed = (reason) => {
        const index = Atomics.load(current, slot);
        stop(
          index >= 0 ? new LintFileError(files[index], cwd, `worker thread failed: ${reason}`) : new Error(`worker thread failed: ${reason}`)
        );
      };
      worker.on("message", (message) => {
        if (message.type === "chunk") {
          message.results.forEach((file, offset) => {
            results[message.start + offset] = fromTransfer(file, cwd);
          });
        } else if (message.type === "error") {
          const cause = new Error(message.message);
          if (message.stack) cause.stack = message.stack;
          stop(new LintFileError(files[message.index], cwd, oneLine(cause), { cause }));
        } else {
          done = true;
          if (--running === 0) finish();
        }
      });
      worker.on("error", (error) => crashed(oneLine(error)));
      worker.on("exit", (code) => {
        if (!done) crashed(`stopped with exit code ${code}`);
      });
      workers.push(worker);
    }
    while (!failure) {
      const start = Atomics.add(queue, 0, 1) * chunkSize;
      if (start >= files.length) break;
      const end = Math.min(start + chunkSize, files.length);
      for (let index = start; index < end; index++) {
        results[index] = await lintOne(linter, files[index], cwd);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    await workersDone;
    return results;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
function oneLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.trim() || "unknown error";
}

// src/cli/main.ts
var RunError = class extends Error {
  name = "RunError";
};
var prefix = "tdd-prompt-lint: ";
async function main(argv, cwd, streams) {
  const debug = argv.includes("--debug");
  try {
    if (argv[0] === "init" || argv[0] === "new") {
      const scaffold = await import("./scaffold-commands-CL4T7XJK.js");
      const run = argv[0] === "init" ? scaffold.runInit : scaffold.runNew;
      return await run(argv.slice(1), cwd, streams);
    }
    return await lint(parseCliArgs(argv), cwd, streams);
  } catch (error) {
    streams.stderr.write(prefix + oneLine2(error) + "\n");
    if (debug && error instanceof Error && error.stack) streams.stderr.write(error.stack + "\n");
    return 2;
  }
}
async function lint(options, cwd, streams) {
  if (options.help) {
    streams.stdout.write(usage);
    return 0;
  }
  if (options.version) {
    streams.stdout.write(toolVersion + "\n");
    return 0;
  }
  const started = Date.now();
  const config = loadConfig(cwd, options.config);
  const configShown = config.file ? relativePath(cwd, config.file) : void 0;
  let linter;
  try {
    linter = createLinter(config.settings, cwd);
  } catch (error) {
    throw new RunError(`${configShown ?? "configuration"}: ${oneLine2(error)}`, { cause: error });
  }
  if (options.printConfig !== void 0) {
    streams.stdout.write(
      JSON.stringify(printableConfig(options.printConfig, config, cwd), null, 2) + "\n"
    );
    return 0;
  }
  const { files, problems } = await collectFiles(options.paths, {
    cwd,
    config,
    ignorePath: options.ignorePath
  });
  for (const problem of problems) {
    streams.stderr.write(`${prefix}${problem.path}: ${problem.reason}
`);
  }
  if (options.paths.length === 0 && files.length === 0) {
    const suites = await findSuites(cwd, config.suites);
    if (suites.length === 0) {
      throw new RunError(
        `no suite folder found (suite patterns: ${config.suites.map((pattern) => `\`${pattern}\``).join(", ")}); give paths or set \`suites\` in the configuration`
      );
    }
  }
  const concurrency = resolveConcurrency(options.concurrency, files.length);
  const results = await lintFiles(files, config.settings, cwd, { concurrency, linter });
  if (options.quiet) {
    for (const result of results) {
      result.messages = result.messages.filter((message) => message.fatal === true);
    }
  }
  const color = !options.output && streams.stdout.isTTY === true && !process.env.NO_COLOR && options.format === "stylish";
  const report = reporters[options.format](results, { cwd, color });
  if (options.output) {
    const target = path2.resolve(cwd, options.output);
    try {
      fs2.mkdirSync(path2.dirname(target), { recursive: true });
      fs2.writeFileSync(target, report);
    } catch (error) {
      throw new RunError(
        `${options.output}: cannot write the report (${describeStatError(error)})`,
        {
          cause: error
        }
      );
    }
  } else if (report) {
    streams.stdout.write(report);
  }
  if (options.debug) {
    const threads = threadCount(files.length, concurrency);
    streams.stderr.write(
      `${prefix}debug: configuration ${configShown ?? "(none, defaults)"}, ${results.length} files, ${threads} ${threads === 1 ? "thread" : "threads"}, ${Date.now() - started} ms
`
    );
  }
  const given = new Set(options.paths);
  if (problems.some((problem) => given.has(problem.path))) return 2;
  if (problems.length > 0 && results.length === 0) return 2;
  const { errors, warnings } = count(results);
  if (errors > 0) return 1;
  if (options.maxWarnings !== void 0 && warnings > options.maxWarnings) {
    streams.stderr.write(
      `${prefix}too many warnings (${warnings}, at most ${options.maxWarnings} allowed by --max-warnings)
`
    );
    return 1;
  }
  return 0;
}
var levels = {
  0: "off",
  1: "warn",
  2: "error",
  off: "off",
  warn: "warn",
  error: "error"
};
function printableConfig(file, config, cwd) {
  const absolute = path2.resolve(cwd, file);
  const folder = path2.dirname(absolute);
  const preprompts = {};
  for (const [dir, target] of Object.entries(config.settings.preprompts ?? {})) {
    preprompts[relativePath(cwd, dir)] = relativePath(cwd, target);
  }
  const preprompt = config.settings.preprompts?.[folder];
  const ruleSettings = {};
  for (const rule of rules) {
    const setting = config.settings.rules?.[rule.meta.id] ?? "error";
    const level = Array.isArray(setting) ? setting[0] : setting;
    ruleSettings[rule.meta.id] = [levels[String(level)] ?? "error", ruleOptions(rule, setting)];
  }
  return {
    filePath: relativePath(cwd, absolute),
    configFile: config.file ? relativePath(cwd, config.file) : null,
    suites: config.suites,
    ignore: config.ignore,
    preprompts,
    preprompt: preprompt ? relativePath(cwd, preprompt) : null,
    rules: ruleSettings
  };
}
function oneLine2(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.trim() || "unknown error";
}

export {
  main
};
