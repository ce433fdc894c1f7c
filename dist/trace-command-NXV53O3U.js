import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  failed,
  parse
} from "./chunk-PV7NQQHH.js";
import "./chunk-PVMU5CKO.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceMatrix
} from "./chunk-3UHPOOP7.js";
import {
  escapeControls,
  safeLine
} from "./chunk-R2DSOB4L.js";
import {
  loadConfig
} from "./chunk-LQEMYA7S.js";
import "./chunk-VFDZKZKN.js";
import "./chunk-3ZKJK3J4.js";
import "./chunk-HHJNL3OJ.js";
import "./chunk-OLCFWSUG.js";
import "./chunk-UPEWVXYQ.js";
import "./chunk-KVDGDFV6.js";
import "./chunk-CA2YLDUA.js";
import "./chunk-RS5FOTHY.js";
import "./chunk-FPB27IJ3.js";
import "./chunk-25TBVAO3.js";
import "./chunk-P2PQABJ4.js";
import "./chunk-WZNICKRX.js";
import "./chunk-JPDN3IVS.js";
import "./chunk-CVN35SH7.js";
import "./chunk-XCI3IQUC.js";
import "./chunk-KWIM7N23.js";
import "./chunk-DX57UUSN.js";
import "./chunk-ZZPKCN4M.js";
import "./chunk-ETWTD5KR.js";
import "./chunk-GKTIIADT.js";
import "./chunk-O4SI3QCW.js";
import "./chunk-53HZWLIM.js";
import "./chunk-GNLEXSOI.js";
import "./chunk-4ZEVKKRX.js";
import "./chunk-2CX4YEEG.js";
import "./chunk-PKE5HEDP.js";
import "./chunk-PDWCSJ3G.js";
import "./chunk-ITAAAK5F.js";
import {
  SuiteModel,
  describeStatError,
  requirementWords
} from "./chunk-OCDMQTOX.js";
import "./chunk-5HIIY6MO.js";
import "./chunk-L4DFUNMN.js";

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
