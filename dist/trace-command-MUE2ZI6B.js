import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  formatTrace,
  formatTraceMarkdown,
  traceMatrix
} from "./chunk-MCKHKLJ7.js";
import {
  describeParseError,
  escapeControls,
  loadConfig
} from "./chunk-B372ETV4.js";
import "./chunk-PWDYQ3HX.js";
import "./chunk-E4MOWE5I.js";
import "./chunk-LPN5EHXS.js";
import "./chunk-HPWEHONU.js";
import "./chunk-GVUHE4KQ.js";
import "./chunk-2YTPKJB6.js";
import "./chunk-E5YCAUJV.js";
import "./chunk-7YHKNQNH.js";
import "./chunk-2F2EFSIE.js";
import "./chunk-IUV6CKZZ.js";
import "./chunk-KO5X26X3.js";
import "./chunk-5D6ROKVD.js";
import "./chunk-AWN4YNUU.js";
import "./chunk-GHFSU3H7.js";
import "./chunk-XMNXJCFP.js";
import "./chunk-QIV7YVB6.js";
import "./chunk-WYSORGWH.js";
import "./chunk-OEWEMS4W.js";
import "./chunk-NNOIWR4C.js";
import "./chunk-PQW32KD2.js";
import "./chunk-WDJL5SIZ.js";
import "./chunk-GH5CIICH.js";
import "./chunk-WKKDVJYJ.js";
import "./chunk-QOULOFQT.js";
import "./chunk-GH6OKYX3.js";
import "./chunk-RSQXDE6I.js";
import {
  SuiteModel,
  describeStatError,
  requirementWords
} from "./chunk-63AJYI2E.js";
import "./chunk-EX7H2NOR.js";

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
