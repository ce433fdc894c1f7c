import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  lintFiles,
  resolveConcurrency,
  threadCount
} from "./chunk-HQTUAAH3.js";
import {
  count,
  loadConfig,
  parseCliArgs,
  relativePath,
  reporters,
  safeLine,
  settingsFor,
  toolVersion,
  usage
} from "./chunk-P7DWKRF2.js";
import {
  createLinter,
  defaultLimits
} from "./chunk-RCGLRQAR.js";
import {
  VFile,
  remarkParse,
  unified
} from "./chunk-CQ6KILEG.js";
import {
  remarkFrontmatter,
  rules
} from "./chunk-PUWXFJEG.js";
import {
  collectFiles,
  describeStatError,
  findSuites,
  glob,
  isDynamicPattern,
  patternProblem,
  ruleOptions,
  source
} from "./chunk-GPUK42N5.js";

// src/cli/main.ts
import fs from "node:fs";
import path2 from "node:path";

// src/cli/stdin.ts
import path from "node:path";
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
var decoder = new TextDecoder("utf-8", { fatal: true });
async function lintStdin(bytes, filePath, settings, cwd, linter) {
  let text;
  try {
    if (bytes.includes(0)) throw new Error("NUL byte");
    text = decoder.decode(bytes);
  } catch {
    throw new StdinError("standard input is not UTF-8 text");
  }
  const own = linter.lintText;
  if (typeof own === "function") return own.call(linter, text, filePath);
  const file = new VFile({ path: path.resolve(cwd, filePath), cwd, value: text });
  const processor = unified().use(remarkParse).use(plugins(settings)).freeze();
  try {
    const tree = processor.parse(file);
    if (depthOf(tree) > (settings.limits?.maxDepth ?? defaultLimits.maxDepth)) {
      throw new RangeError("too deep");
    }
    processor.runSync(tree, file);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    file.messages = [];
    const message = file.message(
      "Unexpected markdown nested too deeply, expected less nesting: the file was not checked",
      { place: { line: 1, column: 1 }, ruleId: "too-complex", source }
    );
    message.fatal = true;
  }
  file.value = "";
  return file;
}
function plugins(settings) {
  const list = [[remarkFrontmatter, ["yaml", "toml"]]];
  for (const rule of rules) {
    const setting = settings.rules?.[rule.meta.id];
    const [level, options] = setting === void 0 ? ["error", void 0] : Array.isArray(setting) ? [setting[0], setting[1]] : [setting, void 0];
    const takesPreprompts = settings.preprompts && "preprompts" in (rule.meta.schema.properties ?? {});
    const merged = takesPreprompts ? {
      ...options ?? {},
      preprompts: { ...settings.preprompts, ...options?.preprompts }
    } : options;
    list.push([rule, [level, merged]]);
  }
  return list;
}
function depthOf(tree) {
  let deepest = 0;
  const stack = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop();
    if (depth > deepest) deepest = depth;
    for (const child of node.children ?? [])
      stack.push([child, depth + 1]);
  }
  return deepest;
}

// src/cli/main.ts
var progressAfterMs = 2e3;
var RunError = class extends Error {
  name = "RunError";
};
var prefix = "tdd-prompt-lint: ";
async function main(argv, cwd, streams, context = {}) {
  const debug = argv.includes("--debug");
  try {
    if (argv[0] === "new" && argv.some((arg) => arg === "--at" || arg.startsWith("--at="))) {
      return await (await import("./renumber-command-QDRLKYCJ.js")).runNewAt(argv.slice(1), cwd, streams);
    }
    if (argv[0] === "init" || argv[0] === "new") {
      const scaffold = await import("./scaffold-commands-O2EEZPFA.js");
      const run = argv[0] === "init" ? scaffold.runInit : scaffold.runNew;
      return await run(argv.slice(1), cwd, streams);
    }
    if (argv[0] === "trace") {
      return await (await import("./trace-command-LXGFZG7T.js")).runTrace(argv.slice(1), cwd, streams);
    }
    if (argv[0] === "renumber") {
      return await (await import("./renumber-command-QDRLKYCJ.js")).runRenumber(argv.slice(1), cwd, streams);
    }
    if (argv.includes("--fix") || argv.includes("--fix-dry-run")) {
      return await (await import("./fix-command-LTNRE4T7.js")).runFix(argv, cwd, streams, main);
    }
    return await lint(parseCliArgs(argv), cwd, streams, context);
  } catch (error) {
    streams.stderr.write(safeLine(prefix + oneLine(error)) + "\n");
    if (debug && error instanceof Error && error.stack) {
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
  const config = loadConfig(cwd, options.config);
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
    const { settings, linter: own } = linterFor(path2.resolve(cwd, filePath));
    results = [await lintStdin(bytes, filePath, settings, cwd, own)];
  } else {
    const expanded = await expandGlobs(options.paths, cwd);
    given = /* @__PURE__ */ new Set([...expanded.paths, ...expanded.problems.map((problem) => problem.path)]);
    const collected = options.paths.length > 0 && expanded.paths.length === 0 ? { files: [], problems: [] } : await collectFiles(expanded.paths, { cwd, config, ignorePath: options.ignorePath });
    const files = collected.files;
    problems = [...expanded.problems, ...collected.problems];
    for (const problem of problems) {
      streams.stderr.write(safeLine(`${prefix}${problem.path}: ${problem.reason}`) + "\n");
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
    threads = threadCount(files.length, concurrency);
    const groups = /* @__PURE__ */ new Map();
    files.forEach((file, index) => {
      const { key, settings, linter: own } = linterFor(file);
      const group = groups.get(key) ?? { settings, linter: own, at: [] };
      group.at.push(index);
      groups.set(key, group);
    });
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
  }
  if (options.quiet) {
    for (const result of results) {
      result.messages = result.messages.filter((message) => message.fatal === true);
    }
  }
  const { errors, warnings } = count(results);
  const failed = problems.some((problem) => given.has(problem.path)) || problems.length > 0 && results.length === 0;
  const tooManyWarnings = options.maxWarnings !== void 0 && warnings > options.maxWarnings;
  const code = failed ? 2 : errors > 0 || tooManyWarnings ? 1 : 0;
  const silent = code === 2 && (results.length === 0 || options.format === "stylish" && errors + warnings === 0);
  if (!silent) {
    const color = options.format === "stylish" && useColor(options, streams, context.env ?? process.env);
    const report = reporters[options.format](results, { cwd, color });
    if (options.output) {
      const target = path2.resolve(cwd, options.output);
      try {
        fs.mkdirSync(path2.dirname(target), { recursive: true });
        fs.writeFileSync(target, report);
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
      `${prefix}too many warnings (${warnings}, at most ${options.maxWarnings} allowed by --max-warnings)
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
    fs.lstatSync(file);
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
  const preprompt = config.settings.preprompts?.[folder];
  const ruleSettings = {};
  const settings = settingsFor(config, absolute);
  for (const rule of rules) {
    const setting = settings.rules?.[rule.meta.id] ?? "error";
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
function oneLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.trim() || "unknown error";
}

export {
  main
};
