import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-BY3JN4TP.js";
import {
  checkSlug,
  newPair,
  scaffoldConfig
} from "./chunk-COVINHZK.js";
import {
  common,
  guard,
  parse
} from "./chunk-4MIHKED7.js";
import "./chunk-PVMU5CKO.js";
import {
  safeLine
} from "./chunk-ABOGZFCS.js";
import {
  bodyReader,
  buildPlan,
  diskReader,
  isConflict,
  lineStarts,
  markdownFiles,
  offsetOf,
  referenceReplacements,
  renameConflicts,
  shower
} from "./chunk-NTRNXH4H.js";
import {
  loadConfig
} from "./chunk-6QA43UNW.js";
import {
  modelSettings
} from "./chunk-PPUTGT3O.js";
import "./chunk-QOBWUWRK.js";
import "./chunk-FBS3HAE2.js";
import "./chunk-IOEA52Q6.js";
import "./chunk-FGFHFMVK.js";
import "./chunk-VNASGAEY.js";
import "./chunk-2NFYXXYV.js";
import "./chunk-5HW4CAQQ.js";
import "./chunk-IUAQWTKQ.js";
import "./chunk-Y6GPGHKP.js";
import "./chunk-KS3AWZFQ.js";
import "./chunk-QERIO4ZQ.js";
import "./chunk-XBQCIR25.js";
import "./chunk-2OI2KENT.js";
import "./chunk-O5OR7T2R.js";
import "./chunk-UWSZIRGT.js";
import "./chunk-DLYORWOX.js";
import "./chunk-G625TIIM.js";
import "./chunk-H6P334OQ.js";
import "./chunk-GKTIIADT.js";
import "./chunk-7IMEA3S3.js";
import "./chunk-53HZWLIM.js";
import "./chunk-T573AAUK.js";
import "./chunk-ETHM37U3.js";
import "./chunk-3XCFWH5P.js";
import "./chunk-SHCRGUYI.js";
import "./chunk-HWXTSKYD.js";
import "./chunk-K3G72UE5.js";
import {
  SuiteModel
} from "./chunk-BEMMNZVQ.js";
import {
  formatNumber,
  maxNumber
} from "./chunk-5HIIY6MO.js";
import "./chunk-L4DFUNMN.js";

// src/cli/renumber-command.ts
import fs from "node:fs";
import path2 from "node:path";

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
  const beyond = prompts.find((prompt) => target(prompt.number) > maxNumber);
  if (beyond) {
    return {
      conflicts: [
        `\`${show(path.join(dir, beyond.name))}\` would be numbered ${target(beyond.number)}, beyond ${maxNumber}`
      ]
    };
  }
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
  const body = bodyReader(read);
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
function newAt(values, positionals, cwd, streams) {
  const [slug, extra] = positionals;
  if (slug === void 0) throw new Error("expected a slug: tdd-prompt-lint new <slug> --at <N>");
  if (extra !== void 0) throw new Error(`unexpected argument \`${extra}\``);
  const at = number(values.at, "--at");
  checkSlug(slug);
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
  const dir = path2.resolve(cwd, given ?? ".");
  const relative = path2.relative(realpath(cwd), realpath(dir));
  if (relative.startsWith("..") || path2.isAbsolute(relative)) {
    throw new Error(
      `\`${given}\` leads outside the working folder, expected a suite folder inside it: nothing changed`
    );
  }
  return dir;
}
function realpath(file) {
  try {
    return fs.realpathSync(file);
  } catch {
    return path2.resolve(file);
  }
}
function print(streams, text) {
  streams.stdout.write(text);
  return 0;
}
export {
  newAt,
  renumberUsage,
  runRenumber
};
