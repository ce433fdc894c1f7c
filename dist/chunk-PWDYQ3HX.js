import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  VFile,
  remarkParse,
  unified
} from "./chunk-E4MOWE5I.js";
import {
  lintPlugins
} from "./chunk-LPN5EHXS.js";
import {
  decodeText,
  modelOf,
  readRegularFile,
  source
} from "./chunk-63AJYI2E.js";
import {
  kinds
} from "./chunk-EX7H2NOR.js";

// src/engine/lint.ts
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
var defaultLimits = {
  maxBytes: 1024 * 1024,
  maxDepth: 200,
  timeout: 1e4,
  maxFindings: 500,
  maxLines: 5e4
};
var engineFindings = {
  unreadable: "The file could not be read.",
  encoding: "The file is not UTF-8 text.",
  "too-large": "The file is larger than the linter reads (1 MiB).",
  "too-complex": "The markdown is nested too deeply, has too many lines or takes too long to parse.",
  "too-many-findings": "The file has more findings than one report shows for a file (500)."
};
function modelSettings(settings, cwd) {
  return {
    root: path.resolve(cwd),
    preprompts: Object.fromEntries(
      Object.entries(settings.preprompts ?? {}).map(([folder, file]) => [
        path.resolve(cwd, folder),
        path.resolve(cwd, file)
      ])
    ),
    ignore: settings.ignore ?? [],
    ignoreBase: settings.ignoreBase ?? path.resolve(cwd),
    style: settings.style ?? {},
    ...settings.styles ? { styles: settings.styles } : {}
  };
}
function createLinter(settings, cwd) {
  const plugins = lintPlugins(settings.rules);
  const root = realpath(cwd) ?? path.resolve(cwd);
  const model = modelSettings(settings, cwd);
  const processor = unified().data("tddPromptLint", model).use(remarkParse).use(plugins).freeze();
  const limits = { ...defaultLimits, ...settings.limits };
  const suite = modelOf(processor);
  return {
    model: suite,
    async lint(filePath) {
      const file = new VFile({ path: path.resolve(cwd, filePath), cwd });
      const buffer = readRegularFile(file.path, limits.maxBytes);
      if (!Buffer.isBuffer(buffer)) {
        if (buffer.kind === "unreadable") {
          return fail(file, "unreadable", `Cannot read file: ${buffer.reason}`);
        }
        const size = buffer.size ?? 0;
        return fail(
          file,
          "too-large",
          `Unexpected file size ${(size / 1024 / 1024).toFixed(1)} MiB (${size} bytes), expected at most ${limits.maxBytes / 1024 / 1024} MiB: the file was not read`
        );
      }
      if (leaves(file.path, cwd, root)) {
        return fail(
          file,
          "unreadable",
          "Cannot read file: a symbolic link that leads outside the working folder"
        );
      }
      const text = decodeText(buffer);
      if (text === void 0) {
        return fail(
          file,
          "encoding",
          "Unexpected binary or invalid UTF-8 content, expected UTF-8 text"
        );
      }
      return check(file, text);
    },
    async lintText(text, filePath) {
      return check(new VFile({ path: path.resolve(cwd, filePath), cwd }), text);
    }
  };
  function check(file, text) {
    const lines = lineCount(text, limits.maxLines);
    if (lines > limits.maxLines) {
      return fail(
        file,
        "too-complex",
        `Unexpected markdown of more than ${limits.maxLines} lines, expected a prompt a person reads: the file was not checked`
      );
    }
    file.value = text;
    for (const kind of kinds) suite.styleScope(path.dirname(file.path), kind);
    let depth;
    try {
      depth = bounded(() => {
        const tree = processor.parse(file);
        const found = depthOf(tree);
        if (found > limits.maxDepth) return found;
        processor.runSync(tree, file);
        return void 0;
      }, limits.timeout);
    } catch (error) {
      file.messages = [];
      file.value = "";
      if (!isTimeout(error) && !(error instanceof RangeError)) throw error;
      const reason = isTimeout(error) ? `Unexpected markdown that takes longer than ${limits.timeout / 1e3} s to check, expected simpler markdown: the file was not checked` : "Unexpected markdown nested too deeply to parse, expected less nesting: the file was not checked";
      return fail(file, "too-complex", reason);
    }
    file.value = "";
    if (depth !== void 0) {
      return fail(
        file,
        "too-complex",
        `Unexpected markdown nested ${depth} levels deep, expected at most ${limits.maxDepth}: the file was not checked`
      );
    }
    return capped(file, limits.maxFindings);
  }
}
function lineCount(text, max) {
  let count = 1;
  for (let at = text.indexOf("\n"); at !== -1 && count <= max; at = text.indexOf("\n", at + 1))
    count++;
  return count;
}
function capped(file, max) {
  const extra = file.messages.length - max;
  if (extra <= 0) return file;
  const last = file.messages[max - 1];
  file.messages.length = max;
  const message = file.message(
    `Unexpected ${extra} more findings in this file, expected at most ${max}: fix these first`,
    { place: last?.place ?? { line: 1, column: 1 }, ruleId: "too-many-findings", source }
  );
  message.fatal = last?.fatal ?? true;
  return file;
}
var context = vm.createContext({});
var call = new vm.Script("run()");
function bounded(run, timeout) {
  context.run = run;
  try {
    return call.runInContext(context, { timeout });
  } finally {
    context.run = void 0;
  }
}
function isTimeout(error) {
  return error?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT";
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
function leaves(file, cwd, root) {
  const given = path.relative(cwd, file);
  if (given.startsWith("..") || path.isAbsolute(given)) return false;
  const real = realpath(file);
  if (real === void 0) return false;
  const inside = path.relative(root, real);
  return inside.startsWith("..") || path.isAbsolute(inside);
}
function realpath(file) {
  try {
    return fs.realpathSync(file);
  } catch {
    return void 0;
  }
}
function fail(file, ruleId, reason) {
  const message = file.message(reason, { place: { line: 1, column: 1 }, ruleId, source });
  message.fatal = true;
  return file;
}

export {
  defaultLimits,
  engineFindings,
  modelSettings,
  createLinter
};
