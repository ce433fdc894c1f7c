import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  buildPlan,
  diskReader,
  formatPlan,
  isConflict,
  lineStarts,
  markdownFiles,
  modelSettings,
  offsetOf,
  referenceReplacements,
  renameConflicts,
  shower,
  splitBom,
  summarize
} from "./chunk-K7ZWNCQK.js";
import {
  newPair,
  scaffoldConfig
} from "./chunk-EQKH6FOP.js";
import "./chunk-HQTUAAH3.js";
import {
  describeParseError,
  loadConfig,
  safeLine
} from "./chunk-P7DWKRF2.js";
import "./chunk-LQRQKCOM.js";
import "./chunk-RCGLRQAR.js";
import "./chunk-CQ6KILEG.js";
import "./chunk-PUWXFJEG.js";
import "./chunk-4TBXBOSU.js";
import "./chunk-EOK6JS6H.js";
import "./chunk-OXWIR32G.js";
import "./chunk-NNY42LJS.js";
import "./chunk-IGAKANKA.js";
import "./chunk-VEI5BLHK.js";
import "./chunk-ZNW44YNF.js";
import "./chunk-K4LHD2RL.js";
import "./chunk-2IU64YDA.js";
import "./chunk-KO5X26X3.js";
import "./chunk-6PJCKJJQ.js";
import "./chunk-BB3ABF3C.js";
import "./chunk-R4DIYZK4.js";
import "./chunk-I2KKF3KM.js";
import "./chunk-YKOAANS6.js";
import "./chunk-IOVCPA5I.js";
import "./chunk-FQR2JXMW.js";
import "./chunk-EPB4F7TI.js";
import "./chunk-3KDGE45J.js";
import "./chunk-RHIFXZIQ.js";
import "./chunk-7MTNJV3R.js";
import {
  SuiteModel,
  formatNumber
} from "./chunk-GPUK42N5.js";

// src/cli/renumber-command.ts
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/fix/renumber.ts
import path from "node:path";
var numbered = /(prompt[_-]*)(\d+)([a-z]?)(?=[_-]|\.|$)/i;
function planRenumber(model, dir, options = {}) {
  const read = options.read ?? diskReader;
  const show = shower(options.cwd);
  const folder = model.folder(dir);
  const prompts = folder.prompts.filter(
    (prompt) => prompt.kind !== "preprompt" && !Number.isNaN(prompt.number)
  );
  const numbers = [...new Set(prompts.map((prompt) => prompt.number))].sort((a, b) => a - b);
  const insertAt = options.insertAt;
  const target = (number2) => insertAt === void 0 ? numbers.indexOf(number2) + 1 : number2 >= insertAt ? number2 + 1 : number2;
  const renames = [];
  const moved = [];
  for (const prompt of prompts) {
    const number2 = target(prompt.number);
    if (number2 === prompt.number) continue;
    const name = withNumber(prompt.name, number2);
    if (!name) continue;
    const file = path.join(dir, prompt.name);
    renames.push({ from: file, to: path.join(dir, name) });
    moved.push({ prompt, file, number: number2 });
  }
  const conflicts = renameConflicts(renames, model, show);
  if (conflicts.length > 0) return { conflicts };
  const bodies = /* @__PURE__ */ new Map();
  const body = (file) => {
    if (!bodies.has(file)) {
      const raw = read(file);
      bodies.set(file, raw === void 0 ? void 0 : splitBom(raw).body);
    }
    return bodies.get(file);
  };
  const root = model.root(dir);
  const folders = /* @__PURE__ */ new Set([dir, ...model.scope(root).folders]);
  const replacements = referenceReplacements(
    renames,
    markdownFiles(model, folders),
    model,
    body,
    show
  );
  for (const { prompt, file, number: number2 } of moved) {
    const title = model.facts(file)?.title;
    const text = body(file);
    if (!title?.numberPlace || title.number !== prompt.number || text === void 0) continue;
    const starts = lineStarts(text);
    const start = offsetOf(starts, text, title.numberPlace);
    const end = offsetOf(starts, text, {
      line: title.numberPlace.endLine,
      column: title.numberPlace.endColumn
    });
    if (start === void 0 || end === void 0) continue;
    const replacement = {
      start,
      end,
      text: formatNumber(number2),
      why: `the title of \`${show(file)}\``
    };
    replacements.set(file, [...replacements.get(file) ?? [], replacement]);
  }
  return buildPlan(renames, replacements, read);
}
function withNumber(name, number2) {
  const match = numbered.exec(name);
  if (!match) return void 0;
  const at = match.index + (match[1] ?? "").length;
  return name.slice(0, at) + formatNumber(number2) + name.slice(at + (match[2] ?? "").length);
}

// src/cli/renumber-command.ts
var prefix = "tdd-prompt-lint: ";
var renumberUsage = `Usage: tdd-prompt-lint renumber [folder] [--insert-at N] [--dry-run]

Renumber the red, green and foundation prompts of a suite folder (default: the
working directory): close the gaps (01, 02, 03… in order), or with --insert-at
N make room at N (N and every number above move up by one). The preprompt
stays 00. Files are renamed with only their numbers changed; titles
(\`Prompt NN\`), links, the preprompt's component list and the plan's entries
follow. Prints what changed.

Options:
      --insert-at N    make room at N instead of closing gaps
      --dry-run        print the renames and a diff; change nothing
  -c, --config FILE    configuration file (default: the first found from the
                       working directory up)
      --debug          show stack traces
  -h, --help           show this help
`;
var common = {
  config: { type: "string", short: "c" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
async function runRenumber(argv, cwd, streams) {
  return guard(argv, streams, () => {
    const { values, positionals } = parse(argv, {
      ...common,
      "insert-at": { type: "string" },
      "dry-run": { type: "boolean" }
    });
    if (values.help) return print(streams, renumberUsage);
    if (positionals.length > 1) throw new Error(`unexpected argument \`${positionals[1]}\``);
    const insertAt = values["insert-at"] === void 0 ? void 0 : number(values["insert-at"], "--insert-at");
    const dir = folderOf(cwd, positionals[0]);
    const plan = renumberPlan(cwd, values.config, dir, insertAt);
    if (values["dry-run"]) return print(streams, formatPlan(plan, cwd));
    applyPlan(plan);
    return print(streams, summarize(plan, cwd));
  });
}
async function runNewAt(argv, cwd, streams) {
  return guard(argv, streams, () => {
    const { values, positionals } = parse(argv, {
      ...common,
      at: { type: "string" },
      suite: { type: "string", short: "s" },
      kind: { type: "string", short: "k" }
    });
    const [slug, extra] = positionals;
    if (slug === void 0) throw new Error("expected a slug: tdd-prompt-lint new <slug> --at <N>");
    if (extra !== void 0) throw new Error(`unexpected argument \`${extra}\``);
    if (values.at === void 0) throw new Error("expected `--at <N>`");
    const at = number(values.at, "--at");
    const dir = folderOf(cwd, values.suite);
    const plan = taken(cwd, values.config, dir, at) ? renumberPlan(cwd, values.config, dir, at) : { renames: [], edits: /* @__PURE__ */ new Map() };
    const applied = applyPlan(plan);
    let result;
    try {
      result = newPair({
        slug,
        suite: dir,
        kind: values.kind,
        number: at,
        cwd,
        config: scaffoldConfig(loadConfig(cwd, values.config).settings, cwd)
      });
    } catch (error) {
      applied.undo();
      throw error;
    }
    const show = (file) => safeLine(path2.relative(cwd, file).split(path2.sep).join("/")) + "\n";
    return print(
      streams,
      summarize(plan, cwd) + [...result.written, ...result.updated].map(show).join("")
    );
  });
}
function taken(cwd, explicit, dir, number2) {
  const model = new SuiteModel(modelSettings(loadConfig(cwd, explicit).settings, cwd));
  return model.folder(dir).byNumber.has(number2);
}
function renumberPlan(cwd, explicit, dir, insertAt) {
  const config = loadConfig(cwd, explicit);
  const model = new SuiteModel(modelSettings(config.settings, cwd));
  if (model.folder(dir).prompts.length === 0) {
    throw new Error(`no prompt files in \`${path2.relative(cwd, dir) || "."}\``);
  }
  const plan = planRenumber(model, dir, { insertAt, cwd });
  if (isConflict(plan))
    throw new Error(`cannot renumber, nothing changed: ${plan.conflicts.join("; ")}`);
  return plan;
}
function number(text, flag) {
  if (!/^\d{1,3}$/.test(text) || Number(text) < 1 || Number(text) > 99) {
    throw new Error(`invalid value \`${text}\` for \`${flag}\`, expected a number from 1 to 99`);
  }
  return Number(text);
}
function folderOf(cwd, given) {
  return path2.resolve(cwd, given ?? ".");
}
function guard(argv, streams, command) {
  try {
    return command();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    streams.stderr.write(prefix + (message.split("\n")[0] ?? message) + "\n");
    if (argv.includes("--debug") && error instanceof Error && error.stack) {
      streams.stderr.write(error.stack + "\n");
    }
    return 2;
  }
}
function parse(argv, options) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new Error(describeParseError(error), { cause: error });
  }
}
function print(streams, text) {
  streams.stdout.write(text);
  return 0;
}
export {
  renumberUsage,
  runNewAt,
  runRenumber
};
