import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  failed,
  parse
} from "./chunk-MQPBC2KR.js";
import "./chunk-PVMU5CKO.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceMatrix
} from "./chunk-CO3X2IM7.js";
import {
  escapeControls,
  safeLine
} from "./chunk-I7Y5AEYI.js";
import {
  loadConfig
} from "./chunk-437BRE6G.js";
import "./chunk-2RNBUDDS.js";
import "./chunk-OEMNOQRO.js";
import "./chunk-V5CTUN6U.js";
import "./chunk-PLKIHNL5.js";
import "./chunk-3VZWPZGX.js";
import "./chunk-OUXEVF3F.js";
import "./chunk-GEBMVDCS.js";
import "./chunk-AYZUCFG5.js";
import "./chunk-Q3E3MFET.js";
import "./chunk-VSCJOT6Z.js";
import "./chunk-CL6BITGJ.js";
import "./chunk-RZH3IDIX.js";
import "./chunk-UB7U63XY.js";
import "./chunk-UBDCQSSD.js";
import "./chunk-KLOGVAWT.js";
import "./chunk-2KZSE6MF.js";
import "./chunk-QHXCHMBH.js";
import "./chunk-PPWFLN5F.js";
import "./chunk-D62YKLWL.js";
import "./chunk-GKTIIADT.js";
import "./chunk-HDNHALO7.js";
import "./chunk-53HZWLIM.js";
import "./chunk-TDO6SFE4.js";
import "./chunk-VU5WK3OY.js";
import "./chunk-WK3LLTD3.js";
import "./chunk-2ZM6JMQC.js";
import "./chunk-XPJ22TCL.js";
import "./chunk-DWK4YS5X.js";
import {
  SuiteModel,
  describeStatError,
  requirementWords
} from "./chunk-CP6F4YK7.js";
import "./chunk-ZCMLPP7Y.js";

// src/cli/trace-command.ts
import fs from "node:fs";
import path from "node:path";
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
    const { values, positionals } = parse(argv, traceOptions);
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
    return failed(argv, streams, error);
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
