import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  lintFiles,
  resolveConcurrency,
  threadCount
} from "./chunk-HEOK2BZU.js";
import {
  parseCliArgs,
  reporters,
  safeLine,
  toolVersion,
  usage,
  withCommandLineRules
} from "./chunk-ABOGZFCS.js";
import {
  count,
  loadConfig,
  relativePath,
  settingsFor
} from "./chunk-6QA43UNW.js";
import {
  fromTransfer,
  toTransfer
} from "./chunk-AUMU3A5I.js";
import {
  answer,
  createLinter,
  defaultLimits,
  dependenciesOf,
  modelSettings,
  setDependencies
} from "./chunk-PPUTGT3O.js";
import {
  rules,
  warnings
} from "./chunk-QOBWUWRK.js";
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
} from "./chunk-BEMMNZVQ.js";
import {
  describeScheme,
  kinds
} from "./chunk-5HIIY6MO.js";

// src/cli/main.ts
import fs2 from "node:fs";
import path2 from "node:path";

// src/engine/cache.ts
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
var defaultCacheName = ".tddpromptlintcache";
var skipped = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var dataFile = /^(?:\.tddpromptlint|\.remarkrc|\.remarkignore|\.gitignore|package\.json$)/;
var maxHashed = 8 * 1024 * 1024;
function cacheFile(cwd, location) {
  if (location === void 0) return path.join(cwd, defaultCacheName);
  const resolved = path.resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || fs.existsSync(resolved) && fs.statSync(resolved).isDirectory();
  return isFolder ? path.join(resolved, defaultCacheName) : resolved;
}
function openCache(options) {
  const { file, cwd, inputs } = options;
  const state = stateOf(options.roots, /* @__PURE__ */ new Set([file, ...options.leaveOut]));
  const data = read(file);
  const kept = data?.inputs === inputs ? data : { version: 2, inputs, answers: [], files: {} };
  const owns = /* @__PURE__ */ new Map();
  let changed = false;
  const ownOf = (each) => {
    if (!owns.has(each)) owns.set(each, ownState(each));
    return owns.get(each);
  };
  const cached = (each, entry) => {
    if (!wellFormed(entry)) return void 0;
    try {
      const found = fromTransfer({ path: each, messages: entry.messages }, cwd);
      setDependencies(
        found,
        entry.asked.map((index) => split(kept.answers[index] ?? "\0"))
      );
      return found;
    } catch {
      return void 0;
    }
  };
  return {
    lookup(files, answer2) {
      return files.map((given) => {
        const each = path.resolve(cwd, given);
        const entry = kept.files[each];
        const same = entry?.state === state ? cached(each, entry) : void 0;
        if (same) return same;
        changed = true;
        const own = ownOf(each);
        if (!entry || !wellFormed(entry) || entry.own !== own) return void 0;
        for (const index of entry.asked) {
          const pair = kept.answers[index];
          const at = typeof pair === "string" ? pair.lastIndexOf("\0") : -1;
          if (at < 0 || answer2(each, pair.slice(0, at)) !== pair.slice(at + 1)) return void 0;
        }
        return cached(each, entry);
      });
    },
    store(results) {
      if (!changed) return;
      const answers = [];
      const indexes = /* @__PURE__ */ new Map();
      const files = {};
      const add = (pair) => {
        let index = indexes.get(pair);
        if (index === void 0) {
          index = answers.push(pair) - 1;
          indexes.set(pair, index);
        }
        return index;
      };
      for (const [name, entry] of Object.entries(kept.files)) {
        if (!wellFormed(entry)) continue;
        files[name] = { ...entry, asked: entry.asked.map((index) => add(kept.answers[index] ?? "")) };
      }
      for (const result of results) {
        if (!owns.has(result.path) && files[result.path]?.state === state) continue;
        const asked = dependenciesOf(result);
        const own = owns.get(result.path);
        if (!asked || own === void 0) {
          delete files[result.path];
          continue;
        }
        files[result.path] = {
          own,
          state,
          asked: asked.map(([question, hash]) => add(question + "\0" + hash)),
          messages: toTransfer(result).messages
        };
      }
      writeOutputFile(
        cwd,
        file,
        JSON.stringify({ version: 2, inputs, answers, files })
      );
    }
  };
}
function fromCache(files, cache, linterFor) {
  const found = cache?.lookup(files, answerWith(linterFor)) ?? Array.from(files, () => void 0);
  const groups = /* @__PURE__ */ new Map();
  let todo = 0;
  files.forEach((file, index) => {
    if (found[index]) return;
    const { key, settings, linter } = linterFor(file);
    const group = groups.get(key) ?? { settings, linter, at: [] };
    group.at.push(index);
    groups.set(key, group);
    todo++;
  });
  return { found, groups, todo };
}
function answerWith(linterFor) {
  const answers = /* @__PURE__ */ new Map();
  const hashes = /* @__PURE__ */ new WeakMap();
  return (file, question) => {
    const { key, linter } = linterFor(file);
    const asked = key + "\0" + question;
    if (!answers.has(asked)) answers.set(asked, answer(linter.model, question, hashes));
    return answers.get(asked);
  };
}
function wellFormed(entry) {
  return typeof entry === "object" && entry !== null && typeof entry.own === "string" && typeof entry.state === "string" && Array.isArray(entry.asked) && entry.asked.every((index) => Number.isInteger(index)) && Array.isArray(entry.messages);
}
function split(pair) {
  const at = pair.lastIndexOf("\0");
  return [pair.slice(0, at), pair.slice(at + 1)];
}
function ownState(file) {
  try {
    const real = fs.realpathSync(file);
    const stat = fs.statSync(real);
    if (!stat.isFile()) return void 0;
    const content = stat.size > maxHashed ? `${stat.size} ${stat.mtimeMs}` : fs.readFileSync(real);
    return createHash("sha1").update(real + "\0").update(content).digest("base64");
  } catch {
    return void 0;
  }
}
function read(file) {
  try {
    const data = JSON.parse(fs.readFileSync(file, "utf8"));
    return data.version === 2 && typeof data.inputs === "string" && Array.isArray(data.answers) && data.files && typeof data.files === "object" ? data : void 0;
  } catch {
    return void 0;
  }
}
function stateOf(roots, leaveOut) {
  const hash = createHash("sha256");
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
  init: async () => (await import("./scaffold-commands-PTTJKZ2F.js")).runInit,
  new: async () => (await import("./scaffold-commands-PTTJKZ2F.js")).runNew,
  renumber: async () => (await import("./renumber-command-XLUUYWKQ.js")).runRenumber,
  map: async () => (await import("./map-command-PYUKHZBD.js")).runMap,
  trace: async () => (await import("./trace-command-BZAQSQNG.js")).runTrace
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
      return await (await import("./fix-command-DOXQMMVP.js")).runFix(options, cwd, streams, relint);
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
  const runSettings = {
    ...options.cache ? { record: true } : {},
    // `--no-gitignore`: what git ignores counts in the suites' scopes too, as in discovery.
    ...options.gitignore === false ? { gitignore: false } : {}
  };
  const baseSettings = { ...config.settings, ...runSettings };
  let linter;
  try {
    linter = createLinter(baseSettings, cwd);
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
    [JSON.stringify(config.settings.rules ?? {}), { settings: baseSettings, linter }]
  ]);
  const linterFor = (file) => {
    const settings = { ...settingsFor(config, file), ...runSettings };
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
      const { changedPaths, stagedTargets } = await import("./staged-KTXV3EYO.js");
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
    const cache = options.cache ? openRunCache(options, config, files, linter, cwd) : void 0;
    const { found, groups, todo } = fromCache(files, cache, linterFor);
    results = found;
    const concurrency = resolveConcurrency(options.concurrency, todo);
    threads = threadCount(todo, concurrency);
    const progress = progressLine(streams.stderr, todo, context.now ?? Date.now);
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
    if (cache) {
      try {
        cache.store(results);
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
