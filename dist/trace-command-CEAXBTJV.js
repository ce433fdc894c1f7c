import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  failed,
  parse
} from "./chunk-H36MWFMZ.js";
import "./chunk-PVMU5CKO.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceMatrix
} from "./chunk-C6KUXYQQ.js";
import {
  escapeControls,
  safeLine
} from "./chunk-QQ2M4AMO.js";
import {
  loadConfig
} from "./chunk-TX6NBYPY.js";
import "./chunk-T7KVMHPM.js";
import "./chunk-JXQJ5YYY.js";
import "./chunk-RTNZV2I5.js";
import "./chunk-TSWZBJXA.js";
import "./chunk-DHVAQJ2E.js";
import "./chunk-7SHH2J6W.js";
import "./chunk-RBXCEA2D.js";
import "./chunk-GNCNZQGT.js";
import "./chunk-3CDEHYCY.js";
import "./chunk-J265H5GE.js";
import "./chunk-EZIXGQMX.js";
import "./chunk-AOXI7HTS.js";
import "./chunk-ECRIRJWL.js";
import "./chunk-BKZ3QLPP.js";
import "./chunk-VCMND4Y5.js";
import "./chunk-OHI6GRUR.js";
import "./chunk-XRCF24XO.js";
import "./chunk-7IXKSVMP.js";
import "./chunk-AGJSM7YJ.js";
import "./chunk-GKTIIADT.js";
import "./chunk-UORFMJNE.js";
import "./chunk-53HZWLIM.js";
import "./chunk-M4R6X6ZG.js";
import "./chunk-IWTE4YH4.js";
import "./chunk-N4M64ARB.js";
import "./chunk-ZS76GRYF.js";
import "./chunk-QENRUOAR.js";
import "./chunk-6YRAJZXT.js";
import {
  SuiteModel,
  describeStatError,
  requirementWords
} from "./chunk-7JRAG53Q.js";
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
