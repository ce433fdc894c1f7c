import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  count,
  placeOf,
  plural,
  relatedOf,
  relativePath,
  safeJson,
  severity,
  sortedMessages
} from "./chunk-6QA43UNW.js";
import {
  engineFindings
} from "./chunk-PPUTGT3O.js";
import {
  rules
} from "./chunk-QOBWUWRK.js";
import {
  require_dist
} from "./chunk-HWXTSKYD.js";
import {
  docsBase
} from "./chunk-BEMMNZVQ.js";
import {
  didYouMean
} from "./chunk-5HIIY6MO.js";
import {
  __toESM
} from "./chunk-L4DFUNMN.js";

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

// src/reporters/github.ts
function annotationRange(place) {
  const startLine = Math.max(place.line, 1);
  const endLine = Math.max(place.endLine ?? startLine, startLine);
  const startColumn = Math.max(place.column, 1);
  const oneLine = startLine === endLine;
  const endColumn = place.endColumn !== void 0 ? Math.max(place.endColumn - 1, startColumn) : startColumn;
  return {
    startLine,
    endLine,
    startColumn: oneLine ? startColumn : void 0,
    endColumn: oneLine ? endColumn : void 0
  };
}
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
      const range = annotationRange(placeOf(message));
      const properties = [
        ["file", name],
        ["line", range.startLine],
        ["col", range.startColumn],
        ["endLine", range.endLine],
        ["endColumn", range.endColumn],
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
    docs: "node scripts/rule-table.mjs --write",
    "test:mutation": "stryker run"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@eslint/js": "^10.0.1",
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@stryker-mutator/core": "^9.6.1",
    "@stryker-mutator/vitest-runner": "^9.6.1",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    diff: "^9.0.0",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    ignore: "^7.0.16",
    jsdom: "^29.1.1",
    "markdownlint-cli2": "^0.22.1",
    "mdast-comment-marker": "^3.0.0",
    "mdast-util-to-string": "^4.0.0",
    mermaid: "^11.17.2",
    picomatch: "^4.0.7",
    prettier: "^3.10.1",
    "remark-cli": "^12.0.1",
    "remark-frontmatter": "^5.0.0",
    "remark-parse": "^11.0.0",
    "remark-stringify": "^11.0.0",
    tinyglobby: "^0.2.17",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.73.0",
    "unified-lint-rule": "^3.0.1",
    "unified-message-control": "^5.0.0",
    "vfile-reporter": "^8.1.1",
    "vfile-reporter-json": "^4.0.0",
    vitest: "^4.1.12",
    "vscode-languageserver": "^9.0.1",
    "vscode-languageserver-protocol": "^3.18.5",
    "vscode-languageserver-textdocument": "^1.0.16",
    yaml: "^2.9.1"
  },
  dependencies: {
    "@types/mdast": "^4.0.4",
    "@types/unist": "^3.0.3",
    unified: "^11.0.5",
    vfile: "^6.0.3",
    "vfile-message": "^4.0.4"
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
      const level = row.severity.padEnd(severityWidth);
      const columns = [
        "  " + paint(row.place.padEnd(placeWidth), "dim"),
        paint(level, row.severity === "error" ? "red" : "yellow"),
        row.rule ? row.reason.padEnd(reasonWidth) : row.reason,
        row.rule ? paint(row.rule, "dim") : ""
      ];
      lines.push(columns.join("  ").trimEnd());
    }
  }
  const { errors, warnings } = count(files);
  const total = errors + warnings;
  if (total === 0) {
    const hidden = context.hiddenWarnings ?? 0;
    return hidden > 0 ? paint("✔", "green") + ` No errors (${plural(files.length, "file")} checked, ${plural(hidden, "warning")} hidden by --quiet)
` : paint("✔", "green") + ` No problems (${plural(files.length, "file")} checked)
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
var import_yaml = __toESM(require_dist(), 1);
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
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  debug: { type: "boolean" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  staged: { type: "boolean" },
  "no-gitignore": { type: "boolean" },
  rule: { type: "string", multiple: true },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
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
       tdd-prompt-lint map [paths]       draw each suite, Mermaid or HTML (see \`map --help\`)

Lint suites of TDD prompt files (preprompt, red, green and foundation prompts,
their plans and requirement documents). With no paths, every folder under the
current folder that holds prompt files (or the configured \`suites\`); a file
is linted with its suite and its repository's house style in view; what
.gitignore files exclude is left out. A path with wildcards ('orchestration/**/*_red.md', quoted so that
the shell leaves it alone) is expanded; one that starts with \`!\`
('!**/vendor/**') leaves files out.

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
      --cache              print the last run's findings when nothing they
                           depend on changed (any change in a repository
                           lints all of its files again)
      --cache-location PATH
                           the cache file, or the folder it goes in
                           (default: .tddpromptlintcache here)
      --stdin              lint standard input, as the file --stdin-filename names
      --stdin-filename PATH
                           the path standard input is linted as (its folder is
                           in view, as for a file given on the command line)
      --no-gitignore       lint what .gitignore files leave out too
      --rule 'ID: LEVEL'   set a rule's level (off, warn, error) or
                           'ID: [LEVEL, {options}]', over the configuration
      --staged [files]     lint the suites that the changes staged in git touch,
                           deletions and renames included, and those of the
                           files given (a pre-commit hook: every suite under
                           \`pre-commit run --all-files\`; the changes between
                           PRE_COMMIT_FROM_REF and PRE_COMMIT_TO_REF when set)
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
  if (staged && stdin) throw new UsageError("`--staged` takes no paths, got `--stdin`");
  const fix = values["fix-dry-run"] ? "dry-run" : values.fix ? "apply" : void 0;
  if (fix && stdin) throw new UsageError("`--fix` cannot change standard input: give paths");
  return {
    paths: positionals.filter((given) => !given.startsWith("!")),
    exclude: positionals.filter((given) => given.startsWith("!")).map((given) => given.slice(1)),
    gitignore: !values["no-gitignore"],
    rules: Object.fromEntries((values.rule ?? []).map(parseRule)),
    format,
    output: values.output,
    config: values.config,
    ignorePath: values["ignore-path"],
    maxWarnings,
    quiet: values.quiet ?? false,
    printConfig: values["print-config"],
    concurrency,
    cache: values.cache ?? false,
    cacheLocation: values["cache-location"],
    debug: values.debug ?? false,
    stdin,
    stdinFilename,
    staged,
    fix,
    color: values["no-color"] ? false : values.color ? true : void 0,
    help: values.help ?? false,
    version: values.version ?? false
  };
}
var ruleIds = rules.map((rule) => rule.meta.id);
var levels = /* @__PURE__ */ new Set(["off", "warn", "error", 0, 1, 2]);
function parseRule(text) {
  const colon = text.indexOf(":");
  const id = (colon === -1 ? "" : text.slice(0, colon)).trim();
  if (!ruleIds.includes(id)) {
    throw new UsageError(
      `invalid value \`${text}\` for \`--rule\`, expected \`<rule id>: <level>\` with a known rule` + didYouMean(id, ruleIds)
    );
  }
  let value;
  try {
    value = (0, import_yaml.parse)(text.slice(colon + 1), { maxAliasCount: 10 });
  } catch {
    value = void 0;
  }
  const ok = levels.has(value) || Array.isArray(value) && levels.has(value[0]) && value.length <= 2;
  if (!ok) {
    throw new UsageError(
      `invalid value \`${text}\` for \`--rule\`, expected a level (\`off\`, \`warn\`, \`error\`) or \`[level, {options}]\``
    );
  }
  return [id, value];
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
function withCommandLineRules(config, rules2) {
  const ids = Object.keys(rules2);
  if (ids.length === 0) return config;
  const without = (own) => own && Object.fromEntries(Object.entries(own).filter(([id]) => !ids.includes(id)));
  return {
    ...config,
    settings: { ...config.settings, rules: { ...config.settings.rules, ...rules2 } },
    overrides: config.overrides.map((override) => ({ ...override, rules: without(override.rules) }))
  };
}

export {
  escapeControls,
  safeLine,
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
  describeParseError,
  withCommandLineRules
};
