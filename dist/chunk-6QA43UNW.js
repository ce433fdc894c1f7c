import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  rules
} from "./chunk-QOBWUWRK.js";
import {
  require_dist
} from "./chunk-HWXTSKYD.js";
import {
  createValidator,
  maxDataBytes,
  patternProblem,
  readRegularFile,
  require_picomatch
} from "./chunk-BEMMNZVQ.js";
import {
  didYouMean
} from "./chunk-5HIIY6MO.js";
import {
  __toESM
} from "./chunk-L4DFUNMN.js";

// src/config/config.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var import_yaml = __toESM(require_dist(), 1);
import fs from "node:fs";
import path from "node:path";
var configNames = [
  ".tddpromptlintrc.json",
  ".tddpromptlintrc.yaml",
  ".tddpromptlintrc.yml"
];
var defaultSuites = [];
var schemaUrl = "https://raw.githubusercontent.com/tdd-prompt-lint/tdd-prompt-lint/main/config.schema.json";
var ConfigError = class extends Error {
  name = "ConfigError";
};
var level = { enum: ["off", "warn", "error", 0, 1, 2] };
var pattern = { type: "string", minLength: 1, maxLength: 256 };
function configSchema() {
  const ruleProperties = {};
  const rulesSchema = (description) => ({
    description,
    type: "object",
    properties: ruleProperties,
    additionalProperties: false
  });
  for (const rule of rules) {
    ruleProperties[rule.meta.id] = {
      description: `Severity of \`${rule.meta.id}\`, or severity and options. Docs: ${rule.meta.url}`,
      anyOf: [
        level,
        { type: "array", items: [level], minItems: 1, maxItems: 1, additionalItems: false },
        {
          type: "array",
          items: [level, rule.meta.schema],
          minItems: 2,
          maxItems: 2,
          additionalItems: false
        }
      ]
    };
  }
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: schemaUrl,
    title: "tdd-prompt-lint configuration",
    type: "object",
    properties: {
      $schema: { type: "string" },
      suites: {
        description: "Glob patterns of suite folders, relative to this file. Default: every folder that holds prompt files, at any depth.",
        type: "array",
        items: pattern,
        maxItems: 100
      },
      ignore: {
        description: "Paths to skip, gitignore syntax, relative to this file (added to `.tddpromptlintignore`).",
        type: "array",
        items: pattern,
        maxItems: 1e3
      },
      preprompts: {
        description: "Preprompt of a folder that has none of its own: folder → preprompt file, both relative to this file.",
        type: "object",
        additionalProperties: pattern
      },
      style: {
        description: "The house style: for each kind of prompt, the parts (sections, labels, links, a stated test kind, a numbered title) that `threshold` of the prompts of that kind in the repository have are expected of all, when there are at least `minimum` of them. `infer: false` expects only what rules are configured with.",
        type: "object",
        properties: {
          infer: { type: "boolean", default: true },
          threshold: { type: "number", exclusiveMinimum: 0, maximum: 1, default: 0.8 },
          minimum: { type: "integer", minimum: 1, default: 5 },
          names: {
            description: "The naming scheme, pinned part by part; a part left out is learned from the names of the prompts (the choice at least `threshold` of at least `minimum` names make, else `NN`/`NNb`, `_`, lower case). `red` and `green`: the letter after the number (`NN`, `NNa`, `NNb`); `separator`: `_` or `-`; `case`: `lower`, or `any` to accept names in other cases.",
            type: "object",
            properties: {
              red: { type: "string", pattern: "^NN[a-z]?$" },
              green: { type: "string", pattern: "^NN[a-z]?$" },
              separator: { enum: ["_", "-"] },
              case: { enum: ["lower", "any"] }
            },
            additionalProperties: false
          }
        },
        additionalProperties: false
      },
      rules: rulesSchema(
        "Rule id → `off`, `warn` or `error`, or `[severity, options]`. Every rule is an error by default, but `numbering-gap` and `requirement-coverage` warnings."
      ),
      overrides: {
        description: "Rule settings for some files: every block whose `files` match a file is merged over `rules`, in order (a later block wins; a severity alone keeps the options set before it).",
        type: "array",
        maxItems: 100,
        items: {
          type: "object",
          properties: {
            files: {
              description: "Glob patterns relative to this file; a pattern without a `/` matches a file name in any folder.",
              type: "array",
              items: pattern,
              minItems: 1,
              maxItems: 100
            },
            rules: rulesSchema(
              "Rule id → severity, or `[severity, options]`, for the matching files."
            )
          },
          required: ["files"],
          additionalProperties: false
        }
      }
    },
    additionalProperties: false
  };
}
var validateConfig;
function findConfig(cwd, explicit, near) {
  if (explicit) return path.resolve(cwd, explicit);
  return firstAbove(path.resolve(cwd)) ?? (near ? firstAbove(path.resolve(cwd, near)) : void 0);
}
function firstAbove(start) {
  for (let dir = start; ; dir = path.dirname(dir)) {
    for (const name of configNames) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    if (path.dirname(dir) === dir) return void 0;
  }
}
function loadConfig(cwd, explicit, near) {
  const file = findConfig(cwd, explicit, near);
  if (!file) return resolveConfig({}, void 0, path.resolve(cwd));
  const shown = path.relative(cwd, file) || file;
  const bytes = readRegularFile(file, maxDataBytes);
  if (!Buffer.isBuffer(bytes)) {
    throw new ConfigError(`${shown}: cannot read configuration (${bytes.reason})`);
  }
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  const json = /\.json$/i.test(file);
  let data;
  try {
    data = json ? JSON.parse(text) : (0, import_yaml.parse)(text, { maxAliasCount: 100 });
  } catch (error) {
    const { line, column, reason } = describeSyntaxError(error, text, json);
    const place = line === void 0 ? "" : `:${line}:${column}`;
    throw new ConfigError(`${shown}${place}: invalid ${json ? "JSON" : "YAML"}: ${reason}`);
  }
  data ??= {};
  validateConfig ??= createValidator(configSchema());
  const problem = validateConfig(data);
  if (problem) {
    throw new ConfigError(`${shown}: ${ruleOptionsProblem(data) ?? withSuggestion(problem)}`);
  }
  const config = data;
  for (const [index, pattern2] of (config.suites ?? []).entries()) {
    const unsafe = patternProblem(pattern2);
    if (unsafe) throw new ConfigError(`${shown}: \`suites[${index}]\` ${unsafe}`);
  }
  for (const [index, override] of (config.overrides ?? []).entries()) {
    for (const [at, pattern2] of override.files.entries()) {
      const unsafe = patternProblem(pattern2);
      if (unsafe) throw new ConfigError(`${shown}: \`overrides[${index}].files[${at}]\` ${unsafe}`);
    }
  }
  return resolveConfig(data, file, path.dirname(file));
}
var optionValidators = /* @__PURE__ */ new Map();
function ruleOptionsProblem(data) {
  const config = data;
  const blocks = [["rules", config?.rules]];
  if (Array.isArray(config?.overrides)) {
    config.overrides.forEach((override, index) => {
      blocks.push([`overrides[${index}].rules`, override?.rules]);
    });
  }
  for (const [base, settings] of blocks) {
    const problem = settingsProblem(base, settings);
    if (problem) return problem;
  }
  return void 0;
}
function settingsProblem(base, settings) {
  if (typeof settings !== "object" || settings === null) return void 0;
  for (const rule of rules) {
    const setting = settings[rule.meta.id];
    if (!Array.isArray(setting) || setting.length !== 2 || !level.enum.includes(setting[0]))
      continue;
    let validate = optionValidators.get(rule.meta.id);
    if (!validate) {
      validate = createValidator(rule.meta.schema);
      optionValidators.set(rule.meta.id, validate);
    }
    const problem = validate(setting[1]);
    if (!problem) continue;
    const at = `${base}.${rule.meta.id}[1]`;
    return problem.replace(
      /`([^`]*)`/,
      (_match, key) => key === "(root)" ? `\`${at}\`` : `\`${at}${key.startsWith("[") ? "" : "."}${key}\``
    );
  }
  return void 0;
}
var topKeys = ["$schema", "suites", "ignore", "preprompts", "rules", "overrides"];
var ruleIds = rules.map((rule) => rule.meta.id);
function withSuggestion(problem) {
  const unknown = /^unknown key `(?:(.*)\.)?([^.`]*)`$/.exec(problem);
  if (!unknown) return problem;
  const [, parent = "", key = ""] = unknown;
  const known = /^(?:overrides\[\d+\]\.)?rules$/.test(parent) ? ruleIds : /^overrides\[\d+\]$/.test(parent) ? ["files", "rules"] : parent === "" ? topKeys : [];
  return problem + didYouMean(key, known);
}
function describeSyntaxError(error, text, json) {
  const message = error instanceof Error ? error.message : String(error);
  if (!json && error instanceof import_yaml.YAMLError && error.linePos) {
    const [start] = error.linePos;
    const reason2 = (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").trim();
    return { line: start.line, column: start.col, reason: reason2 };
  }
  if (!json) return { reason: message.split("\n")[0] ?? message };
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Math.min(Number(position[1]), text.length) : text.length;
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  const reason = (message.split("\n")[0] ?? message).replace(/ in JSON at position \d+.*$/, "").replace(/ \(line \d+ column \d+\)$/, "").trim();
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, reason };
}
function resolveConfig(config, file, dir) {
  const preprompts = {};
  for (const [folder, target] of Object.entries(config.preprompts ?? {})) {
    preprompts[path.resolve(dir, folder)] = path.resolve(dir, target);
  }
  return {
    file,
    dir,
    suites: config.suites ?? defaultSuites,
    ignore: config.ignore ?? [],
    settings: {
      rules: config.rules ?? {},
      preprompts,
      style: config.style ?? {},
      ignore: config.ignore ?? [],
      ignoreBase: dir
    },
    overrides: config.overrides ?? []
  };
}
function settingsFor(config, file) {
  if (config.overrides.length === 0) return config.settings;
  const relative = path.relative(config.dir, path.resolve(config.dir, file));
  if (relative.startsWith("..") || path.isAbsolute(relative)) return config.settings;
  const posix = relative.split(path.sep).join("/");
  let merged;
  for (const override of config.overrides) {
    if (!matcher(override.files)(posix)) continue;
    merged ??= { ...config.settings.rules };
    for (const [id, setting] of Object.entries(override.rules ?? {})) {
      merged[id] = mergeSetting(merged[id], setting);
    }
  }
  return merged ? { ...config.settings, rules: merged } : config.settings;
}
function mergeSetting(base, next) {
  const severityOnly = !Array.isArray(next) || next.length < 2;
  if (!severityOnly || !Array.isArray(base) || base[1] === void 0) return next;
  const level2 = Array.isArray(next) ? next[0] : next;
  return [level2, base[1]];
}
var matchers = /* @__PURE__ */ new WeakMap();
function matcher(patterns) {
  let match = matchers.get(patterns);
  if (!match) {
    const anywhere = patterns.map((each) => each.includes("/") ? each : `**/${each}`);
    match = (0, import_picomatch.default)(anywhere, { dot: true });
    matchers.set(patterns, match);
  }
  return match;
}

// src/reporters/common.ts
import path2 from "node:path";
function severity(message) {
  return message.fatal === true ? "error" : "warning";
}
function relativePath(cwd, file) {
  const relative = path2.relative(cwd, path2.resolve(cwd, file));
  return (relative || path2.basename(file)).split(path2.sep).join("/");
}
function placeOf(message) {
  const at = message.place;
  if (at && "start" in at) {
    return {
      line: at.start.line,
      column: at.start.column,
      endLine: at.end.line,
      endColumn: at.end.column
    };
  }
  return { line: message.line ?? 1, column: message.column ?? 1 };
}
function relatedOf(message) {
  const cause = message.cause;
  if (!cause || typeof cause !== "object" || typeof cause.file !== "string" || !cause.file) {
    return void 0;
  }
  return {
    file: cause.file,
    message: typeof cause.reason === "string" ? cause.reason : "",
    ...placeOf(cause)
  };
}
function sortedMessages(file) {
  return [...file.messages].sort((a, b) => {
    const left = placeOf(a);
    const right = placeOf(b);
    return left.line - right.line || left.column - right.column;
  });
}
function count(files) {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const message of file.messages) {
      if (severity(message) === "error") errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}
var unsafeInJson = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function safeJson(value) {
  return JSON.stringify(value, null, 2).replace(
    unsafeInJson,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export {
  ConfigError,
  configSchema,
  loadConfig,
  settingsFor,
  severity,
  relativePath,
  placeOf,
  relatedOf,
  sortedMessages,
  count,
  safeJson,
  plural
};
