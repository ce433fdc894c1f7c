import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  formatTrace,
  formatTraceMarkdown,
  traceMatrix
} from "./chunk-LE7WFNGC.js";
import {
  describeParseError,
  escapeControls,
  loadConfig
} from "./chunk-QNSM2QVV.js";
import "./chunk-S5ZCEF4T.js";
import "./chunk-KF6NA25R.js";
import "./chunk-6C4R6YKA.js";
import "./chunk-ZRAYDIFA.js";
import "./chunk-PPYJPJRE.js";
import "./chunk-7KATO3ZN.js";
import "./chunk-3YZQKGLB.js";
import "./chunk-QADQFG7H.js";
import "./chunk-W5J4USEC.js";
import "./chunk-BK6I24ZP.js";
import "./chunk-VWAJLWSF.js";
import "./chunk-EHWE5XC6.js";
import "./chunk-KO5X26X3.js";
import "./chunk-O5GOQJ4X.js";
import "./chunk-NZ7GIOXS.js";
import "./chunk-TG36YDEM.js";
import "./chunk-XNZ43N7B.js";
import "./chunk-AREESFKZ.js";
import "./chunk-HDVSJKDY.js";
import "./chunk-KD4RAY6F.js";
import "./chunk-G7L6L37F.js";
import "./chunk-VPFVG5HJ.js";
import "./chunk-LFVZOEHY.js";
import "./chunk-X76M2KLY.js";
import {
  SuiteModel,
  describeStatError,
  requirementWords
} from "./chunk-FISTF6PN.js";
import "./chunk-7LDA5P3D.js";

// src/cli/trace-command.ts
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
var prefix = "tdd-prompt-lint: ";
var traceUsage = `Usage: tdd-prompt-lint trace [options] [folders...]

Print the requirements traceability matrix of each folder (default: the
current one): every requirement its requirement documents define (markdown
files whose name contains \`requirement\`, or the words of
\`requirement-coverage\`'s \`documents\` option), with the prompts that cite
it. Uncovered "shall"/"must" requirements come first; IDs that prompts cite
and no document defines come last.

Options:
  -f, --format NAME    text (default), markdown or json
  -c, --config FILE    configuration file (default: the first found from the
                       working directory up)
      --debug          show stack traces
  -h, --help           show this help
`;
var formats = ["text", "markdown", "json"];
async function runTrace(argv, cwd, streams) {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        options: {
          format: { type: "string", short: "f" },
          config: { type: "string", short: "c" },
          debug: { type: "boolean" },
          help: { type: "boolean", short: "h" }
        },
        allowPositionals: true,
        strict: true
      });
    } catch (error) {
      throw new Error(describeParseError(error), { cause: error });
    }
    const { values, positionals } = parsed;
    if (values.help) {
      streams.stdout.write(traceUsage);
      return 0;
    }
    const format = values.format ?? "text";
    if (!formats.includes(format)) {
      throw new Error(
        `unknown format \`${values.format}\` for \`--format\`, expected one of ${formats.map((each) => `\`${each}\``).join(", ")}`
      );
    }
    streams.stdout.write(traceReport(positionals, cwd, format, values.config));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    streams.stderr.write(prefix + escapeControls(message.split("\n")[0] ?? message) + "\n");
    if (argv.includes("--debug") && error instanceof Error && error.stack) {
      streams.stderr.write(error.stack + "\n");
    }
    return 2;
  }
}
function traceReport(paths, cwd, format = "text", configFile) {
  const config = loadConfig(cwd, configFile);
  const model = new SuiteModel({
    root: path.resolve(cwd),
    ignore: config.settings.ignore ?? [],
    ignoreBase: config.settings.ignoreBase ?? path.resolve(cwd)
  });
  const words = requirementWords(config.settings);
  const folders = (paths.length > 0 ? paths : ["."]).map((given) => {
    const absolute = path.resolve(cwd, given);
    let stat;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      throw new Error(`${given}: ${describeStatError(error)}`, { cause: error });
    }
    return { given, root: stat.isDirectory() ? absolute : path.dirname(absolute) };
  });
  const matrices = folders.map(({ given, root }) => ({ given, rows: traceMatrix(model, root, words) }));
  if (format === "json") {
    return JSON.stringify(
      matrices.map(({ given, rows }) => ({ path: given, rows: toJson(rows, cwd) })),
      null,
      2
    ) + "\n";
  }
  const render = format === "markdown" ? formatTraceMarkdown : formatTrace;
  if (matrices.length === 1) return render(matrices[0].rows, cwd) || "No requirement documents.\n";
  return matrices.map(
    ({ given, rows }) => `${format === "markdown" ? "## " : "# "}${escapeControls(given)}

${render(rows, cwd) || "No requirement documents.\n"}`
  ).join("\n");
}
function toJson(rows, cwd) {
  const shown = (file) => path.relative(cwd, file).split(path.sep).join("/");
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    document: row.definition ? shown(row.definition.document) : null,
    line: row.definition?.line ?? null,
    text: row.definition?.text ?? null,
    keyword: row.definition?.keyword?.toLowerCase() ?? null,
    prompts: row.prompts.map(shown),
    citations: row.citations.map((each) => ({
      file: shown(each.file),
      line: each.line,
      column: each.column
    }))
  }));
}
export {
  runTrace,
  traceReport,
  traceUsage
};
