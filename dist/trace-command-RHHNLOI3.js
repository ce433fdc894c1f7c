import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  formatTrace,
  formatTraceMarkdown,
  traceMatrix
} from "./chunk-UOLADJLF.js";
import {
  describeParseError,
  escapeControls,
  safeLine
} from "./chunk-4QWKMXCV.js";
import {
  loadConfig
} from "./chunk-TK6LUZPL.js";
import "./chunk-XY4ZFXM3.js";
import "./chunk-RR6PW6DX.js";
import "./chunk-A4OCW4J6.js";
import "./chunk-A7LML2XG.js";
import "./chunk-KKOQRU6G.js";
import "./chunk-W66Q635G.js";
import "./chunk-LT2VY6AO.js";
import "./chunk-MNKEG6UV.js";
import "./chunk-K3OHVEEL.js";
import "./chunk-QV5QXKYT.js";
import "./chunk-UXPMHZQX.js";
import "./chunk-YLGAIHRZ.js";
import "./chunk-NAFN7BLN.js";
import "./chunk-XLLCAH66.js";
import "./chunk-2WMIV62R.js";
import "./chunk-2FDCEEZ3.js";
import "./chunk-XPB2MLMN.js";
import "./chunk-VMQDZCDL.js";
import "./chunk-RUAJBLEN.js";
import "./chunk-GKTIIADT.js";
import "./chunk-N2V6KQPC.js";
import "./chunk-53HZWLIM.js";
import "./chunk-SAI2FFS5.js";
import "./chunk-SYEFC4JF.js";
import "./chunk-KGZDAZV4.js";
import "./chunk-NDWXXL25.js";
import "./chunk-LSWPTOB3.js";
import "./chunk-HZPLCIXO.js";
import {
  SuiteModel,
  describeStatError,
  requirementWords
} from "./chunk-W3BLVKRZ.js";
import "./chunk-CDIDJOQP.js";

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
