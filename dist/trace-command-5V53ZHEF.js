import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  failed,
  parse
} from "./chunk-XV4JDKYC.js";
import "./chunk-PVMU5CKO.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceMatrix
} from "./chunk-QPDMG5SP.js";
import {
  escapeControls,
  safeLine
} from "./chunk-EXK2KOT3.js";
import {
  loadConfig
} from "./chunk-FRETXAQQ.js";
import "./chunk-N6FMMVDZ.js";
import "./chunk-ZTOSRUBL.js";
import "./chunk-IFDSQIFL.js";
import "./chunk-J7VBF3CU.js";
import "./chunk-WQML42FS.js";
import "./chunk-HI5HQYK4.js";
import "./chunk-TSQA2NM6.js";
import "./chunk-GSD2PPAU.js";
import "./chunk-RFDRHPIW.js";
import "./chunk-PP3DRRIT.js";
import "./chunk-JX2PRFAE.js";
import "./chunk-ZMU52FUJ.js";
import "./chunk-DVAPFQID.js";
import "./chunk-IXN7LBKV.js";
import "./chunk-XBECEUJY.js";
import "./chunk-GP5LLZ5T.js";
import "./chunk-CIUWBUEJ.js";
import "./chunk-SUM66SDB.js";
import "./chunk-5GVPCXOH.js";
import "./chunk-GKTIIADT.js";
import "./chunk-T5UP5D3U.js";
import "./chunk-53HZWLIM.js";
import "./chunk-U4GGQCTL.js";
import "./chunk-S2F2XFVG.js";
import "./chunk-JE5GDUEH.js";
import "./chunk-QOBHTGTG.js";
import "./chunk-XIIQWKHQ.js";
import "./chunk-RUMGUBSP.js";
import {
  SuiteModel,
  describeStatError,
  requirementWords
} from "./chunk-QVWIHFDH.js";
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
