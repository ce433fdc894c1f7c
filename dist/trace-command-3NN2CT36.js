import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  formatTrace,
  formatTraceMarkdown,
  traceMatrix
} from "./chunk-WIOOWLJX.js";
import {
  describeParseError,
  escapeControls,
  loadConfig
} from "./chunk-DS35444P.js";
import "./chunk-RU5NWIHV.js";
import "./chunk-PVCSV4SG.js";
import "./chunk-WYFFC4AN.js";
import "./chunk-EGUKGLS2.js";
import "./chunk-5OJDJOXI.js";
import "./chunk-FHFYUKX4.js";
import "./chunk-N4BAKGM6.js";
import "./chunk-AHJL2S5M.js";
import "./chunk-SYASSHXA.js";
import "./chunk-VJA2M56W.js";
import "./chunk-3P6NC7O2.js";
import "./chunk-6ZB3L2KM.js";
import "./chunk-KO5X26X3.js";
import "./chunk-BRAKG6IS.js";
import "./chunk-34H65AP7.js";
import "./chunk-GOH637LS.js";
import "./chunk-HSDQEMQQ.js";
import "./chunk-VGZ4U4UT.js";
import "./chunk-HS5YQFME.js";
import "./chunk-DAL4WF3Q.js";
import "./chunk-MCGTR5CH.js";
import "./chunk-WMV3WFDP.js";
import "./chunk-EFXJL473.js";
import "./chunk-EEYYNJP7.js";
import {
  SuiteModel,
  describeStatError,
  requirementWords
} from "./chunk-5QHFDMPG.js";
import "./chunk-YEZTWO7G.js";

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
