import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  linkTarget
} from "./chunk-BEMMNZVQ.js";
import {
  canonicalName
} from "./chunk-5HIIY6MO.js";

// src/fix/plan.ts
import fs from "node:fs";
import path from "node:path";

// src/fix/text.ts
var bom = "\uFEFF";
function splitBom(raw) {
  return raw.startsWith(bom) ? { bom, body: raw.slice(1) } : { bom: "", body: raw };
}
function lineStarts(body) {
  const starts = [0];
  for (const match of body.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}
function offsetOf(starts, body, point) {
  const lineStart = starts[point.line - 1];
  if (lineStart === void 0 || point.column < 1) return void 0;
  const next = starts[point.line];
  const lineEnd = next === void 0 ? body.length : lineEndOf(body, next);
  const offset = lineStart + point.column - 1;
  return offset <= lineEnd ? offset : void 0;
}
function lineEndOf(body, nextStart) {
  if (body[nextStart - 1] === "\n" && body[nextStart - 2] === "\r") return nextStart - 2;
  return nextStart - 1;
}
function normalize(replacements) {
  const sorted = [...replacements].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept = [];
  for (const each of sorted) {
    const last = kept.at(-1);
    if (last && last.start === each.start && last.end === each.end && last.text === each.text)
      continue;
    if (last && each.start < last.end) return `${last.why} and ${each.why} change the same text`;
    kept.push(each);
  }
  return kept;
}
function applyReplacements(body, replacements) {
  let out = "";
  let at = 0;
  for (const each of replacements) {
    out += body.slice(at, each.start) + each.text;
    at = each.end;
  }
  return out + body.slice(at);
}

// src/fix/plan.ts
var replacing = /* @__PURE__ */ new Set(["title", "phase", "prompt-links", "plan-entries", "stale-reference"]);
function isConflict(result) {
  return "conflicts" in result;
}
var diskReader = (file) => {
  try {
    if (fs.lstatSync(file).isSymbolicLink()) return void 0;
    return fs.readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
};
function planFixes(results, model, options = {}) {
  const read = options.read ?? diskReader;
  const show = shower(options.cwd);
  const folders = new Set(
    results.filter((file) => file.path).map((file) => path.dirname(absolute(file)))
  );
  const renames = [];
  for (const file of results) {
    if (!file.path || !file.messages.some((message) => message.ruleId === "file-name")) continue;
    const from = absolute(file);
    const prompt = model.prompt(from);
    if (!prompt || Number.isNaN(prompt.number)) continue;
    const dir = path.dirname(from);
    const name = canonicalName(prompt, model.folder(dir).prefix, model.names(dir).scheme);
    if (name.includes("<") || name === prompt.name) continue;
    renames.push({ from, to: path.join(path.dirname(from), name) });
  }
  const conflicts = renameConflicts(renames, model, show);
  if (conflicts.length > 0) return { conflicts };
  const replacements = /* @__PURE__ */ new Map();
  const add = (file, replacement) => {
    const list = replacements.get(file) ?? [];
    list.push(replacement);
    replacements.set(file, list);
  };
  const body = bodyReader(read);
  const scanned = markdownFiles(model, folders);
  for (const [file, list] of referenceReplacements(renames, scanned, model, body, show)) {
    for (const each of list) add(file, each);
  }
  const renamed = new Map(renames.map((each) => [each.from, each.to]));
  for (const file of results) {
    if (!file.path) continue;
    const own = absolute(file);
    const text = body(own);
    if (text === void 0) continue;
    const starts = lineStarts(text);
    for (const message of file.messages) {
      const replacement = messageReplacement(message, own, text, starts, renamed, show);
      if (replacement) add(own, replacement);
    }
  }
  return buildPlan(renames, replacements, read);
}
function renameConflicts(renames, model, show) {
  const conflicts = [];
  const vacated = new Set(renames.map((each) => each.from));
  const byTarget = /* @__PURE__ */ new Map();
  for (const { from, to } of renames) byTarget.set(to, [...byTarget.get(to) ?? [], from]);
  for (const [to, froms] of byTarget) {
    if (froms.length > 1) {
      conflicts.push(
        `${froms.map((from) => `\`${show(from)}\``).join(" and ")} would both be renamed to \`${show(to)}\``
      );
    } else if (model.exists(to) && !vacated.has(to)) {
      conflicts.push(
        `\`${show(froms[0] ?? "")}\` would be renamed to \`${show(to)}\`, which exists`
      );
    }
  }
  return conflicts;
}
function referenceReplacements(renames, files, model, body, show) {
  const found = /* @__PURE__ */ new Map();
  if (renames.length === 0) return found;
  const byFrom = new Map(renames.map((each) => [each.from, each.to]));
  const byName = /* @__PURE__ */ new Map();
  for (const each of renames) {
    const name = path.basename(each.from);
    byName.set(name, [...byName.get(name) ?? [], each]);
  }
  for (const file of files) {
    const facts = model.facts(file);
    const text = body(file);
    if (!facts || text === void 0) continue;
    const starts = lineStarts(text);
    const dir = path.dirname(file);
    const list = [];
    const linkSpans = [];
    for (const link of facts.links) {
      const start = offsetOf(starts, text, link);
      const end = offsetOf(starts, text, { line: link.endLine, column: link.endColumn });
      if (start === void 0 || end === void 0) continue;
      linkSpans.push([start, end]);
      const target = linkTarget(link.value, dir);
      const to = target && byFrom.get(target);
      if (!to) continue;
      const at = text.slice(start, end).indexOf(link.value);
      if (at === -1) continue;
      const pathPart = link.value.replace(/[?#].*$/, "");
      const nameStart = start + at + pathPart.lastIndexOf("/") + 1;
      list.push({
        start: nameStart,
        end: start + at + pathPart.length,
        text: encodeURIComponent(path.basename(to)),
        why: `the link to \`${show(target)}\` in \`${show(file)}\``
      });
    }
    for (const mention of facts.promptNames) {
      const start = offsetOf(starts, text, mention);
      const end = offsetOf(starts, text, { line: mention.endLine, column: mention.endColumn });
      if (start === void 0 || end === void 0) continue;
      if (linkSpans.some(([from, to]) => start < to && end > from)) continue;
      const candidates = byName.get(mention.value) ?? [];
      const here = candidates.filter((each) => path.dirname(each.from) === dir);
      const written = mention.folder ? path.resolve(dir, mention.folder, mention.value) : void 0;
      const meant = mention.external ? void 0 : written ? candidates.find((each) => each.from === written) : here.length === 1 ? here[0] : candidates.length === 1 ? candidates[0] : void 0;
      if (!meant) continue;
      const source = text.slice(start, end);
      const name = path.basename(meant.to);
      list.push({
        start,
        end,
        text: source.includes("\\_") ? name.replace(/_/g, "\\_") : name,
        why: `the mention of \`${show(meant.from)}\` in \`${show(file)}\``
      });
    }
    if (list.length > 0) found.set(file, list);
  }
  return found;
}
function markdownFiles(model, folders) {
  const files = [];
  for (const dir of folders) {
    const folder = model.folder(dir);
    files.push(...folder.prompts.map((prompt) => path.join(dir, prompt.name)), ...folder.documents);
  }
  return [...new Set(files)].sort();
}
function buildPlan(renames, replacements, read) {
  const edits = /* @__PURE__ */ new Map();
  const conflicts = [];
  for (const [file, list] of [...replacements].sort((a, b) => a[0] < b[0] ? -1 : 1)) {
    const raw = read(file);
    if (raw === void 0) continue;
    const sorted = normalize(list);
    if (typeof sorted === "string") {
      conflicts.push(sorted);
      continue;
    }
    const { bom: bom2, body } = splitBom(raw);
    const text = bom2 + applyReplacements(body, sorted);
    if (text !== raw) edits.set(file, text);
  }
  if (conflicts.length > 0) return { conflicts };
  return { renames: [...renames].sort((a, b) => a.from < b.from ? -1 : 1), edits };
}
function messageReplacement(message, file, text, starts, renamed, show) {
  const value = message.expected?.length === 1 ? message.expected[0] : void 0;
  const place = message.place;
  if (value === void 0 || !message.ruleId || !replacing.has(message.ruleId)) return void 0;
  if (!place || !("start" in place)) return void 0;
  if (value === "" && message.ruleId === "plan-entries") {
    const from = starts[place.start.line - 1];
    if (from === void 0) return void 0;
    return {
      start: from,
      end: starts[place.start.line] ?? text.length,
      text: "",
      why: `the plan-entries fix at ${place.start.line}:${place.start.column} of \`${show(file)}\``
    };
  }
  const start = offsetOf(starts, text, place.start);
  const end = offsetOf(starts, text, place.end);
  if (start === void 0 || end === void 0 || end < start) return void 0;
  let replacement = value;
  if (message.ruleId === "prompt-links") {
    const target = linkTarget(value, path.dirname(file));
    const to = target && renamed.get(target);
    if (to) {
      const pathPart = value.replace(/[?#].*$/, "");
      replacement = pathPart.slice(0, pathPart.lastIndexOf("/") + 1) + encodeURIComponent(path.basename(to)) + value.slice(pathPart.length);
    }
  }
  return {
    start,
    end,
    text: replacement,
    why: `the ${message.ruleId} fix at ${place.start.line}:${place.start.column} of \`${show(file)}\``
  };
}
function absolute(file) {
  return path.resolve(file.cwd, file.path);
}
function bodyReader(read) {
  const bodies = /* @__PURE__ */ new Map();
  return (file) => {
    if (!bodies.has(file)) {
      const raw = read(file);
      bodies.set(file, raw === void 0 ? void 0 : splitBom(raw).body);
    }
    return bodies.get(file);
  };
}
function shower(cwd) {
  return (file) => cwd ? (path.relative(cwd, file) || path.basename(file)).split(path.sep).join("/") : path.basename(file);
}

export {
  lineStarts,
  offsetOf,
  isConflict,
  diskReader,
  planFixes,
  renameConflicts,
  referenceReplacements,
  markdownFiles,
  buildPlan,
  bodyReader,
  shower
};
