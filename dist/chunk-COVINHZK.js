import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  remarkParse,
  unified
} from "./chunk-PPUTGT3O.js";
import {
  remarkFrontmatter
} from "./chunk-QOBWUWRK.js";
import {
  required_sections_default
} from "./chunk-QERIO4ZQ.js";
import {
  placeholder
} from "./chunk-53HZWLIM.js";
import {
  SuiteModel,
  links,
  maxDataBytes,
  outline,
  readRegularFile,
  ruleOptions,
  sectionKey,
  testKindNames,
  testKindsOf
} from "./chunk-BEMMNZVQ.js";
import {
  didYouMean,
  formatName,
  isPromptFileName,
  parsePromptName,
  toSnakeCase
} from "./chunk-5HIIY6MO.js";

// src/scaffold/scaffold.ts
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
var ScaffoldError = class extends Error {
  name = "ScaffoldError";
};
function scaffoldConfig(settings, cwd) {
  const required = ruleOptions(required_sections_default, settings.rules?.["required-sections"]);
  const preprompts = {};
  for (const [folder, target] of Object.entries(settings.preprompts ?? {})) {
    preprompts[path.resolve(cwd, folder)] = path.resolve(cwd, target);
  }
  return { sections: required.sections, preprompts };
}
function initSuite(options) {
  const { cwd } = options;
  const config = options.config ?? scaffoldConfig({}, cwd);
  const name = packageSlug(options.packageName);
  const dir = path.resolve(cwd, options.folder);
  const shown = display(cwd, dir);
  refuseOutside(cwd, dir);
  let prefix = "";
  const model = new SuiteModel({ root: cwd, preprompts: config.preprompts });
  if (fs.existsSync(dir)) {
    if (!fs.statSync(dir).isDirectory()) throw new ScaffoldError(`\`${shown}\` is not a folder`);
    const folder = model.folder(dir);
    const [existing] = folder.preprompts;
    if (existing) {
      throw new ScaffoldError(`\`${shown}\` already has a preprompt \`${existing.name}\``);
    }
    prefix = folder.prefix;
  }
  const file = path.join(dir, formatName({ prefix, number: 0, slug: name, kind: "preprompt" }));
  refuseExisting(cwd, [file]);
  const text = renderPrompt({
    kind: "preprompt",
    title: `Meta-Prompt: ${words(name)} Package Generation`,
    sections: templateSections(model, dir, "preprompt", config),
    today: config.today
  });
  fs.mkdirSync(dir, { recursive: true });
  writeAll([{ file, text }], [], options.fs ?? fs);
  return { written: [file], updated: [] };
}
function newPair(options) {
  const { cwd } = options;
  const config = options.config ?? scaffoldConfig({}, cwd);
  const slug = checkSlug(options.slug);
  const kind = checkKind(options.kind);
  const dir = path.resolve(cwd, options.suite ?? ".");
  const shown = display(cwd, dir);
  if (!fs.existsSync(dir)) throw new ScaffoldError(`suite folder \`${shown}\` does not exist`);
  refuseOutside(cwd, dir);
  if (!fs.statSync(dir).isDirectory()) throw new ScaffoldError(`\`${shown}\` is not a folder`);
  const model = new SuiteModel({ root: cwd, preprompts: config.preprompts });
  const folder = model.folder(dir);
  const domain = model.numberingDomain(dir);
  const numbered = domain.at(-1) === dir ? domain : [dir];
  const numbers = numbered.flatMap((each) => [...model.folder(each).byNumber.keys()]);
  const number = options.number ?? Math.max(0, ...numbers) + 1;
  if (options.number !== void 0 && folder.byNumber.has(number)) {
    throw new ScaffoldError(
      `suite \`${shown}\` already has prompts numbered ${formatNumber2(number)}`
    );
  }
  if (number > 99) throw new ScaffoldError(`suite \`${shown}\` already has pair 99, the last one`);
  const scheme = model.names(dir).scheme;
  const red = path.join(dir, formatName({ prefix: folder.prefix, number, slug, kind: "red" }, scheme));
  const green = path.join(
    dir,
    formatName({ prefix: folder.prefix, number, slug, kind: "green" }, scheme)
  );
  refuseExisting(cwd, [red, green]);
  const resolved = model.preprompt(dir);
  if (!resolved) {
    throw new ScaffoldError(
      `no preprompt for \`${shown}\`: run \`tdd-prompt-lint init ${shown} --package <name>\` first, or configure \`preprompts\``
    );
  }
  const preprompt = resolved.file;
  const component = componentName(slug);
  const redSections = templateSections(model, dir, "red", config);
  const greenSections = templateSections(model, dir, "green", config);
  const prepromptLink = `Read [the preprompt](${linkUrl(path.relative(dir, preprompt).split(path.sep).join("/"))}) first.`;
  const links2 = (kind2, sections) => {
    const found = [];
    if (model.expects(dir, kind2, "link:preprompt")) found.push(prepromptLink);
    const cites = sections.some(
      (section) => ["primary prompt", "dependencies"].includes(sectionKey(section.name))
    );
    if (kind2 === "green" && !cites) {
      found.push(`Make the test from [the red prompt](${linkUrl(path.basename(red))}) pass.`);
    }
    return found;
  };
  const testFile = `${testFolder(model, folder)}${slug}${kind === "integration" ? "_integration" : ""}_test.go`;
  const number2 = formatNumber2(number);
  const files = [
    {
      file: red,
      text: renderPrompt({
        kind: "red",
        title: `Prompt ${number2}: ${testTitle(kind)} for ${component}`,
        sections: redSections,
        links: links2("red", redSections),
        testFile,
        today: config.today
      })
    },
    {
      file: green,
      text: renderPrompt({
        kind: "green",
        title: `Prompt ${number2}: Implementation for ${component}`,
        sections: greenSections,
        links: links2("green", greenSections),
        testFile,
        today: config.today
      })
    }
  ];
  const updates = [];
  if (resolved.how === "own") {
    const target = refuseOutside(cwd, preprompt);
    const original = readBounded(cwd, target);
    const { bom, text } = splitBom(original);
    const entry = `${words(slug)}: [red](${linkUrl(path.basename(red))}), [green](${linkUrl(path.basename(green))})`;
    const edited = editText(
      cwd,
      target,
      () => {
        const list = componentList(text);
        return list ? addToComponentList(text, entry, [list]) : void 0;
      },
      options.timeout ?? 1e4
    );
    if (edited !== void 0) {
      updates.push({ file: target, original, bytes: Buffer.from(bom + edited, "utf8") });
    }
  }
  for (const plan of model.plans(dir)) {
    if (model.prompt(plan.file)) continue;
    const target = refuseOutside(cwd, plan.file);
    const original = readBounded(cwd, target);
    const { bom, text } = splitBom(original);
    const edited = addToPlan(text, plan, dir, number, {
      red: {
        name: path.basename(red),
        description: `"Red" prompt for the ${component} ${kind} test.`
      },
      green: {
        name: path.basename(green),
        description: `"Green" prompt for the ${component} implementation.`
      }
    });
    if (edited !== text)
      updates.push({ file: target, original, bytes: Buffer.from(bom + edited, "utf8") });
  }
  writeAll(files, updates, options.fs ?? fs);
  return { written: [red, green], updated: updates.map((update) => update.file), preprompt };
}
function addToPlan(text, plan, dir, number, pair) {
  const own = plan.entries.filter(
    (entry) => entry.folder === dir && entry.prompt.kind !== "preprompt"
  );
  if (own.length === 0) return text;
  const before = own.filter((entry) => entry.prompt.number < number);
  const anchor = (before.length > 0 ? before : own).at(-1);
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  const line = lines[anchor.line - 1];
  if (line === void 0 || anchor.endLine !== anchor.line) return text;
  const head = line.slice(0, anchor.column - 1);
  const rest = line.slice(anchor.endColumn - 1);
  const at = anchor.description ? rest.indexOf(anchor.description) : -1;
  const separator = at === -1 ? ": " : rest.slice(0, at);
  const escaped = line.slice(anchor.column - 1, anchor.endColumn - 1).includes("\\_");
  const written = (name) => escaped ? name.replace(/_/g, "\\_") : name;
  const added = ["red", "green"].map(
    (kind) => head + written(pair[kind].name) + separator + pair[kind].description
  );
  lines.splice(anchor.line, 0, ...added);
  return lines.join(eol);
}
function componentList(text) {
  const tree = parse(text);
  return outline(tree).sections.find(
    (section) => section.content.some((node) => node.type === "list" && linksOwnPrompts(node))
  )?.text;
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
var methodology = {
  preprompt: [
    { name: "Persona", depth: 0 },
    { name: "1. Package Overview", depth: 2 },
    { name: "2. Methodology & Guidelines", depth: 2 },
    { name: "Prompt Changelog", depth: 2 }
  ],
  red: [
    { name: "Objective", depth: 0 },
    { name: "TDD Phase", depth: 0 },
    { name: "Primary Prompt (Concise)", depth: 2 },
    { name: "Reinforcement Prompt (Detailed Context)", depth: 2 },
    { name: "Persona", depth: 0 },
    { name: "Your Specific Task", depth: 0 },
    { name: "Key Requirements to Fulfill", depth: 0 },
    { name: "Dependencies (Full source code to be provided)", depth: 0 },
    { name: "Prompt Changelog", depth: 2 }
  ],
  green: [],
  foundation: []
};
methodology.green = methodology.red;
methodology.foundation = methodology.red;
function templateSections(model, dir, kind, config) {
  const pinned = config.sections[kind];
  if (pinned) return pinned.map((name) => ({ name, depth: 2 }));
  const root = model.styleScope(dir, kind);
  const expected = [...model.expected(dir, kind).keys()].filter(
    (part) => part.startsWith("section:")
  );
  const candidates = [
    ...model.folder(dir).prompts.map((prompt) => path.join(dir, prompt.name)).reverse(),
    ...model.scope(root).prompts.slice().reverse(),
    // A new folder has no scope of its own yet: its repository's prompts.
    ...model.scope(model.root(dir)).prompts.slice().reverse()
  ];
  for (const file of candidates) {
    const folder = model.folder(path.dirname(file));
    const prompt = folder.byName.get(path.basename(file));
    const facts = model.facts(file);
    if (!prompt || prompt.kind !== kind || !model.judged(prompt, facts)) continue;
    const keys = new Set(facts.sections.map((section) => "section:" + section.key));
    if (!expected.every((part) => keys.has(part))) continue;
    const found = facts.sections.filter(
      (section) => !/^rv[_-]?\d/.test(section.key) && (expected.length === 0 || expected.includes("section:" + section.key))
    );
    if (found.length > 0)
      return found.map((section) => ({ name: section.text.replace(/:$/, ""), depth: section.depth }));
  }
  return methodology[kind];
}
function renderPrompt(options) {
  const { kind, testFile } = options;
  const phase = { red: "Red", green: "Green", foundation: "Foundation", preprompt: "" }[kind];
  const blocks = [`# **${options.title}**`];
  const links2 = (options.links ?? []).join(" ");
  const context2 = options.sections.find((section) => sectionKey(section.name) === "context");
  if (links2 && !context2) blocks.push(links2);
  let changelog = false;
  for (const [index, section] of options.sections.entries()) {
    const key = sectionKey(section.name);
    const holdsLabel = options.sections[index + 1]?.depth === 0;
    const body = links2 && section === context2 ? { inline: links2, block: "" } : placeholder2(kind, key, testFile);
    if (section.depth === 0) {
      const value = key === "tdd phase" ? phase : body.inline;
      blocks.push(`**${section.name}:**${value ? " " + value : ""}`);
      if (key !== "tdd phase" && body.block) blocks.push(body.block);
      continue;
    }
    if (key === "prompt changelog") {
      changelog = true;
      blocks.push("---");
    }
    blocks.push(
      `${"#".repeat(section.depth)} ${section.depth === 1 || changelog ? section.name : `**${section.name}**`}`
    );
    if (key === "prompt changelog") {
      blocks.push(`### RV_${stamp(options.today ?? /* @__PURE__ */ new Date())}`, "First version of the prompt.");
    } else if (!holdsLabel && (body.block || body.inline)) {
      blocks.push(body.block || body.inline);
    }
  }
  return blocks.join("\n\n") + "\n";
}
function placeholder2(kind, key, testFile) {
  const todo = placeholder;
  if (key === "primary prompt" && testFile) {
    return kind === "green" ? {
      inline: "",
      block: `Your task is to generate the implementation that makes \`${testFile}\` pass. ${todo("Name the files to generate.")}`
    } : {
      inline: "",
      block: `Your task is to generate the failing test file \`${testFile}\`. ${todo("Say what it tests.")}`
    };
  }
  if (key === "dependencies" && testFile && kind === "green") {
    return { inline: "", block: `1.  \`${testFile}\` (The Specification)` };
  }
  const text = {
    objective: "What this prompt generates, in one sentence.",
    persona: "Who the model is while it writes this.",
    "your specific task": "The files to generate, and what they must do.",
    "key requirements to fulfill": "One bullet per requirement, with its ID: (L1-1.1).",
    dependencies: "The source files to paste in with this prompt."
  }[key];
  return { inline: todo(text), block: "" };
}
function stamp(day) {
  return day.toISOString().slice(0, 10).replace(/-/g, "");
}
function testTitle(kind) {
  const known = {
    unit: "Unit Tests",
    integration: "Integration Test",
    "pre-flight": "Pre-flight Test",
    "end-to-end": "End-to-end Test",
    contract: "Contract Tests",
    property: "Property Tests"
  };
  return known[kind] ?? `${words(kind)} Tests`;
}
function componentName(slug) {
  return slug.split("_").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}
function testFolder(model, folder) {
  for (const prompt of [...folder.prompts].reverse()) {
    if (prompt.kind !== "red") continue;
    const named = model.facts(path.join(folder.dir, prompt.name))?.testFiles[0]?.value;
    if (named?.includes("/")) return named.slice(0, named.lastIndexOf("/") + 1);
  }
  return "";
}
function formatNumber2(value) {
  return String(value).padStart(2, "0");
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
function checkKind(kind) {
  if (kind === void 0) return "unit";
  const plain = kind.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const [read, other] = plain ? testKindsOf(`${plain} test`) : [];
  if (read !== void 0 && other === void 0) return read;
  const suggestion = didYouMean(plain, testKindNames);
  throw new ScaffoldError(
    `unknown test kind \`${kind}\`` + (suggestion || `, expected one of ${testKindNames.map((name) => `\`${name}\``).join(", ")}`)
  );
}
var processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml", "toml"]).freeze();
function parse(text) {
  return processor.parse(text);
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
function writeAll(files, updates, io) {
  const written = [];
  const replaced = [];
  try {
    for (const { file, text } of files) {
      createAtomically(io, file, Buffer.from(text, "utf8"));
      written.push(file);
    }
    for (const update of updates) {
      const now = readRegularFile(update.file, maxDataBytes);
      if (!Buffer.isBuffer(now) || !now.equals(update.original)) {
        throw new ScaffoldError(
          `\`${path.basename(update.file)}\` changed while it was being edited`
        );
      }
      replaceAtomically(io, update.file, update.bytes);
      replaced.push(update);
    }
  } catch (error) {
    for (const update of replaced.reverse()) {
      try {
        replaceAtomically(io, update.file, update.original);
      } catch {
      }
    }
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

export {
  scaffoldConfig,
  initSuite,
  newPair,
  checkSlug
};
