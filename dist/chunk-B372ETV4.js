import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  engineFindings
} from "./chunk-PWDYQ3HX.js";
import {
  rules
} from "./chunk-LPN5EHXS.js";
import {
  require_dist
} from "./chunk-RSQXDE6I.js";
import {
  createValidator,
  docsBase,
  maxDataBytes,
  patternProblem,
  readRegularFile,
  require_picomatch
} from "./chunk-63AJYI2E.js";
import {
  __toESM,
  didYouMean
} from "./chunk-EX7H2NOR.js";

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
  const json2 = /\.json$/i.test(file);
  let data;
  try {
    data = json2 ? JSON.parse(text) : (0, import_yaml.parse)(text, { maxAliasCount: 100 });
  } catch (error) {
    const { line, column, reason } = describeSyntaxError(error, text, json2);
    const place = line === void 0 ? "" : `:${line}:${column}`;
    throw new ConfigError(`${shown}${place}: invalid ${json2 ? "JSON" : "YAML"}: ${reason}`);
  }
  data ??= {};
  validateConfig ??= createValidator(configSchema());
  const problem = validateConfig(data);
  if (problem) {
    throw new ConfigError(`${shown}: ${ruleOptionsProblem(data) ?? withSuggestion(problem)}`);
  }
  const config = data;
  for (const [index, pattern2] of (config.suites ?? []).entries()) {
    const unsafe2 = patternProblem(pattern2);
    if (unsafe2) throw new ConfigError(`${shown}: \`suites[${index}]\` ${unsafe2}`);
  }
  for (const [index, override] of (config.overrides ?? []).entries()) {
    for (const [at, pattern2] of override.files.entries()) {
      const unsafe2 = patternProblem(pattern2);
      if (unsafe2) throw new ConfigError(`${shown}: \`overrides[${index}].files[${at}]\` ${unsafe2}`);
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
function describeSyntaxError(error, text, json2) {
  const message = error instanceof Error ? error.message : String(error);
  if (!json2 && error instanceof import_yaml.YAMLError && error.linePos) {
    const [start] = error.linePos;
    const reason2 = (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").trim();
    return { line: start.line, column: start.col, reason: reason2 };
  }
  if (!json2) return { reason: message.split("\n")[0] ?? message };
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

// src/io/escape.ts
var unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var named = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeControls(text) {
  return text.replace(unsafe, (char) => {
    const code = char.charCodeAt(0);
    return named[char] ?? (code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`);
  });
}
function safeLine(text) {
  const line = escapeControls(text);
  const lead = /^\s*/.exec(line)?.[0] ?? "";
  const rest = line.slice(lead.length);
  return rest.startsWith("::") || rest.startsWith("##[") ? `${lead}\\${rest}` : line;
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

// src/reporters/github.ts
function escapeData(value) {
  return escapeControls(value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var github = (files, context) => {
  let out = "";
  for (const file of files) {
    const name = relativePath(context.cwd, file.path);
    for (const message of sortedMessages(file)) {
      const place = placeOf(message);
      const properties = [
        ["file", name],
        ["line", place.line],
        ["col", place.column],
        ["endLine", place.endLine],
        ["endColumn", place.endColumn],
        ["title", message.ruleId]
      ];
      const list = properties.filter((entry) => entry[1] !== void 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
      out += `::${severity(message)} ${list}::${escapeData(message.reason)}
`;
    }
  }
  return out;
};

// src/reporters/json.ts
var json = (files, context) => {
  const results = files.map((file) => {
    const messages = sortedMessages(file).map((message) => {
      const place = placeOf(message);
      const related = relatedOf(message);
      return {
        ruleId: message.ruleId ?? null,
        severity: severity(message) === "error" ? 2 : 1,
        line: place.line,
        column: place.column,
        ...place.endLine === void 0 ? {} : { endLine: place.endLine, endColumn: place.endColumn },
        message: message.reason,
        ...message.url ? { url: message.url } : {},
        ...related ? {
          relatedLocations: [
            {
              filePath: relativePath(context.cwd, related.file),
              line: related.line,
              column: related.column,
              ...related.endLine === void 0 ? {} : { endLine: related.endLine, endColumn: related.endColumn },
              message: related.message
            }
          ]
        } : {}
      };
    });
    return {
      filePath: relativePath(context.cwd, file.path),
      messages,
      errorCount: messages.filter((message) => message.severity === 2).length,
      warningCount: messages.filter((message) => message.severity === 1).length
    };
  });
  return safeJson(results) + "\n";
};

// package.json
var package_default = {
  name: "tdd-prompt-lint",
  version: "0.1.0",
  description: "remark-lint rules, a CLI and a GitHub Action that keep suites of TDD prompt files (preprompt, red and green prompts) honest",
  license: "MIT",
  author: "tdd-prompt-lint contributors",
  homepage: "https://github.com/tdd-prompt-lint/tdd-prompt-lint#readme",
  repository: {
    type: "git",
    url: "git+https://github.com/tdd-prompt-lint/tdd-prompt-lint.git"
  },
  bugs: {
    url: "https://github.com/tdd-prompt-lint/tdd-prompt-lint/issues"
  },
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    "tdd-prompt-lint": "dist/cli.js",
    "tdd-prompt-lint-lsp": "dist/lsp.js"
  },
  exports: {
    ".": {
      types: "./dist/types/src/api.d.ts",
      default: "./dist/api.js"
    },
    "./preset": {
      types: "./dist/types/src/preset.d.ts",
      default: "./dist/preset.js"
    },
    "./rules/*": {
      types: "./dist/types/rules/*.d.ts",
      default: "./dist/rules/*.js"
    },
    "./config.schema.json": "./config.schema.json",
    "./package.json": "./package.json"
  },
  types: "./dist/types/src/api.d.ts",
  files: [
    "dist",
    "!dist/index.js",
    "config.schema.json"
  ],
  keywords: [
    "remark-lint",
    "remark-lint-rule",
    "unified",
    "tdd",
    "prompts",
    "github-action"
  ],
  scripts: {
    bundle: "node scripts/bundle.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    test: "vitest run",
    "test:contract": "vitest run --config vitest.contract.config.ts",
    bench: "node bench/run.mjs",
    docs: "node scripts/rule-table.mjs --write"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@eslint/js": "^10.0.1",
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@types/mdast": "^4.0.4",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    diff: "^9.0.0",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    ignore: "^7.0.16",
    "markdownlint-cli2": "^0.22.1",
    "mdast-comment-marker": "^3.0.0",
    "mdast-util-to-string": "^4.0.0",
    picomatch: "^4.0.7",
    prettier: "^3.10.1",
    "remark-cli": "^12.0.1",
    "remark-frontmatter": "^5.0.0",
    "remark-parse": "^11.0.0",
    "remark-stringify": "^11.0.0",
    tinyglobby: "^0.2.17",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.73.0",
    unified: "^11.0.5",
    "unified-language-server": "^4.1.0",
    "unified-lint-rule": "^3.0.1",
    "unified-message-control": "^5.0.0",
    "unist-util-visit": "^5.2.0",
    vfile: "^6.0.3",
    "vfile-message": "^4.0.4",
    "vfile-reporter": "^8.1.1",
    "vfile-reporter-json": "^4.0.0",
    vitest: "^4.1.12",
    "vscode-languageserver-protocol": "^3.18.5",
    yaml: "^2.9.1"
  }
};

// src/reporters/tool.ts
var toolName = package_default.name;
var toolVersion = package_default.version;
var informationUri = docsBase.replace(/\/blob\/.*$/, "");
var ruleDescriptions = {
  ...Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.description])),
  ...engineFindings
};

// src/reporters/sarif.ts
var sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";
function driverRules() {
  const list = rules.map((rule) => ({
    id: rule.meta.id,
    shortDescription: { text: ruleDescriptions[rule.meta.id] ?? rule.meta.id },
    helpUri: rule.meta.url
  }));
  for (const id of Object.keys(engineFindings)) {
    list.push({ id, shortDescription: { text: ruleDescriptions[id] ?? id } });
  }
  return list;
}
function uri(cwd, file) {
  return relativePath(cwd, file).split("/").map(encodeURIComponent).join("/");
}
function region(place) {
  return {
    startLine: place.line,
    startColumn: place.column,
    ...place.endLine === void 0 ? {} : { endLine: place.endLine, endColumn: place.endColumn }
  };
}
var sarif = (files, context) => {
  const driver = driverRules();
  const index = new Map(driver.map((rule, at) => [rule.id, at]));
  const results = [];
  for (const file of files) {
    for (const message of sortedMessages(file)) {
      const related = relatedOf(message);
      const ruleIndex = message.ruleId === void 0 ? void 0 : index.get(message.ruleId);
      results.push({
        ...message.ruleId ? { ruleId: message.ruleId } : {},
        ...ruleIndex === void 0 ? {} : { ruleIndex },
        level: severity(message),
        message: { text: message.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uri(context.cwd, file.path), uriBaseId: "%SRCROOT%" },
              region: region(placeOf(message))
            }
          }
        ],
        ...related ? {
          relatedLocations: [
            {
              id: 1,
              physicalLocation: {
                artifactLocation: { uri: uri(context.cwd, related.file), uriBaseId: "%SRCROOT%" },
                region: region(related)
              },
              ...related.message ? { message: { text: related.message } } : {}
            }
          ]
        } : {}
      });
    }
  }
  const log = {
    $schema: sarifSchema,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: toolName, version: toolVersion, informationUri, rules: driver } },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return safeJson(log) + "\n";
};

// src/reporters/stylish.ts
var codes = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39]
};
var stylish = (files, context) => {
  const paint = (text, ...styles) => context.color ? styles.reduce(
    (value, style) => `\x1B[${codes[style][0]}m${value}\x1B[${codes[style][1]}m`,
    text
  ) : text;
  const lines = [];
  for (const file of files) {
    if (file.messages.length === 0) continue;
    const rows = sortedMessages(file).map((message) => {
      const place = placeOf(message);
      return {
        place: `${place.line}:${place.column}`,
        severity: severity(message),
        reason: escapeControls(message.reason.replace(/\s*[\r\n]+\s*/g, " ")),
        rule: escapeControls(message.ruleId ?? "")
      };
    });
    const width = (key) => Math.max(...rows.map((row) => row[key].length));
    const placeWidth = width("place");
    const severityWidth = width("severity");
    const reasonWidth = width("reason");
    lines.push("", paint(safeLine(relativePath(context.cwd, file.path)), "underline"));
    for (const row of rows) {
      const level2 = row.severity.padEnd(severityWidth);
      const columns = [
        "  " + paint(row.place.padEnd(placeWidth), "dim"),
        paint(level2, row.severity === "error" ? "red" : "yellow"),
        row.rule ? row.reason.padEnd(reasonWidth) : row.reason,
        row.rule ? paint(row.rule, "dim") : ""
      ];
      lines.push(columns.join("  ").trimEnd());
    }
  }
  const { errors, warnings } = count(files);
  const total = errors + warnings;
  if (total === 0) {
    return paint("✔", "green") + ` No problems (${plural(files.length, "file")} checked)
`;
  }
  const summary = `✖ ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
  lines.push("", paint(summary, "bold", errors > 0 ? "red" : "yellow"));
  return lines.join("\n") + "\n";
};

// src/reporters/index.ts
var reporters = { stylish, json, sarif, github };
var formatNames = Object.keys(reporters);

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
  name = "UsageError";
};
var options = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "ignore-path": { type: "string" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean" },
  "print-config": { type: "string" },
  concurrency: { type: "string" },
  debug: { type: "boolean" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  staged: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
var flagNames = Object.keys(options).map((name) => `--${name}`);
var usage = `Usage: tdd-prompt-lint [options] [paths...]
       tdd-prompt-lint init [options]    start a suite (see \`init --help\`)
       tdd-prompt-lint new [options]     add a red/green pair (see \`new --help\`)
       tdd-prompt-lint renumber [folder] close gaps, or --insert-at N (see \`renumber --help\`)
       tdd-prompt-lint trace [paths]     requirement → prompts citing it (see \`trace --help\`)

Lint suites of TDD prompt files (preprompt, red, green and foundation prompts,
their plans and requirement documents). With no paths, every folder under the
current folder that holds prompt files (or the configured \`suites\`); a file
is linted with its suite and its repository's house style in view. A path with wildcards ('orchestration/**/*_red.md', quoted so that
the shell leaves it alone) is expanded.

Options:
  -f, --format NAME        stylish (default), json, sarif or github
  -o, --output FILE        write the report to FILE instead of standard output
  -c, --config FILE        configuration file (default: the first
                           .tddpromptlintrc.json, .yaml or .yml here or above)
      --ignore-path FILE   ignore file (default: .tddpromptlintignore here)
      --max-warnings N     exit 1 when there are more than N warnings
      --quiet              report errors only
      --print-config FILE  print the configuration that applies to FILE (JSON)
      --concurrency N      lint on N threads; auto (default): one per core, at
                           most 4, for 400 files or more; off: one thread
      --stdin              lint standard input, as the file --stdin-filename names
      --stdin-filename PATH
                           the path standard input is linted as (its folder is
                           in view, as for a file given on the command line)
      --staged             lint the suites that the changes staged in git touch,
                           deletions and renames included (a pre-commit hook)
      --fix                fix what is mechanical (renames with their references,
                           title numbers, phase labels, evident links), then
                           report what is left
      --fix-dry-run        print the renames and a diff of what --fix would do
      --color, --no-color  force colour on or off (default: on for a terminal,
                           off with NO_COLOR; FORCE_COLOR=1 forces it on)
      --debug              show stack traces and timings
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors (warnings allowed up to --max-warnings), 1 lint
errors or too many warnings, 2 the run failed (bad flag, configuration or path).
`;
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error, flagNames), { cause: error });
  }
  const { values, positionals } = parsed;
  const format = values.format ?? "stylish";
  if (!formatNames.includes(format)) {
    throw new UsageError(
      `unknown format \`${format}\` for \`--format\`, expected one of ${formatNames.map((name) => `\`${name}\``).join(", ")}`
    );
  }
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    const text = values["max-warnings"];
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
      throw new UsageError(
        `invalid value \`${text}\` for \`--max-warnings\`, expected a whole number (0 or more)`
      );
    }
    maxWarnings = Number(text);
  }
  for (const [name, value] of Object.entries(values)) {
    if (value === "") throw new UsageError(`option \`--${name}\` needs a non-empty value`);
  }
  const concurrency = parseConcurrency(values.concurrency ?? "auto");
  const stdin = values.stdin ?? false;
  const stdinFilename = values["stdin-filename"];
  if (stdin && stdinFilename === void 0) {
    throw new UsageError(
      "`--stdin` needs `--stdin-filename <path>`: the path to lint standard input as"
    );
  }
  if (!stdin && stdinFilename !== void 0) {
    throw new UsageError("`--stdin-filename` goes with `--stdin`");
  }
  if (stdin && positionals.length > 0) {
    throw new UsageError(`\`--stdin\` takes no paths, got \`${positionals[0]}\``);
  }
  const staged = values.staged ?? false;
  if (staged && (stdin || positionals.length > 0)) {
    throw new UsageError(
      `\`--staged\` takes no paths, got \`${stdin ? "--stdin" : positionals[0]}\``
    );
  }
  return {
    paths: positionals,
    format,
    output: values.output,
    config: values.config,
    ignorePath: values["ignore-path"],
    maxWarnings,
    quiet: values.quiet ?? false,
    printConfig: values["print-config"],
    concurrency,
    debug: values.debug ?? false,
    stdin,
    stdinFilename,
    staged,
    color: values["no-color"] ? false : values.color ? true : void 0,
    help: values.help ?? false,
    version: values.version ?? false
  };
}
function parseConcurrency(text) {
  if (text === "auto") return "auto";
  if (text === "off") return 1;
  if (/^\d+$/.test(text) && Number.isSafeInteger(Number(text)) && Number(text) >= 1) {
    return Number(text);
  }
  throw new UsageError(
    `invalid value \`${text}\` for \`--concurrency\`, expected a whole number (1 or more), \`auto\` or \`off\``
  );
}
function describeParseError(error, known = []) {
  const code = error.code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
  const flag = /--[\w-]+/.exec(quoted)?.[0] ?? /-\w/.exec(quoted)?.[0];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && flag) {
    return `unknown option \`${quoted}\`` + didYouMean(quoted.split("=")[0] ?? quoted, known);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && flag) {
    if (/does not take an argument/.test(message)) return `option \`${flag}\` takes no value`;
    if (/ambiguous/.test(message)) {
      return `option \`${flag}\` needs a value (write \`${flag}=<value>\` for one that starts with \`-\`)`;
    }
    return `option \`${flag}\` needs a value`;
  }
  return message.split("\n")[0] ?? message;
}

export {
  ConfigError,
  configSchema,
  loadConfig,
  settingsFor,
  escapeControls,
  safeLine,
  relativePath,
  count,
  github,
  json,
  toolVersion,
  sarif,
  stylish,
  reporters,
  formatNames,
  UsageError,
  usage,
  parseCliArgs,
  describeParseError
};
