import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  formatTrace,
  formatTraceMarkdown,
  traceMatrix
} from "./chunk-XQ7VDLHY.js";
import {
  describeParseError,
  escapeControls,
  safeLine
} from "./chunk-SUOBYUMD.js";
import {
  loadConfig
} from "./chunk-HGVISFT6.js";
import "./chunk-JD4NXQIO.js";
import "./chunk-R3BDODJF.js";
import "./chunk-JT7VMKOG.js";
import "./chunk-5IQBHS2V.js";
import "./chunk-6U6TBAO3.js";
import "./chunk-BZDSGFYG.js";
import "./chunk-HUZH4OPH.js";
import "./chunk-ZZKKFEG4.js";
import "./chunk-D54A35P7.js";
import "./chunk-55ISEL7M.js";
import "./chunk-CGXQBUXF.js";
import "./chunk-MW3WR7YD.js";
import "./chunk-W3GUXGE4.js";
import "./chunk-VJ4O2YES.js";
import "./chunk-D5XN7IC4.js";
import "./chunk-3HC3ZVKI.js";
import "./chunk-JQUXNMVX.js";
import "./chunk-YRPTMAFX.js";
import "./chunk-LM3GUP46.js";
import "./chunk-QOXJ4YVM.js";
import "./chunk-7EBWQW4A.js";
import "./chunk-53HZWLIM.js";
import "./chunk-SBOISAND.js";
import "./chunk-KJAWFNOH.js";
import "./chunk-GCVWE2QS.js";
import "./chunk-QEKR4OHW.js";
import "./chunk-AFVFNHZA.js";
import "./chunk-M2M4E7IA.js";
import {
  SuiteModel,
  describeStatError,
  requirementWords
} from "./chunk-AGFAG4TF.js";
import "./chunk-FBHDF4ML.js";

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
var traceOptions = {
  format: { type: "string", short: "f" },
  config: { type: "string", short: "c" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
async function runTrace(argv, cwd, streams) {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: traceOptions, allowPositionals: true, strict: true });
    } catch (error) {
      const known = Object.keys(traceOptions).map((name) => `--${name}`);
      throw new Error(describeParseError(error, known), { cause: error });
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
    const report = traceReport(positionals, cwd, format, values.config);
    streams.stdout.write(format === "json" ? report : report.split("\n").map(safeLine).join("\n"));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    streams.stderr.write(safeLine(prefix + (message.split("\n")[0] ?? message)) + "\n");
    if (argv.includes("--debug") && error instanceof Error && error.stack) {
      streams.stderr.write(error.stack.split("\n").map(safeLine).join("\n") + "\n");
    }
    return 2;
  }
}
function traceReport(paths, cwd, format = "text", configFile) {
  const config = loadConfig(cwd, configFile, paths[0]);
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
