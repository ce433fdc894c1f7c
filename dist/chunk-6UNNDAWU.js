import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  escapeControls
} from "./chunk-ABOGZFCS.js";
import {
  defaultDocumentWords,
  isCited,
  isTraced
} from "./chunk-5HIIY6MO.js";

// src/suite/trace.ts
import path from "node:path";
var order = { uncovered: 0, "not traced": 1, covered: 2, undefined: 3 };
function traceMatrix(model, dir, words = defaultDocumentWords) {
  const requirements = model.requirements(model.root(dir), words);
  const inside = requirements.scopes.filter((scope) => isInside(dir, scope.home));
  const nearest = requirements.chain(dir)[0];
  return traceRows(inside.length > 0 ? inside : nearest ? [nearest] : []);
}
function traceRows(scopes) {
  const rows = [];
  for (const scope of scopes) {
    const traced = new Map(scope.documents.map((file) => [file, isTraced(scope, file)]));
    for (const definition of scope.byId.values()) {
      const citations = scope.citations.get(definition.id) ?? [];
      const binding = definition.binding && traced.get(definition.document) === true && !isCited(scope, definition.id);
      rows.push({
        id: definition.id,
        status: citations.length > 0 ? "covered" : binding ? "uncovered" : "not traced",
        definition,
        prompts: filesOf(citations),
        citations
      });
    }
    const unresolved = /* @__PURE__ */ new Map();
    for (const citation of scope.unresolved) {
      unresolved.set(citation.id, [...unresolved.get(citation.id) ?? [], citation]);
    }
    for (const id of [...unresolved.keys()].sort(compareIds)) {
      const citations = unresolved.get(id) ?? [];
      rows.push({
        id,
        status: "undefined",
        definition: void 0,
        prompts: filesOf(citations),
        citations
      });
    }
  }
  return rows.sort((a, b) => order[a.status] - order[b.status]);
}
function isInside(parent, child) {
  const relative = path.relative(parent, child);
  return !relative.startsWith("..") && !path.isAbsolute(relative);
}
function filesOf(citations) {
  return [...new Set(citations.map((each) => each.file))].sort();
}
function compareIds(a, b) {
  return a.localeCompare(b, "en", { numeric: true });
}
function traceCounts(rows) {
  return {
    requirements: rows.filter((row) => row.definition).length,
    binding: rows.filter((row) => row.definition?.binding).length,
    uncovered: rows.filter((row) => row.status === "uncovered").length,
    undefined: rows.filter((row) => row.status === "undefined").length
  };
}
var maxText = 72;
function formatTrace(rows, cwd) {
  if (rows.length === 0) return "No requirement documents.\n";
  const counts = traceCounts(rows);
  const lines = [
    `${counts.requirements} requirements, ${counts.binding} binding (shall/must), ${counts.uncovered} uncovered` + (counts.undefined > 0 ? `, ${counts.undefined} cited but not defined` : "")
  ];
  for (const row of rows) {
    const keyword = row.definition?.keyword ? ` (${row.definition.keyword.toLowerCase()})` : "";
    const where = row.definition ? `  ${shown(cwd, row.definition.document)}:${row.definition.line}` : "";
    lines.push("", `${row.id}  ${row.status}${keyword}${where}`);
    if (row.definition) lines.push("  " + truncate(row.definition.text));
    for (const file of row.prompts) lines.push("  ← " + shown(cwd, file));
  }
  return lines.map(escapeControls).join("\n") + "\n";
}
function formatTraceMarkdown(rows, cwd) {
  if (rows.length === 0) return "";
  const cell = (text) => escapeControls(text).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[`*_[\]<>]/g, (char) => "\\" + char);
  const lines = ["| Requirement | Status | Prompts |", "|---|---|---|"];
  for (const row of rows) {
    const status = row.status + (row.definition?.keyword ? ` (${row.definition.keyword.toLowerCase()})` : "");
    const prompts = row.prompts.map((file) => cell(shown(cwd, file))).join("<br>") || "—";
    lines.push(`| ${cell(row.id)} | ${cell(status)} | ${prompts} |`);
  }
  return lines.join("\n") + "\n";
}
function shown(cwd, file) {
  return path.relative(cwd, file).split(path.sep).join("/");
}
function truncate(text) {
  return text.length > maxText ? text.slice(0, maxText - 1) + "…" : text;
}

export {
  traceMatrix,
  traceRows,
  traceCounts,
  formatTrace,
  formatTraceMarkdown
};
