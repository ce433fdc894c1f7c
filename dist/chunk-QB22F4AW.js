import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  lintFiles,
  resolveConcurrency,
  threadCount
} from "./chunk-OAW47JIU.js";
import {
  parseCliArgs,
  reporters,
  safeLine,
  toolVersion,
  usage,
  withCommandLineRules
} from "./chunk-XM7YDOFU.js";
import {
  count,
  loadConfig,
  relativePath,
  settingsFor
} from "./chunk-ZIE376JI.js";
import {
  fromTransfer,
  toTransfer
} from "./chunk-VQG5RUUM.js";
import {
  createLinter,
  defaultLimits,
  modelSettings
} from "./chunk-Y6WF7OWO.js";
import {
  rules,
  warnings
} from "./chunk-5IXGRP3U.js";
import {
  SuiteModel,
  collectFiles,
  decodeText,
  describeStatError,
  findSuites,
  glob,
  isDynamicPattern,
  patternProblem,
  ruleOptions,
  writeOutputFile
} from "./chunk-NHBPTZTT.js";
import {
  describeScheme,
  kinds
} from "./chunk-EKTD4TXU.js";

// src/cli/main.ts
import fs2 from "node:fs";
import path2 from "node:path";

// src/cli/cache.ts
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
var defaultCacheName = ".tddpromptlintcache";
var skipped = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var dataFile = /^(?:\.tddpromptlint|\.remarkrc|\.remarkignore|\.gitignore|package\.json$)/;
function cacheFile(cwd, location) {
  if (location === void 0) return path.join(cwd, defaultCacheName);
  const resolved = path.resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || fs.existsSync(resolved) && fs.statSync(resolved).isDirectory();
  return isFolder ? path.join(resolved, defaultCacheName) : resolved;
}
function openCache(options) {
  const { file, cwd } = options;
  const state = stateOf(options.roots, options.inputs, /* @__PURE__ */ new Set([file, ...options.leaveOut]));
  const data = read(file);
  const files = data?.state === state ? data.files : {};
  return {
    lookup(wanted) {
      const found = wanted.map((each) => files[each]);
      if (found.some((each) => each === void 0)) return void 0;
      return found.map((each) => fromTransfer(each, cwd));
    },
    store(results) {
      for (const result of results) files[result.path] = toTransfer(result);
      writeOutputFile(cwd, file, JSON.stringify({ state, files }));
    }
  };
}
function read(file) {
  try {
    const data = JSON.parse(fs.readFileSync(file, "utf8"));
    return typeof data.state === "string" && data.files && typeof data.files === "object" ? data : void 0;
  } catch {
    return void 0;
  }
}
function stateOf(roots, inputs, leaveOut) {
  const hash = createHash("sha256").update(inputs);
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      hash.update(`\0unreadable ${dir}`);
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (leaveOut.has(full)) continue;
      hash.update(`\0${full}\0${entry.isDirectory() ? "d" : entry.isSymbolicLink() ? "l" : "f"}`);
      if (entry.isDirectory()) {
        if (!skipped.has(entry.name)) walk(full);
      } else if (entry.isSymbolicLink()) {
        hash.update(readLink(full));
      } else if (/\.(?:md|markdown)$/i.test(entry.name) || dataFile.test(entry.name)) {
        try {
          hash.update(fs.readFileSync(full));
        } catch {
          hash.update("\0unreadable");
        }
      }
    }
  };
  for (const root of [...new Set(roots)].sort()) walk(root);
  return hash.digest("hex");
}
function readLink(file) {
  try {
    return fs.readlinkSync(file);
  } catch {
    return "";
  }
}

// src/cli/stdin.ts
var StdinError = class extends Error {
  name = "StdinError";
};
async function readStdin(stream, maxBytes = defaultLimits.maxBytes) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > maxBytes) {
      throw new StdinError(
        `standard input is larger than ${maxBytes / 1024 / 1024} MiB, the most the linter reads`
      );
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}
async function lintStdin(bytes, filePath, linter) {
  const text = decodeText(bytes);
  if (text === void 0) throw new StdinError("standard input is not UTF-8 text");
  return linter.lintText(text, filePath);
}

// src/cli/main.ts
var progressAfterMs = 2e3;
var RunError = class extends Error {
  name = "RunError";
};
var prefix = "tdd-prompt-lint: ";
var commands = {
  init: async () => (await import("./scaffold-commands-IMQ7DCC6.js")).runInit,
  new: async () => (await import("./scaffold-commands-IMQ7DCC6.js")).runNew,
  renumber: async () => (await import("./renumber-command-BREUNT4E.js")).runRenumber,
  map: async () => (await import("./map-command-ORS34RP3.js")).runMap,
  trace: async () => (await import("./trace-command-Q36SQEBV.js")).runTrace
};
async function main(argv, cwd, streams, context = {}) {
  const [first = ""] = argv;
  const command = Object.hasOwn(commands, first) ? await commands[first]() : void 0;
  if (command) return command(argv.slice(1), cwd, streams, context);
  return runLint(argv, cwd, streams, context);
}
async function runLint(argv, cwd, streams, context = {}) {
  let options;
  try {
    options = parseCliArgs(argv);
    if (options.fix && !options.help && !options.version && options.printConfig === void 0) {
      const relint = (again) => lint(again, cwd, streams, context);
      return await (await import("./fix-command-V5RDDBZG.js")).runFix(options, cwd, streams, relint);
    }
    return await lint(options, cwd, streams, context);
  } catch (error) {
    streams.stderr.write(safeLine(prefix + oneLine(error)) + "\n");
    if (options?.debug && error instanceof Error && error.stack) {
      streams.stderr.write(error.stack.split("\n").map(safeLine).join("\n") + "\n");
    }
    return 2;
  }
}
async function lint(options, cwd, streams, context) {
  if (options.help) {
    streams.stdout.write(usage);
    return 0;
  }
  if (options.version) {
    streams.stdout.write(toolVersion + "\n");
    return 0;
  }
  const started = Date.now();
  const near = options.printConfig ?? options.stdinFilename ?? options.paths[0];
  const config = withCommandLineRules(loadConfig(cwd, options.config, near), options.rules);
  const configShown = config.file ? relativePath(cwd, config.file) : void 0;
  let linter;
  try {
    linter = createLinter(config.settings, cwd);
  } catch (error) {
    throw new RunError(`${configShown ?? "configuration"}: ${oneLine(error)}`, { cause: error });
  }
  if (options.printConfig !== void 0) {
    streams.stdout.write(
      JSON.stringify(printableConfig(options.printConfig, config, cwd), null, 2) + "\n"
    );
    return 0;
  }
  const linters = /* @__PURE__ */ new Map([
    [JSON.stringify(config.settings.rules ?? {}), { settings: config.settings, linter }]
  ]);
  const linterFor = (file) => {
    const settings = settingsFor(config, file);
    const key = JSON.stringify(settings.rules ?? {});
    let entry = linters.get(key);
    if (!entry) {
      try {
        entry = { settings, linter: createLinter(settings, cwd) };
      } catch (error) {
        throw new RunError(`${configShown ?? "configuration"}: ${oneLine(error)}`, { cause: error });
      }
      linters.set(key, entry);
    }
    return { key, ...entry };
  };
  let results;
  let problems = [];
  let given = new Set(options.paths);
  let threads = 1;
  if (options.stdin) {
    const filePath = options.stdinFilename;
    const bytes = await readStdin(streams.stdin ?? process.stdin);
    const { linter: own } = linterFor(path2.resolve(cwd, filePath));
    results = [await lintStdin(bytes, filePath, own)];
  } else {
    if (options.staged) {
      const { changedPaths, stagedTargets } = await import("./staged-6V4PRZXX.js");
      const changed = [...changedPaths(cwd, context.env ?? process.env), ...options.paths];
      options = { ...options, paths: stagedTargets(cwd, changed) };
    }
    const expanded = await expandGlobs(options.paths, cwd);
    given = /* @__PURE__ */ new Set([...expanded.paths, ...expanded.problems.map((problem) => problem.path)]);
    const collected = (options.staged || options.paths.length > 0) && expanded.paths.length === 0 ? { files: [], problems: [] } : await collectFiles(expanded.paths, {
      cwd,
      config,
      ignorePath: options.ignorePath,
      gitignore: options.gitignore,
      exclude: options.exclude
    });
    const files = collected.files;
    problems = [...expanded.problems, ...collected.problems];
    for (const problem of problems) {
      streams.stderr.write(safeLine(`${prefix}${problem.path}: ${problem.reason}`) + "\n");
    }
    if (!options.staged && options.paths.length === 0 && files.length === 0) {
      const suites = await findSuites(cwd, config.suites);
      if (suites.length === 0) {
        const where = config.suites.length === 0 ? "no prompt file in this folder or below" : `suite patterns: ${config.suites.map((pattern) => `\`${pattern}\``).join(", ")}`;
        throw new RunError(
          `no suite folder found (${where}); give paths or set \`suites\` in the configuration`
        );
      }
    }
    const concurrency = resolveConcurrency(options.concurrency, files.length);
    threads = threadCount(files.length, concurrency);
    const groups = /* @__PURE__ */ new Map();
    files.forEach((file, index) => {
      const { key, settings, linter: own } = linterFor(file);
      const group = groups.get(key) ?? { settings, linter: own, at: [] };
      group.at.push(index);
      groups.set(key, group);
    });
    const cache = options.cache ? openRunCache(options, config, files, linter, cwd) : void 0;
    const cached = cache?.lookup(files);
    if (cached) results = cached;
    else {
      const progress = progressLine(streams.stderr, files.length, context.now ?? Date.now);
      results = new Array(files.length);
      try {
        for (const group of groups.values()) {
          const linted = await lintFiles(
            group.at.map((index) => files[index]),
            group.settings,
            cwd,
            { concurrency, linter: group.linter, onProgress: progress.advance }
          );
          linted.forEach((result, offset) => {
            results[group.at[offset]] = result;
          });
        }
      } finally {
        progress.clear();
      }
      try {
        cache?.store(results);
      } catch (error) {
        streams.stderr.write(
          safeLine(`${prefix}cannot write the cache (${describeStatError(error)})`) + "\n"
        );
      }
    }
  }
  let hiddenWarnings = 0;
  if (options.quiet) {
    for (const result of results) {
      const kept = result.messages.filter((message) => message.fatal === true);
      hiddenWarnings += result.messages.length - kept.length;
      result.messages = kept;
    }
  }
  const { errors, warnings: warnings2 } = count(results);
  const failed = problems.some((problem) => given.has(problem.path)) || problems.length > 0 && results.length === 0;
  const tooManyWarnings = options.maxWarnings !== void 0 && warnings2 > options.maxWarnings;
  const code = failed ? 2 : errors > 0 || tooManyWarnings ? 1 : 0;
  const silent = code === 2 && (results.length === 0 || options.format === "stylish" && errors + warnings2 === 0);
  if (!silent) {
    const color = options.format === "stylish" && useColor(options, streams, context.env ?? process.env);
    const report = reporters[options.format](results, { cwd, color, hiddenWarnings });
    if (options.output) {
      try {
        writeOutputFile(cwd, options.output, report);
      } catch (error) {
        throw new RunError(
          `${options.output}: cannot write the report (${describeStatError(error)})`,
          { cause: error }
        );
      }
    } else if (report) {
      streams.stdout.write(report);
    }
  }
  if (options.debug) {
    streams.stderr.write(
      safeLine(
        `${prefix}debug: configuration ${configShown ?? "(none, defaults)"}, ${results.length} files, ${threads} ${threads === 1 ? "thread" : "threads"}, ${(context.now ?? Date.now)() - started} ms`
      ) + "\n"
    );
  }
  if (code !== 2 && errors === 0 && tooManyWarnings) {
    streams.stderr.write(
      `${prefix}too many warnings (${warnings2}, at most ${options.maxWarnings} allowed by --max-warnings)
`
    );
  }
  return code;
}
function useColor(options, streams, env) {
  if (options.color !== void 0) return options.color;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR) return false;
  return !options.output && streams.stdout.isTTY === true;
}
function progressLine(stderr, total, now) {
  const started = now();
  let done = 0;
  let shown = false;
  let last = -Infinity;
  return {
    advance(count2) {
      done += count2;
      if (stderr.isTTY !== true) return;
      const time = now();
      if (time - started <= progressAfterMs || time - last < 100) return;
      last = time;
      shown = true;
      stderr.write(`\r${prefix}${done}/${total} files\x1B[K`);
    },
    clear() {
      if (shown) stderr.write("\r\x1B[K");
    }
  };
}
async function expandGlobs(paths, cwd) {
  const out = [];
  const problems = [];
  for (const given of paths) {
    if (!isDynamicPattern(given) || exists(path2.resolve(cwd, given))) {
      out.push(given);
      continue;
    }
    const unsafe = patternProblem(given);
    if (unsafe) {
      problems.push({ path: given, reason: `the pattern ${unsafe}` });
      continue;
    }
    const found = await glob(given, {
      cwd,
      ignore: ["**/node_modules/**", "**/.git/**"],
      followSymbolicLinks: false,
      onlyFiles: false,
      expandDirectories: false,
      dot: false
    });
    if (found.length === 0) problems.push({ path: given, reason: "no file matches the pattern" });
    out.push(...found.map((file) => file.replace(/\/$/, "")).sort());
  }
  return { paths: out, problems };
}
function exists(file) {
  try {
    fs2.lstatSync(file);
    return true;
  } catch {
    return false;
  }
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
  const settings = settingsFor(config, absolute);
  const model = new SuiteModel(modelSettings(settings, cwd));
  const preprompt = model.preprompt(folder);
  const ruleSettings = {};
  for (const rule of rules) {
    const setting = settings.rules?.[rule.meta.id] ?? (warnings.has(rule.meta.id) ? "warn" : "error");
    const level = Array.isArray(setting) ? setting[0] : setting;
    ruleSettings[rule.meta.id] = [levels[String(level)] ?? "error", ruleOptions(rule, setting)];
  }
  return {
    filePath: relativePath(cwd, absolute),
    configFile: config.file ? relativePath(cwd, config.file) : null,
    suites: config.suites,
    ignore: config.ignore,
    preprompts,
    preprompt: preprompt ? relativePath(cwd, preprompt.file) : null,
    style: styleInForce(model, folder, settings, cwd),
    rules: ruleSettings
  };
}
function styleInForce(model, folder, settings, cwd) {
  const shown = (dir) => path2.relative(cwd, dir).split(path2.sep).join("/") || ".";
  const expected = {};
  for (const kind of kinds) {
    const parts = {};
    for (const [part, evidence] of model.expected(folder, kind)) {
      const name = part.startsWith("section:") ? evidence.display : evidence.display || part;
      parts[name] = `${evidence.count} of ${evidence.total}`;
    }
    const scope = model.styleScope(folder, kind);
    expected[kind] = { scope: shown(scope), prompts: model.style(scope)[kind].total, parts };
  }
  return {
    infer: settings.style?.infer ?? true,
    threshold: settings.style?.threshold ?? 0.8,
    minimum: settings.style?.minimum ?? 5,
    scope: shown(model.root(folder)),
    names: describeScheme(model.names(folder)),
    expected
  };
}
function oneLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.trim() || "unknown error";
}
function openRunCache(options, config, files, linter, cwd) {
  const roots = files.map((file) => linter.model.root(path2.dirname(file)));
  return openCache({
    file: cacheFile(cwd, options.cacheLocation),
    cwd,
    roots,
    inputs: JSON.stringify([toolVersion, config, options.rules, options.exclude]),
    leaveOut: options.output ? [path2.resolve(cwd, options.output)] : []
  });
}

export {
  progressAfterMs,
  main,
  runLint,
  useColor
};
