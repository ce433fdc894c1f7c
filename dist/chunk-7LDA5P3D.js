import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/suite/names.ts
var kinds = ["preprompt", "red", "green", "foundation"];
var markdownExtension = /\.(md|markdown|mdown|mkd|mkdn)$/i;
var numbered = /prompt[_-]*(\d+)([a-z]?)(?=[_-]|$)/i;
var kindSuffix = /(?:^|[_-]+)(red|green|preprompt|context)$/i;
var snakeSuffix = /(?:^|_)(red|green|preprompt|context)$/;
var maxNumber = 9999;
function isMarkdownName(name) {
  return markdownExtension.test(name);
}
function isPromptFileName(name) {
  return parsePromptName(name) !== void 0;
}
function toSnakeCase(value) {
  return value.normalize("NFKD").replace(new RegExp("\\p{M}+", "gu"), "").replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "").toLowerCase();
}
function parsePromptName(name) {
  const extension = markdownExtension.exec(name)?.[0];
  if (!extension || name.length > 255) return void 0;
  const stem = name.slice(0, -extension.length);
  const match = numbered.exec(stem);
  if (!match) return void 0;
  const before = stem.slice(0, match.index);
  if (before && !/[_-]$/.test(before)) return void 0;
  const rawPrefix = before.replace(/[_-]+$/, "");
  const digits = match[1] ?? "";
  const letter = match[2] ?? "";
  const rest = stem.slice(match.index + match[0].length).replace(/^[_-]+/, "");
  const number = digits.length > 4 ? Number.NaN : Number.parseInt(digits, 10);
  const snake = toSnakeCase(rest);
  const suffix = snakeSuffix.exec(snake);
  let kind = "foundation";
  let rawSlug = rest;
  let slug = snake;
  let legacy = false;
  const word = suffix?.[1];
  if (suffix && word && (word !== "context" || number === 0)) {
    kind = word === "context" ? "preprompt" : word;
    legacy = word === "context";
    const raw = kindSuffix.exec(rest);
    slug = snake.slice(0, suffix.index);
    rawSlug = raw ? rest.slice(0, raw.index) : slug && rest;
  }
  if (kind === "foundation" && !rest) return void 0;
  return {
    name,
    prefix: toSnakeCase(rawPrefix),
    rawPrefix,
    number,
    digits,
    letter,
    slug,
    rawSlug,
    kind,
    legacy,
    extension
  };
}
function formatNumber(value) {
  return String(value).padStart(2, "0");
}
function formatName(parts) {
  const head = parts.prefix ? parts.prefix + "_prompt_" : "prompt_";
  const number = parts.kind === "preprompt" ? "00" : formatNumber(parts.number);
  const letter = parts.kind === "green" ? "b" : "";
  const tail = parts.kind === "foundation" ? parts.slug : (parts.slug ? parts.slug + "_" : "") + parts.kind;
  return head + number + letter + "_" + tail + ".md";
}
function canonicalName(prompt, prefix) {
  return formatName({ ...prompt, prefix, slug: prompt.slug || placeholder(prompt.kind) });
}
function placeholder(kind) {
  return kind === "preprompt" ? "<package>" : "<slug>";
}
function partnerKind(kind) {
  return kind === "red" ? "green" : "red";
}
function stepsOf(prompts) {
  const reds = prompts.filter((each) => each.kind === "red");
  const greens = prompts.filter((each) => each.kind === "green");
  if (reds.length === 1 && greens.length === 1 && prompts.length === 2) return [prompts];
  const bySlug = /* @__PURE__ */ new Map();
  for (const prompt of prompts) {
    const key = (prompt.kind === "foundation" ? "f:" : "p:") + prompt.slug;
    bySlug.set(key, [...bySlug.get(key) ?? [], prompt]);
  }
  return [...bySlug.values()].sort(
    (a, b) => representative(a).name < representative(b).name ? -1 : 1
  );
}
function representative(step) {
  return step.find((each) => each.kind !== "green") ?? step[0];
}

// src/suite/requirements.ts
import path from "node:path";
var defaultDocumentWords = ["requirement"];
var binding = /\b(shall|must)\b/i;
function isRequirementName(name, words = defaultDocumentWords) {
  const lower = name.toLowerCase();
  return words.some((word) => word && lower.includes(word.toLowerCase()));
}
function documentLevel(file, facts) {
  const title = facts?.title?.text ?? "";
  const fromTitle = /\bL(\d{1,2})\b/i.exec(title)?.[1];
  if (fromTitle) return "L" + Number(fromTitle);
  const stem = path.basename(file).replace(/\.[^.]*$/, "");
  const fromName = /(?:^|[_\-. ])l(\d{1,2})(?=[_\-. ]|$)/i.exec(stem)?.[1];
  return fromName ? "L" + Number(fromName) : void 0;
}
function definitionsIn(file, facts) {
  if (!facts) return [];
  const level = documentLevel(file, facts);
  const found = [];
  for (const row of facts.requirementRows) {
    const id = row.id.startsWith("L") ? row.id : level ? `${level}-${row.id}` : void 0;
    if (!id) continue;
    const keyword = binding.exec(row.text)?.[1];
    found.push({
      id,
      document: file,
      text: row.text,
      binding: keyword !== void 0,
      keyword,
      line: row.line,
      column: row.column,
      endLine: row.endLine,
      endColumn: row.endColumn
    });
  }
  return found;
}
function buildRequirements(model, root, words) {
  const scope = model.scope(root);
  const documents = scope.documents.filter((file) => isRequirementName(path.basename(file), words));
  documents.sort();
  const definitions = documents.flatMap((file) => definitionsIn(file, model.facts(file)));
  const byId = /* @__PURE__ */ new Map();
  for (const definition of definitions) {
    byId.set(definition.id, [...byId.get(definition.id) ?? [], definition]);
  }
  const levels = new Set(definitions.map((each) => each.id.slice(0, each.id.indexOf("-"))));
  const citations = /* @__PURE__ */ new Map();
  if (documents.length > 0) {
    for (const file of scope.prompts) {
      for (const mention of model.peek(file)?.requirements ?? []) {
        const list = citations.get(mention.value) ?? [];
        list.push({
          id: mention.value,
          file,
          line: mention.line,
          column: mention.column,
          endLine: mention.endLine,
          endColumn: mention.endColumn
        });
        citations.set(mention.value, list);
      }
    }
  }
  return { root, documents, definitions, byId, levels, citations };
}
function levelOf(id) {
  return id.slice(0, id.indexOf("-"));
}
var requirementOptions = {
  schema: {
    type: "object",
    properties: {
      documents: {
        type: "array",
        description: "Words a requirement document’s file name contains (case-insensitive), e.g. `requirement`, `srs`.",
        items: { type: "string", minLength: 1 },
        minItems: 1
      }
    },
    additionalProperties: false
  },
  defaults: { documents: [...defaultDocumentWords] }
};

export {
  __require,
  __esm,
  __commonJS,
  __export,
  __toESM,
  __toCommonJS,
  kinds,
  maxNumber,
  isMarkdownName,
  isPromptFileName,
  toSnakeCase,
  parsePromptName,
  formatNumber,
  formatName,
  canonicalName,
  partnerKind,
  stepsOf,
  representative,
  defaultDocumentWords,
  isRequirementName,
  buildRequirements,
  levelOf,
  requirementOptions
};
