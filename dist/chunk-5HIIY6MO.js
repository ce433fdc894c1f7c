import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);

// src/suite/names.ts
var kinds = ["preprompt", "red", "green", "foundation"];
var markdownExtension = /\.(md|markdown|mdown|mkd|mkdn)$/i;
var numbered = /prompt[_-]*(\d+)([a-z]?)(?=[_-])/i;
var kindSuffix = /(?:^|[_-]+)(red|green|preprompt|context)$/i;
var snakeSuffix = /(?:^|_)(red|green|preprompt|context)$/;
var variantPart = /^(\d{1,2})_(?=[a-z])/;
var maxNumber = 9999;
function isMarkdownName(name) {
  return markdownExtension.test(name);
}
function isPromptFileName(name) {
  return parsePromptName(name) !== void 0;
}
function toSnakeCase(value) {
  if (snake.test(value)) return value;
  return value.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "").toLowerCase();
}
var snake = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
function parsePromptName(name) {
  const extension = markdownExtension.exec(name)?.[0];
  if (!extension || name.length > 255) return void 0;
  const stem = name.slice(0, -extension.length);
  const match = numbered.exec(stem);
  if (!match) return void 0;
  const before = stem.slice(0, match.index);
  if (before && !/[_-]$/.test(before)) return void 0;
  const rawPrefix = before.replace(/[_-]+$/, "");
  const prefix = toSnakeCase(rawPrefix);
  if (numbered.test(prefix + "_")) return void 0;
  const digits = match[1];
  const letter = match[2];
  const rest = stem.slice(match.index + match[0].length).replace(/^[_-]+/, "");
  const number = digits.length > 4 ? Number.NaN : Number.parseInt(digits, 10);
  const whole = toSnakeCase(rest);
  const variant = variantPart.exec(whole)?.[1] ?? "";
  const snake2 = variant ? whole.slice(variant.length + 1) : whole;
  const unvaried = variant ? rest.replace(/^\d{1,2}[^A-Za-z0-9]*/, "") : rest;
  const suffix = snakeSuffix.exec(snake2);
  let kind = "foundation";
  let rawSlug = unvaried;
  let slug = snake2;
  const word = suffix?.[1];
  const legacy = word === "context" && number === 0;
  if (suffix && (word !== "context" || legacy)) {
    kind = legacy ? "preprompt" : word;
    const raw = kindSuffix.exec(unvaried);
    slug = snake2.slice(0, suffix.index);
    rawSlug = raw ? unvaried.slice(0, raw.index) : slug && unvaried;
  }
  if (!rest) return void 0;
  return {
    name,
    prefix,
    rawPrefix,
    number,
    digits,
    letter,
    variant,
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
var defaultScheme = { red: "", green: "b", separator: "_", lower: true };
function formatName(parts, scheme = defaultScheme) {
  const head = parts.prefix ? parts.prefix + "_prompt_" : "prompt_";
  const number = parts.kind === "preprompt" ? "00" : formatNumber(parts.number);
  const letter = parts.kind === "green" ? scheme.green : parts.kind === "red" ? scheme.red : "";
  const variant = parts.variant ? parts.variant + "_" : "";
  const tail = parts.kind === "foundation" ? parts.slug : (parts.slug ? parts.slug + "_" : "") + parts.kind;
  const name = head + number + letter + "_" + variant + tail;
  return name.replaceAll("_", scheme.separator) + ".md";
}
function canonicalName(prompt, prefix, scheme = defaultScheme) {
  return formatName({ ...prompt, prefix, slug: prompt.slug || placeholder(prompt.kind) }, scheme);
}
function letterScheme(letter) {
  return "NN" + letter;
}
function placeholder(kind) {
  return kind === "preprompt" ? "<package>" : "<slug>";
}
function partnerKind(kind) {
  return kind === "red" ? "green" : "red";
}
function stepsOf(prompts) {
  const has = (kind) => prompts.some((each) => each.kind === kind);
  if (prompts.length === 2 && has("red") && has("green")) return [prompts];
  const bySlug = /* @__PURE__ */ new Map();
  for (const prompt of prompts) {
    const slug = prompt.variant ? "#variants" : prompt.slug;
    const key = (prompt.kind === "foundation" ? "f:" : "p:") + slug;
    bySlug.set(key, [...bySlug.get(key) ?? [], prompt]);
  }
  return [...bySlug.values()].sort(
    (a, b) => (
      // Stryker disable next-line EqualityOperator: two steps never have one representative name
      representative(a).name < representative(b).name ? -1 : 1
    )
  );
}
function stepNumbers(folder) {
  return [...folder.byNumber.keys()].filter((each) => each >= 1);
}
function representative(step) {
  return step.find((each) => each.kind !== "green") ?? step[0];
}
function learnScheme(prompts, settings = {}) {
  const { infer = true, threshold = 0.8, minimum = 5, names = {} } = settings;
  const scheme = { ...defaultScheme };
  const evidence = {};
  const pinned = [];
  const numbered2 = prompts.filter((each) => !Number.isNaN(each.number));
  const parts = [
    {
      part: "red",
      pin: names.red?.slice(2),
      values: lettersOf(numbered2, "red"),
      known: ["", "a"],
      show: letterScheme,
      set: (value) => scheme.red = value
    },
    {
      part: "green",
      pin: names.green?.slice(2),
      values: lettersOf(numbered2, "green"),
      known: ["b"],
      show: letterScheme,
      set: (value) => scheme.green = value
    },
    {
      part: "separator",
      pin: names.separator,
      values: prompts.map((each) => separatorOf(each.name)),
      known: ["_", "-"],
      show: (value) => value,
      set: (value) => scheme.separator = value
    },
    {
      part: "case",
      pin: names.case,
      values: prompts.map((each) => each.name === each.name.toLowerCase() ? "lower" : "any"),
      known: ["lower"],
      // A name is only ever held to a learned lower case (no name breaks `any`).
      show: () => "lower case",
      set: (value) => scheme.lower = value === "lower"
    }
  ];
  for (const { part, pin, values, known, show, set } of parts) {
    if (pin !== void 0) {
      set(pin);
      pinned.push(part);
      continue;
    }
    if (!infer) continue;
    const [value, count] = majority(values);
    if (value === "mixed") continue;
    if (values.length >= minimum) {
      if (count < threshold * values.length) continue;
      set(value);
      evidence[part] = { count, total: values.length, display: show(value) };
    } else if (count === values.length && count >= 2 && known.includes(value)) {
      set(value);
      evidence[part] = { count, total: values.length, display: show(value) };
    }
  }
  return { scheme, evidence, pinned };
}
function narrowest(narrow, wide) {
  const scheme = { ...wide.scheme };
  const evidence = { ...wide.evidence };
  const own = narrow.evidence;
  if (own.red) scheme.red = narrow.scheme.red;
  if (own.green) scheme.green = narrow.scheme.green;
  if (own.separator) scheme.separator = narrow.scheme.separator;
  if (own.case) scheme.lower = narrow.scheme.lower;
  return { scheme, evidence: { ...evidence, ...own }, pinned: wide.pinned };
}
function lettersOf(prompts, kind) {
  return prompts.filter((each) => each.kind === kind).map((each) => each.letter.toLowerCase());
}
function separatorOf(name) {
  const underscore = name.includes("_");
  const dash = name.includes("-");
  return underscore === dash ? "mixed" : underscore ? "_" : "-";
}
function majority(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = ["", 0];
  for (const [value, count] of counts) if (count > best[1]) best = [value, count];
  return best;
}
function describeScheme(learned) {
  const { scheme, evidence, pinned } = learned;
  const from = (part) => {
    const found = evidence[part];
    if (found) return `${found.count} of ${found.total} names`;
    return pinned.includes(part) ? "configuration" : "default";
  };
  return {
    red: { scheme: letterScheme(scheme.red), from: from("red") },
    green: { scheme: letterScheme(scheme.green), from: from("green") },
    separator: { scheme: scheme.separator, from: from("separator") },
    case: { scheme: scheme.lower ? "lower" : "any", from: from("case") }
  };
}

// src/suite/requirements.ts
import path from "node:path";

// src/config/suggest.ts
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from(
    { length: rows },
    (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2][j - 2] + 1);
      }
      d[i][j] = best;
    }
  }
  return d[a.length][b.length];
}
function closest(name, known) {
  if (name.length > 100) return void 0;
  const wanted = name.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  let best;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (Math.abs(candidate.length - wanted.length) > limit) continue;
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ?? oneWordApart(wanted, known);
}
function oneWordApart(name, known) {
  const found = [...known].filter((candidate) => {
    const other = candidate.toLowerCase();
    return name.startsWith(other + "-") || other.startsWith(name + "-");
  });
  return found.length === 1 ? found[0] : void 0;
}
function didYouMean(name, known) {
  const found = closest(name, known);
  return found === void 0 ? "" : ` (did you mean \`${found}\`?)`;
}

// src/suite/ids.ts
var maxWord = 48;
var isUpper = (char) => char !== void 0 && char >= "A" && char <= "Z";
var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
var isAlnum = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z" || char >= "0" && char <= "9");
var isWordChar = (char) => isAlnum(char) || char === "_";
function idWords(raw) {
  const found = [];
  if (!anyDigit.test(raw)) return found;
  for (const match of raw.matchAll(idWord)) {
    const value = match[0];
    if (value.length <= maxWord && anyDigit.test(value)) {
      found.push({ value, column: match.index + 1 });
    }
  }
  return found;
}
var anyDigit = /[0-9]/;
var idWord = /(?<![A-Za-z0-9_])[A-Z](?:[A-Za-z0-9]|[-_.](?=[A-Za-z0-9]))*/g;
function explicitId(text) {
  if (!isUpper(text[0])) return void 0;
  let at = 0;
  let join;
  for (; ; ) {
    while (isUpper(text[at]) || isDigit(text[at])) at++;
    join = text[at];
    if (join !== "-" && join !== "_") return void 0;
    if (!isUpper(text[at + 1])) break;
    at++;
  }
  if (!isDigit(text[at + 1])) return void 0;
  const prefixEnd = at;
  const separator = join;
  at++;
  const numberStart = at;
  for (; ; ) {
    const start = at;
    while (isDigit(text[at]) && at - start < 4) at++;
    if (at === start || isDigit(text[at])) return void 0;
    if (text[at] === "." && isDigit(text[at + 1])) {
      at++;
      continue;
    }
    break;
  }
  if (isWordChar(text[at]) || at > maxWord) return void 0;
  return { prefix: text.slice(0, prefixEnd), separator, number: text.slice(numberStart, at) };
}
function bareId(text) {
  let at = 0;
  let parts = 0;
  for (; ; ) {
    const start = at;
    while (isDigit(text[at]) && at - start < 3) at++;
    if (at === start) return false;
    parts++;
    if (text[at] === "." && isDigit(text[at + 1])) {
      at++;
      continue;
    }
    return at === text.length && parts >= 2 && parts <= 4;
  }
}
function unwrap(text) {
  let start = 0;
  let end = text.length;
  const skip = (char) => char === "*" || char === "_" || char === " " || char === "	";
  while (start < end && skip(text[start])) start++;
  while (end > start && skip(text[end - 1])) end--;
  return text.slice(start, end);
}
var listMarker = (text) => {
  if ((text[0] === "*" || text[0] === "+" || text[0] === "-") && (text[1] === " " || text[1] === "	"))
    return 2;
  let at = 0;
  while (isDigit(text[at]) && at < 9) at++;
  if (at > 0 && (text[at] === "." || text[at] === ")") && (text[at + 1] === " " || text[at + 1] === "	"))
    return at + 2;
  return 0;
};
var between = /* @__PURE__ */ new Set([")", "]", "*", "_", " ", "	", ":", ".", "-", "–", "—"]);
function leadingId(text) {
  let at = 0;
  while (at < text.length && at < 8 && (text[at] === "*" || text[at] === "_")) at++;
  if (text[at] === "(" || text[at] === "[") at++;
  const parts = explicitId(text.slice(at, at + maxWord + 1));
  if (!parts) return void 0;
  const id = parts.prefix + parts.separator + parts.number;
  let end = at + id.length;
  let separated = false;
  while (end < text.length && between.has(text[end] ?? "")) {
    const char = text[end] ?? "";
    if (char !== " " && char !== "	") separated = true;
    end++;
  }
  const next = text[end];
  if (!separated && next !== void 0 && !isUpper(next) && !isDigit(next) && next !== "`")
    return void 0;
  return { id, rest: text.slice(end) };
}
function rowId(trimmed) {
  const body = trimmed.startsWith("|") ? trimmed.slice(1) : trimmed;
  const bar = body.indexOf("|");
  if (bar === -1) return void 0;
  const cell = unwrap(body.slice(0, bar));
  const rest = body.slice(bar + 1);
  if (bareId(cell)) return { id: cell, rest, form: "row" };
  if (wholeId(cell)) return { id: cell, rest, form: "row" };
  if (!isCount(cell)) return void 0;
  const next = rest.indexOf("|");
  if (next === -1) return void 0;
  const second = unwrap(rest.slice(0, next));
  return wholeId(second) ? { id: second, rest: rest.slice(next + 1), form: "row" } : void 0;
}
function wholeId(cell) {
  const parts = cell.length <= maxWord ? explicitId(cell) : void 0;
  return parts !== void 0 && parts.prefix.length + parts.separator.length + parts.number.length === cell.length;
}
function isCount(cell) {
  const digits = cell.endsWith(".") ? cell.slice(0, -1) : cell;
  if (digits.length === 0 || digits.length > 4) return false;
  for (const char of digits) if (!isDigit(char)) return false;
  return true;
}
function definitionLine(raw) {
  const trimmed = raw.trim();
  if (trimmed.includes("|")) return rowId(trimmed);
  const start = listMarker(trimmed);
  const found = leadingId(trimmed.slice(start));
  return found ? { ...found, form: "line" } : void 0;
}
function definitionHeading(source) {
  const found = leadingId(source.trim());
  return found ? { ...found, form: "heading" } : void 0;
}

// src/suite/requirements.ts
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
    const parts = explicitId(row.id);
    const prefix = parts?.prefix ?? level;
    if (!prefix || !row.text) continue;
    const keyword = binding.exec(row.text)?.[1];
    found.push({
      id: parts ? row.id : `${prefix}-${row.id}`,
      document: file,
      text: row.text,
      binding: keyword !== void 0,
      keyword,
      prefix,
      separator: parts?.separator ?? "-",
      row: row.form === "row",
      leveled: prefix === level,
      line: row.line,
      column: row.column,
      endLine: row.endLine,
      endColumn: row.endColumn
    });
  }
  const counts = /* @__PURE__ */ new Map();
  for (const each of found) counts.set(each.prefix, (counts.get(each.prefix) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const own = level ? /* @__PURE__ */ new Set([level]) : new Set([...counts].filter(([, count]) => count === most).map(([prefix]) => prefix));
  return found.filter((each) => own.has(each.prefix) || states(each));
}
var modal = /\b(?:shall|must|should|may|will)\b/i;
function states(definition) {
  return modal.test(definition.text);
}
function buildRequirements(model, root, words) {
  const outline = model.outline(root, words);
  const documents = [...outline.documents];
  const packages = /* @__PURE__ */ new Set();
  for (const dir of outline.folders) {
    for (let each = dir; !packages.has(each); each = path.dirname(each)) {
      packages.add(each);
      if (each === root || path.dirname(each) === each) break;
    }
  }
  const byHome = /* @__PURE__ */ new Map();
  for (const file of documents) {
    const home = homeOf(path.dirname(file), root, packages);
    byHome.set(home, [...byHome.get(home) ?? [], file]);
  }
  const scopes = [...byHome].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(
    ([home, files]) => new LazyScope(
      home,
      files,
      () => definitionsOf(model, files),
      (each) => citationsOf(each)
    )
  );
  const homes = new Map(scopes.map((each) => [each.home, each]));
  const chains = /* @__PURE__ */ new Map();
  const chain = (dir) => {
    let found = chains.get(dir);
    if (!found) {
      found = [];
      for (let each = dir; ; each = path.dirname(each)) {
        const own = homes.get(each);
        if (own) found.push(own);
        if (each === root || path.dirname(each) === each) break;
      }
      chains.set(dir, found);
    }
    return found;
  };
  const resolving = (dir) => {
    const found = chain(dir);
    return found.length > 0 || scopes.length !== 1 ? found : scopes;
  };
  const citationsOf = (target) => {
    const cited = { citations: /* @__PURE__ */ new Map(), unresolved: [] };
    const prompts = model.scope(root).prompts;
    const candidates = scopes.length === 1 ? prompts : prompts.filter((file) => isInside(target.home, file));
    for (const file of candidates) {
      const resolved = resolving(path.dirname(file));
      if (!resolved.includes(target)) continue;
      for (const word of model.peek(file)?.requirements ?? []) {
        const found = resolve(resolved, word.value);
        if (found?.scope !== target) continue;
        const citation = { ...spanOf(word), id: word.value, file };
        if (found.id !== void 0) {
          for (const id of found.ids) {
            const list = cited.citations.get(id) ?? [];
            list.push(citation);
            cited.citations.set(id, list);
          }
        } else {
          cited.unresolved.push({
            ...citation,
            suggestion: found.suggestion,
            malformed: found.malformed,
            form: found.form?.id,
            document: found.form?.document,
            section: found.section
          });
        }
      }
    }
    return cited;
  };
  return { root, documents, scopes, chain, resolving };
}
function isInside(dir, file) {
  const relative = path.relative(dir, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
var LazyScope = class {
  constructor(home, documents, define, cite) {
    this.home = home;
    this.documents = documents;
    this.define = define;
    this.cite = cite;
  }
  home;
  documents;
  define;
  cite;
  defined;
  cited;
  get own() {
    return this.defined ??= this.define();
  }
  get definitions() {
    return this.own.definitions;
  }
  get byId() {
    return this.own.byId;
  }
  get duplicates() {
    return this.own.duplicates;
  }
  get schemes() {
    return this.own.schemes;
  }
  get normal() {
    return this.own.normal;
  }
  get sections() {
    return this.own.sections;
  }
  get citations() {
    return (this.cited ??= this.cite(this)).citations;
  }
  get unresolved() {
    return (this.cited ??= this.cite(this)).unresolved;
  }
};
function homeOf(dir, root, packages) {
  for (let each = dir; ; each = path.dirname(each)) {
    if (packages.has(each)) return each;
    if (each === root || path.dirname(each) === each) return root;
  }
}
function spanOf(span) {
  return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}
function definitionsOf(model, documents) {
  const all = documents.flatMap((file) => definitionsIn(file, model.facts(file)));
  const counts = /* @__PURE__ */ new Map();
  for (const each of all) {
    const entry = counts.get(each.prefix) ?? { count: 0, sure: false, separators: /* @__PURE__ */ new Map() };
    entry.count++;
    entry.sure ||= each.row || each.leveled;
    entry.separators.set(each.separator, (entry.separators.get(each.separator) ?? 0) + 1);
    counts.set(each.prefix, entry);
  }
  const schemes = /* @__PURE__ */ new Map();
  for (const [prefix, entry] of counts) {
    if (!entry.sure && entry.count < 2 && counts.size > 1) continue;
    const [separator] = [...entry.separators].sort((a, b) => b[1] - a[1])[0] ?? ["-"];
    schemes.set(prefix, separator);
  }
  const definitions = all.filter((each) => schemes.has(each.prefix));
  const byId = /* @__PURE__ */ new Map();
  const duplicates = [];
  const normal = /* @__PURE__ */ new Map();
  const sections = /* @__PURE__ */ new Set();
  for (const definition of definitions) {
    const first = byId.get(definition.id);
    if (first) {
      if (states(first) && states(definition)) duplicates.push({ definition, first });
      continue;
    }
    byId.set(definition.id, definition);
    const number = definition.id.slice(definition.prefix.length + definition.separator.length);
    const parts = number.split(".");
    for (let length = 1; length <= parts.length; length++) {
      const written = definition.prefix + definition.separator + parts.slice(0, length).join(".");
      if (length < parts.length) sections.add(written);
      const key = normalKey(definition.prefix, parts.slice(0, length).join("."));
      if (!normal.has(key) || length === parts.length) normal.set(key, written);
    }
  }
  const titles = /* @__PURE__ */ new Set();
  for (const id of sections) {
    const definition = byId.get(id);
    if (definition && !definition.row && !definition.binding) titles.add(definition);
  }
  for (const title of titles) byId.delete(title.id);
  return {
    definitions: definitions.filter((each) => !titles.has(each)),
    byId,
    duplicates,
    schemes,
    normal,
    sections
  };
}
function normalKey(prefix, number) {
  return prefix + " " + number.split(".").map((part) => String(Number(part))).join(".");
}
function readWord(word, prefix) {
  if (!word.startsWith(prefix) || word.length === prefix.length) return void 0;
  let rest = word.slice(prefix.length);
  let separator = "";
  const first = rest[0] ?? "";
  if (first === "-" || first === "_" || first === ".") {
    separator = first;
    rest = rest.slice(1);
  } else if (!/[A-Z]$/.test(prefix) || !/^\d/.test(rest)) {
    return void 0;
  }
  return /^\d{1,4}(?:\.\d{1,4}){0,4}$/.test(rest) ? { separator, number: rest } : void 0;
}
function resolve(chain, word) {
  let judge;
  for (const scope2 of chain) {
    let best;
    for (const prefix2 of scope2.schemes.keys()) {
      if (best && best.prefix.length >= prefix2.length) continue;
      const read = readWord(word, prefix2);
      if (read) best = { prefix: prefix2, ...read };
    }
    if (!best) continue;
    if (best.separator === scope2.schemes.get(best.prefix)) {
      if (scope2.byId.has(word)) return { scope: scope2, id: word, ids: [word] };
      if (scope2.sections.has(word)) {
        const ids = [...scope2.byId.keys()].filter((id) => id.startsWith(word + "."));
        return { scope: scope2, id: word, ids };
      }
    }
    judge ??= { scope: scope2, ...best };
  }
  if (!judge) return void 0;
  const { scope, prefix, separator, number } = judge;
  const expected = scope.schemes.get(prefix) ?? "-";
  const malformed = separator !== expected;
  const near = uniqueClosest(prefix + expected + number, scope.byId.keys());
  const suggestion = scope.normal.get(normalKey(prefix, number)) ?? (near && !oneDigitApart(near, prefix + expected + number) ? near : void 0);
  const form = scope.definitions.find((each) => each.prefix === prefix);
  return {
    scope,
    id: void 0,
    suggestion: suggestion === word ? void 0 : suggestion,
    malformed,
    form,
    section: suggestion ? void 0 : sectionOf(scope, prefix, number)
  };
}
function oneDigitApart(a, b) {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && long.startsWith(short) && /\d$/.test(long);
}
function sectionOf(scope, prefix, number) {
  const cut = number.lastIndexOf(".");
  if (cut === -1) return void 0;
  const id = scope.normal.get(normalKey(prefix, number.slice(0, cut)));
  if (!id || !scope.sections.has(id)) return void 0;
  const ids = [...scope.byId.keys()].filter((each) => each.startsWith(id + "."));
  return { id, first: ids[0] ?? id, last: ids.at(-1) ?? id };
}
function uniqueClosest(id, known) {
  const limit = id.length > 8 ? 2 : 1;
  let best;
  let bestDistance = Infinity;
  let ties = 0;
  for (const candidate of known) {
    if (Math.abs(candidate.length - id.length) > limit) continue;
    const distance = editDistance(id, candidate);
    if (distance > limit) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      ties = 0;
    } else if (distance === bestDistance) ties++;
  }
  return ties === 0 ? best : void 0;
}
function unresolvedIn(chain, file, words) {
  const found = [];
  for (const word of words) {
    const resolved = resolve(chain, word.value);
    if (!resolved || resolved.id !== void 0) continue;
    found.push({
      ...spanOf(word),
      id: word.value,
      file,
      suggestion: resolved.suggestion,
      malformed: resolved.malformed,
      form: resolved.form?.id,
      document: resolved.form?.document,
      section: resolved.section
    });
  }
  return found;
}
function scopeOfDocument(requirements, file) {
  return requirements.scopes.find((each) => each.documents.includes(file));
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
function isCited(scope, id) {
  return scope.citations.has(id) || scope.unresolved.some((each) => each.malformed && each.suggestion === id);
}
function isTraced(scope, document) {
  let binding2 = 0;
  let cited = 0;
  for (const definition of scope.byId.values()) {
    if (definition.document !== document || !definition.binding) continue;
    binding2++;
    if (isCited(scope, definition.id)) cited++;
  }
  return cited * 2 >= binding2;
}

export {
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
  stepNumbers,
  representative,
  learnScheme,
  narrowest,
  describeScheme,
  idWords,
  definitionLine,
  definitionHeading,
  didYouMean,
  defaultDocumentWords,
  isRequirementName,
  buildRequirements,
  unresolvedIn,
  scopeOfDocument,
  requirementOptions,
  isCited,
  isTraced
};
