import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  describeParseError,
  loadConfig,
  safeLine
} from "./chunk-NC4PKZCE.js";
import {
  VFile,
  maxDataBytes,
  readRegularFile,
  remarkParse,
  unified
} from "./chunk-OEV7Y3KH.js";
import {
  remarkFrontmatter
} from "./chunk-IGLHMS34.js";
import {
  preprompt_index_default
} from "./chunk-EDLXPEPE.js";
import {
  preprompt_reference_default
} from "./chunk-VG2PN4FA.js";
import "./chunk-Y4ABQFA3.js";
import {
  prepromptLinks,
  relativeTo
} from "./chunk-5J3QRL4D.js";
import "./chunk-3JIAOJIU.js";
import "./chunk-ZRGQPL7R.js";
import {
  required_sections_default
} from "./chunk-ERTPB3UP.js";
import {
  test_kind_default
} from "./chunk-SPOZW7U6.js";
import {
  links,
  outline,
  sectionKey
} from "./chunk-65HEJVHH.js";
import "./chunk-7ZYJUUSS.js";
import "./chunk-U2WDZUKM.js";
import "./chunk-OS257AV3.js";
import "./chunk-WP3TK7QM.js";
import "./chunk-POCETTUW.js";
import {
  clearSuiteCache,
  formatName,
  isPromptFileName,
  parsePromptName,
  ruleOptions,
  suiteOf,
  toSnakeCase
} from "./chunk-WGKZKMPO.js";

// src/cli/scaffold-commands.ts
import os from "node:os";
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/scaffold.ts
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
var ScaffoldError = class extends Error {
  name = "ScaffoldError";
};
function scaffoldConfig(settings, cwd) {
  const setting = (id) => settings.rules?.[id];
  const required = ruleOptions(required_sections_default, setting("required-sections"));
  const kinds = ruleOptions(test_kind_default, setting("test-kind"));
  const index = ruleOptions(preprompt_index_default, setting("preprompt-index"));
  const reference = ruleOptions(preprompt_reference_default, setting("preprompt-reference"));
  const preprompts = {};
  for (const [folder, target] of Object.entries({
    ...settings.preprompts,
    ...reference.preprompts
  })) {
    preprompts[path.resolve(cwd, folder)] = path.resolve(cwd, target);
  }
  return {
    sections: required.sections,
    kinds: kinds.kinds,
    componentSections: index.sections,
    preprompts
  };
}
function initSuite(options) {
  const { cwd } = options;
  const config = options.config ?? scaffoldConfig({}, cwd);
  const name = packageSlug(options.packageName);
  const dir = path.resolve(cwd, options.folder);
  const shown = display(cwd, dir);
  refuseOutside(cwd, dir);
  let prefix2 = "";
  let pairs = /* @__PURE__ */ new Map();
  if (fs.existsSync(dir)) {
    if (!fs.statSync(dir).isDirectory()) throw new ScaffoldError(`\`${shown}\` is not a folder`);
    const suite = readSuite(dir);
    const [existing] = suite.preprompts;
    if (existing) {
      throw new ScaffoldError(`\`${shown}\` already has a preprompt \`${existing.name}\``);
    }
    prefix2 = suite.prefix;
    pairs = suite.byNumber;
  }
  const file = path.join(dir, formatName({ prefix: prefix2, number: 0, slug: name, kind: "preprompt" }));
  refuseExisting(cwd, [file]);
  let text = renderPreprompt(name, config);
  for (const group of pairs.values()) {
    const [first] = group;
    if (!first) continue;
    const linked = [...group].sort(
      (a, b) => a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === "red" ? -1 : 1
    ).map((prompt) => `[${prompt.kind}](${linkUrl(prompt.name)})`);
    text = addToComponentList(
      text,
      `${words(first.slug)}: ${linked.join(", ")}`,
      config.componentSections
    );
  }
  fs.mkdirSync(dir, { recursive: true });
  writeAll([{ file, text }], void 0, options.fs ?? fs);
  clearSuiteCache();
  return { written: [file], updated: [] };
}
function newPair(options) {
  const { cwd } = options;
  const config = options.config ?? scaffoldConfig({}, cwd);
  const slug = checkSlug(options.slug);
  const kind = checkKind(options.kind, config.kinds);
  const dir = path.resolve(cwd, options.suite ?? ".");
  const shown = display(cwd, dir);
  if (!fs.existsSync(dir)) throw new ScaffoldError(`suite folder \`${shown}\` does not exist`);
  refuseOutside(cwd, dir);
  if (!fs.statSync(dir).isDirectory()) throw new ScaffoldError(`\`${shown}\` is not a folder`);
  const suite = readSuite(dir);
  const numbers = [...suite.byNumber.keys()];
  const number = Math.max(0, ...numbers) + 1;
  if (number > 99) throw new ScaffoldError(`suite \`${shown}\` already has pair 99, the last one`);
  const red = path.join(dir, formatName({ prefix: suite.prefix, number, slug, kind: "red" }));
  const green = path.join(dir, formatName({ prefix: suite.prefix, number, slug, kind: "green" }));
  refuseExisting(cwd, [red, green]);
  const own = suite.preprompts[0];
  const preprompt = own ? path.join(dir, own.name) : borrowedPreprompt(suite, config, cwd);
  const pairLinks = {
    preprompt: relativeTo(dir, preprompt),
    prepromptName: parsePromptName(path.basename(preprompt))?.slug ?? "",
    red: path.basename(red)
  };
  const files = [
    { file: red, text: renderRed({ slug, kind, links: pairLinks, sections: config.sections.red }) },
    { file: green, text: renderGreen({ slug, links: pairLinks, sections: config.sections.green }) }
  ];
  let update;
  if (own) {
    const target = refuseOutside(cwd, preprompt);
    const original = readBounded(cwd, target);
    const { bom, text } = splitBom(original);
    const entry = `${words(slug)}: [red](${linkUrl(path.basename(red))}), [green](${linkUrl(path.basename(green))})`;
    const edited = editText(
      cwd,
      target,
      () => addToComponentList(text, entry, config.componentSections),
      options.timeout ?? 1e4
    );
    update = { file: target, original, bytes: Buffer.from(bom + edited, "utf8") };
  }
  writeAll(files, update, options.fs ?? fs);
  clearSuiteCache();
  return { written: [red, green], updated: update ? [preprompt] : [], preprompt };
}
function addToComponentList(text, entry, sections) {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const tree = parse(text);
  const keys = new Set(sections.map(sectionKey));
  const section = outline(tree).sections.find((each) => keys.has(sectionKey(each.text)));
  if (!section) {
    const heading = sections[0] ?? "Components";
    return text.replace(/\s*$/, "") + eol + eol + `## ${heading}` + eol + eol + `- ${entry}` + eol;
  }
  const firstHeading = section.content.findIndex((node) => node.type === "heading");
  const lead = firstHeading === -1 ? section.content : section.content.slice(0, firstHeading);
  const lists = lead.filter((node) => node.type === "list");
  const list = lists.filter(linksOwnPrompts).at(-1) ?? lists.at(-1);
  const item = list?.children.at(-1);
  if (list && item && list.position?.end.offset !== void 0) {
    const at2 = list.position.end.offset;
    const separator = list.spread ? eol + eol : eol;
    return text.slice(0, at2) + separator + marker(text, item) + entry + text.slice(at2);
  }
  const last = lead.at(-1) ?? section.node;
  const at = last.position?.end.offset ?? text.length;
  return text.slice(0, at) + eol + eol + `- ${entry}` + text.slice(at);
}
function borrowedPreprompt(suite, config, cwd) {
  const shown = display(cwd, suite.dir);
  const configured = config.preprompts[suite.dir];
  if (configured) {
    if (!isFile(configured)) {
      throw new ScaffoldError(
        `the configured preprompt \`${display(cwd, configured)}\` of \`${shown}\` does not exist`
      );
    }
    return configured;
  }
  for (const prompt of suite.prompts) {
    const file = path.join(suite.dir, prompt.name);
    let tree;
    try {
      if (insideOf(cwd, file) === void 0) continue;
      const bytes = readRegularFile(file, maxDataBytes);
      if (!Buffer.isBuffer(bytes)) continue;
      tree = parse(splitBom(bytes).text);
    } catch {
      continue;
    }
    const link = prepromptLinks(tree, suite.dir).find((each) => each.target && isFile(each.target));
    if (link?.target) return link.target;
  }
  throw new ScaffoldError(
    `no preprompt for \`${shown}\`: run \`tdd-prompt-lint init ${shown} --package <name>\` first, or configure \`preprompts\``
  );
}
var guidance = {
  preprompt: {
    context: "What the package is for, who runs it, and how its files are laid out.",
    components: "One list item per red/green pair, in order, linking both prompts (`tdd-prompt-lint new` adds them).",
    conventions: "Language, test framework, naming and error handling: rules every prompt follows.",
    workflow: "How a red/green cycle runs: what to paste, what to run, when to commit."
  },
  red: {
    context: "What the component is for, what it depends on, and what earlier pairs built.",
    objective: "The one failing {kind} test to write: its file, its package, and the names it uses that do not exist yet.",
    "test cases": "Concrete cases, one per item: the input and the expected result or error.",
    constraints: "What the test must not do (network, clock, other files) and what it may assume.",
    "acceptance criteria": "The command to run and the failure it must give, for the right reason."
  },
  green: {
    context: "What the test from the red prompt pins down, and the earlier code this builds on.",
    objective: "The smallest implementation that makes exactly that test pass: its files and names.",
    requirements: "The behaviour the test requires, case by case.",
    constraints: "The test file is frozen; say what else must stay untouched.",
    "acceptance criteria": "The commands that must pass (tests, vet, linters)."
  }
};
function comment(kind, section, testKind = "") {
  const known = guidance[kind][sectionKey(section)];
  const text = known ? known.replace("{kind}", testKind) : `What belongs under ${section} in this ${kind === "preprompt" ? "preprompt" : kind + " prompt"}.`;
  return `<!-- ${text.replace(/-{2,}/g, "-").replace(/\s+/g, " ")} -->`;
}
function renderSections(kind, sections, context2, testKind) {
  const blocks = [];
  const hasContext = sections.some((name) => sectionKey(name) === "context");
  if (context2 && !hasContext) blocks.push(context2);
  for (const name of sections) {
    blocks.push(`## ${name}`);
    if (context2 && sectionKey(name) === "context") blocks.push(context2);
    blocks.push(comment(kind, name, testKind));
  }
  return blocks;
}
function renderPreprompt(packageName, config) {
  const blocks = [`# ${words(packageName)} preprompt`];
  blocks.push(...renderSections("preprompt", config.sections.preprompt, void 0));
  return blocks.join("\n\n") + "\n";
}
function attach(links2) {
  const name = links2.prepromptName ? `the ${words(links2.prepromptName, false)} preprompt` : "the preprompt";
  return `Attach [${name}](${linkUrl(links2.preprompt)}) first: it holds the package context, the components and the conventions.`;
}
function renderRed(options) {
  const blocks = [`# Red: ${words(options.slug)} ${options.kind} test`];
  blocks.push(...renderSections("red", options.sections, attach(options.links), options.kind));
  return blocks.join("\n\n") + "\n";
}
function renderGreen(options) {
  const context2 = attach(options.links) + ` Make the test from [the red prompt](${linkUrl(options.links.red)}) pass without changing it.`;
  const blocks = [`# Green: ${words(options.slug)}`];
  blocks.push(...renderSections("green", options.sections, context2));
  return blocks.join("\n\n") + "\n";
}
var snakeCase = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
function checkSlug(slug) {
  if (snakeCase.test(slug) && roundTrips(slug, "red") && roundTrips(slug, "green")) return slug;
  const suggestion = toSnakeCase(slug);
  throw new ScaffoldError(
    `invalid slug \`${slug}\`, expected lower snake case ` + (suggestion && suggestion !== slug && snakeCase.test(suggestion) ? `(\`${suggestion}\`)` : "(lower-case letters and digits joined by single `_`)")
  );
}
function packageSlug(name) {
  const converted = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/.test(name) ? toSnakeCase(name) : "";
  if (snakeCase.test(converted) && roundTrips(converted, "preprompt")) return converted;
  throw new ScaffoldError(
    `invalid package name \`${name}\`, expected lower snake case (letters and digits joined by \`_\` or \`-\`)`
  );
}
function roundTrips(slug, kind) {
  const name = formatName({ prefix: "", number: kind === "preprompt" ? 0 : 1, slug, kind });
  const parsed = parsePromptName(name);
  return parsed?.slug === slug && parsed.rawSlug === slug && parsed.kind === kind;
}
function checkKind(kind, kinds) {
  if (kind === void 0) return kinds.includes("unit") ? "unit" : kinds[0] ?? "unit";
  const wanted = normaliseKind(kind);
  const found = kinds.find((each) => normaliseKind(each) === wanted);
  if (found) return found;
  const quoted = kinds.map((each) => `\`${each}\``);
  const list = quoted.length > 1 ? quoted.slice(0, -1).join(", ") + " or " + quoted.at(-1) : quoted.join("");
  throw new ScaffoldError(`unknown test kind \`${kind}\`, expected ${list}`);
}
function normaliseKind(kind) {
  return kind.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
var processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml", "toml"]).freeze();
function parse(text) {
  return processor.parse(text);
}
function readSuite(dir) {
  clearSuiteCache();
  const suite = suiteOf(new VFile({ path: path.join(dir, ".tdd-prompt-lint-scaffold") }));
  clearSuiteCache();
  if (!suite) throw new ScaffoldError(`cannot read \`${dir}\``);
  return suite;
}
function linksOwnPrompts(list) {
  const here = path.resolve("/");
  return links({ type: "root", children: [list] }, here).some(
    (link) => link.target !== void 0 && path.dirname(link.target) === here && isPromptFileName(path.basename(link.target))
  );
}
function marker(text, item) {
  const start = item.position?.start;
  if (start?.offset === void 0) return "- ";
  const indent = " ".repeat(Math.max(0, start.column - 1));
  const head = text.slice(start.offset, start.offset + 16);
  const ordered = /^(\d{1,9})([.)])( +)/.exec(head);
  if (ordered) {
    const next = Number(ordered[1]) + 1;
    return `${indent}${next}${ordered[2]}${ordered[3]}`;
  }
  const bullet = /^([-*+])( +)/.exec(head);
  return bullet ? `${indent}${bullet[1]}${bullet[2]}` : `${indent}- `;
}
function words(slug, capital = true) {
  const text = slug.replace(/_/g, " ");
  return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
function linkUrl(relative) {
  return relative.split("/").map(
    (segment) => encodeURIComponent(segment).replace(
      /[()]/g,
      (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase()
    )
  ).join("/");
}
function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
function display(cwd, file) {
  return (path.relative(cwd, file) || ".").split(path.sep).join("/");
}
function refuseExisting(cwd, files) {
  for (const file of files) {
    if (fs.existsSync(file) || isDanglingLink(file)) {
      throw new ScaffoldError(`\`${display(cwd, file)}\` already exists, not overwriting it`);
    }
  }
}
function isDanglingLink(file) {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
function writeAll(files, update, io) {
  const written = [];
  try {
    for (const { file, text } of files) {
      createAtomically(io, file, Buffer.from(text, "utf8"));
      written.push(file);
    }
    if (update) {
      const now = readRegularFile(update.file, maxDataBytes);
      if (!Buffer.isBuffer(now) || !now.equals(update.original)) {
        throw new ScaffoldError(
          `\`${path.basename(update.file)}\` changed while it was being edited`
        );
      }
      replaceAtomically(io, update.file, update.bytes);
    }
  } catch (error) {
    for (const file of written) removeQuietly(io, file);
    throw error;
  }
}
function writeTemporary(io, file, bytes, mode = 438) {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`
  );
  const fd = io.openSync(temporary, "wx", mode);
  try {
    for (let offset = 0; offset < bytes.length; ) {
      offset += io.writeSync(fd, bytes, offset, bytes.length - offset);
    }
    io.fsyncSync(fd);
  } catch (error) {
    io.closeSync(fd);
    removeQuietly(io, temporary);
    throw error;
  }
  io.closeSync(fd);
  return temporary;
}
function createAtomically(io, file, bytes) {
  const temporary = writeTemporary(io, file, bytes);
  try {
    io.linkSync(temporary, file);
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
    throw new ScaffoldError(`\`${path.basename(file)}\` already exists, not overwriting it`, {
      cause: error
    });
  } finally {
    removeQuietly(io, temporary);
  }
}
function replaceAtomically(io, file, bytes) {
  const temporary = writeTemporary(io, file, bytes, fs.statSync(file).mode & 4095);
  try {
    io.renameSync(temporary, file);
  } catch (error) {
    removeQuietly(io, temporary);
    throw error;
  }
}
function removeQuietly(io, file) {
  try {
    io.unlinkSync(file);
  } catch {
  }
}
function splitBom(bytes) {
  const text = bytes.toString("utf8");
  return text.startsWith("\uFEFF") ? { bom: "\uFEFF", text: text.slice(1) } : { bom: "", text };
}
function readBounded(cwd, file) {
  const bytes = readRegularFile(file, maxDataBytes);
  if (!Buffer.isBuffer(bytes)) {
    throw new ScaffoldError(`cannot edit \`${display(cwd, file)}\`: ${bytes.reason}`);
  }
  return bytes;
}
var context = vm.createContext({});
var call = new vm.Script("run()");
function editText(cwd, file, edit, timeout) {
  context.run = edit;
  try {
    return call.runInContext(context, { timeout });
  } catch (error) {
    const code = error?.code;
    if (code === "ERR_SCRIPT_EXECUTION_TIMEOUT") {
      throw new ScaffoldError(
        `cannot edit \`${display(cwd, file)}\`: its markdown takes longer than ${timeout / 1e3} s to parse`
      );
    }
    if (!(error instanceof RangeError) && error?.name !== "RangeError") {
      throw error;
    }
    throw new ScaffoldError(
      `cannot edit \`${display(cwd, file)}\`: its markdown is nested too deeply`
    );
  } finally {
    context.run = void 0;
  }
}
function insideOf(cwd, file) {
  let root;
  try {
    root = fs.realpathSync(cwd);
  } catch {
    root = path.resolve(cwd);
  }
  let real;
  for (let at = path.resolve(cwd, file), rest = ""; ; ) {
    try {
      real = path.join(fs.realpathSync(at), rest);
      break;
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" || path.dirname(at) === at) {
        if (isDanglingLink(at)) return void 0;
        if (code !== "ENOENT") return void 0;
        real = path.join(at, rest);
        break;
      }
      if (isDanglingLink(at)) return void 0;
      rest = path.join(path.basename(at), rest);
      at = path.dirname(at);
    }
  }
  const relative = path.relative(root, real);
  return relative.startsWith("..") || path.isAbsolute(relative) ? void 0 : real;
}
function refuseOutside(cwd, file) {
  const real = insideOf(cwd, file);
  if (real === void 0) {
    throw new ScaffoldError(
      `\`${display(cwd, file)}\` leads outside the working folder (a symbolic link): not following it`
    );
  }
  return real;
}

// src/cli/scaffold-commands.ts
var prefix = "tdd-prompt-lint: ";
var initUsage = `Usage: tdd-prompt-lint init <folder> --package <name>

Write <folder>/prompt_00_<name>_preprompt.md with every section the
configuration requires of a preprompt, each with a one-line comment to replace.
The folder is created if missing; a folder that has a preprompt is refused.

Options:
  -p, --package NAME   package name, lower snake case (MyPackage and my-package
                       are converted)
  -c, --config FILE    configuration file (default: the first found from the
                       working directory up)
      --debug          show stack traces
  -h, --help           show this help
`;
var newUsage = `Usage: tdd-prompt-lint new <slug> [--suite <folder>] [--kind <kind>]

Write the suite's next red/green pair, [prefix_]prompt_NN_<slug>_red.md and
[prefix_]prompt_NNb_<slug>_green.md, linking the suite's preprompt (and, in the
green, its red), and add the pair to the component list of the suite's own
preprompt. Prints the files written, then the preprompt updated. Never
overwrites a file.

Options:
  -s, --suite FOLDER   suite folder (default: the working directory)
  -k, --kind KIND      test kind the red prompt asks for, one of the configured
                       kinds (default: unit)
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
async function runInit(argv, cwd, streams) {
  return guard(argv, streams, () => {
    const { values, positionals } = parse2(argv, {
      ...common,
      package: { type: "string", short: "p" }
    });
    if (values.help) return print(streams, initUsage);
    const folder = onePositional(positionals, "a folder", "init <folder> --package <name>");
    if (values.package === void 0) {
      throw new Error("expected `--package <name>`: tdd-prompt-lint init <folder> --package <name>");
    }
    const result = initSuite({
      folder,
      packageName: values.package,
      cwd,
      config: configFor(cwd, values.config)
    });
    return print(streams, lines(cwd, result.written));
  });
}
async function runNew(argv, cwd, streams) {
  return guard(argv, streams, () => {
    const { values, positionals } = parse2(argv, {
      ...common,
      suite: { type: "string", short: "s" },
      kind: { type: "string", short: "k" }
    });
    if (values.help) return print(streams, newUsage);
    const slug = onePositional(
      positionals,
      "a slug",
      "new <slug> [--suite <folder>] [--kind <kind>]"
    );
    const result = newPair({
      slug,
      suite: values.suite,
      kind: values.kind,
      cwd,
      config: configFor(cwd, values.config)
    });
    return print(streams, lines(cwd, [...result.written, ...result.updated]));
  });
}
var heldSignals = ["SIGINT", "SIGTERM", "SIGHUP", "SIGXFSZ"];
async function guard(argv, streams, command) {
  const received = [];
  const hold = (signal) => void received.push(signal);
  for (const signal of heldSignals) process.on(signal, hold);
  try {
    const code = command();
    await new Promise((resolve) => setImmediate(resolve));
    const stop = received.find((signal) => signal !== "SIGXFSZ");
    if (stop) {
      streams.stderr.write(`${prefix}${stop} received after the files were written
`);
      return 128 + (os.constants.signals[stop] ?? 0);
    }
    return code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    streams.stderr.write(safeLine(prefix + (message.split("\n")[0] ?? message)) + "\n");
    if (argv.includes("--debug") && error instanceof Error && error.stack) {
      streams.stderr.write(error.stack + "\n");
    }
    return 2;
  } finally {
    for (const signal of heldSignals) process.off(signal, hold);
  }
}
function parse2(argv, options) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new Error(describeParseError(error), { cause: error });
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === "" && name !== "package") {
      throw new Error(`option \`--${name}\` needs a non-empty value`);
    }
  }
  return parsed;
}
function onePositional(positionals, what, usage) {
  const [first, second] = positionals;
  if (first === void 0) throw new Error(`expected ${what}: tdd-prompt-lint ${usage}`);
  if (second !== void 0) throw new Error(`unexpected argument \`${second}\``);
  return first;
}
function configFor(cwd, explicit) {
  return scaffoldConfig(loadConfig(cwd, explicit).settings, cwd);
}
function lines(cwd, files) {
  return files.map((file) => safeLine(path2.relative(cwd, file).split(path2.sep).join("/")) + "\n").join("");
}
function print(streams, text) {
  streams.stdout.write(text);
  return 0;
}
export {
  initUsage,
  newUsage,
  runInit,
  runNew
};
