import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  formatTrace,
  formatTraceMarkdown,
  traceMatrix
} from "./chunk-R36AYE6C.js";
import {
  describeParseError,
  escapeControls,
  safeLine
} from "./chunk-GW2UTNNA.js";
import {
  loadConfig
} from "./chunk-ZR5AZFX2.js";
import "./chunk-NMJKTC52.js";
import "./chunk-XU7WZ4RP.js";
import "./chunk-ZVOTPVFT.js";
import "./chunk-UQH4OYXO.js";
import "./chunk-GPJPZHKU.js";
import "./chunk-LTK4LCM7.js";
import "./chunk-AFZBCIFB.js";
import "./chunk-KDXCGKGG.js";
import "./chunk-DW3WDYPE.js";
import "./chunk-C5PIZPPN.js";
import "./chunk-E6TG7T7H.js";
import "./chunk-R3ZFLKDQ.js";
import "./chunk-WPY5NG3D.js";
import "./chunk-IAC2BFJR.js";
import "./chunk-47ADU3SD.js";
import "./chunk-JLU6ETJ3.js";
import "./chunk-7BCPYVFB.js";
import "./chunk-YAQQDIVU.js";
import "./chunk-HA7BOQEE.js";
import "./chunk-QOXJ4YVM.js";
import "./chunk-VCFHFZZB.js";
import "./chunk-53HZWLIM.js";
import "./chunk-CLJL235Y.js";
import "./chunk-Y4SV3HR5.js";
import "./chunk-JBHS2IUU.js";
import "./chunk-TMNESRJF.js";
import "./chunk-SSULD4FC.js";
import "./chunk-NVI3AOA3.js";
import {
  SuiteModel,
  describeStatError,
  requirementWords
} from "./chunk-KN5WREKU.js";
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
