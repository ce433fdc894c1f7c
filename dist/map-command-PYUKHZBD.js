import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  failed,
  parse
} from "./chunk-4MIHKED7.js";
import "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-HEOK2BZU.js";
import {
  traceRows
} from "./chunk-6UNNDAWU.js";
import "./chunk-ABOGZFCS.js";
import {
  loadConfig,
  relativePath
} from "./chunk-6QA43UNW.js";
import "./chunk-AUMU3A5I.js";
import {
  createLinter
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
  collectFiles,
  requirementWords
} from "./chunk-BEMMNZVQ.js";
import "./chunk-5HIIY6MO.js";
import "./chunk-L4DFUNMN.js";

// src/cli/map-command.ts
import path3 from "node:path";

// src/map/html.ts
var entities = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(value) {
  return value.replace(/[&<>"']/g, (char) => entities[char]);
}
var css = `body{font:14px system-ui,sans-serif;margin:2em;color:#222}
section{margin:0 0 2em}h2{font-size:1.1em}
.row{display:flex;flex-wrap:wrap;gap:.5em;align-items:flex-start}
.node{border:1px solid #888;border-radius:4px;padding:.3em .6em;background:#fff}
.node ul{margin:.3em 0 0;padding-left:1.2em;font-size:.9em}
.preprompt{background:#eef}.red{background:#fee}.green{background:#efe}.plan{background:#ffd}
.missing,.stale{border-style:dashed}.marked{border:3px solid #d00}
span.marked{border-width:0 0 2px;color:#b00}
.arrow{align-self:center;color:#888}`;
function html({ maps, more }, title = "tdd-prompt-lint map") {
  const sections = maps.map(section).join("\n");
  const rest = more > 0 ? `<p>${more} more suites not drawn.</p>
` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${sections}
${rest}</body>
</html>
`;
}
function section(map) {
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const referenced = new Set(map.edges.filter((edge) => edge.dotted).map((edge) => edge.to));
  const refsOf = (node) => map.edges.filter((edge) => edge.dotted && edge.from === node.id).map((edge) => byId.get(edge.to)).filter((each) => each !== void 0);
  const shown = /* @__PURE__ */ new Set();
  const item = (node) => {
    shown.add(node.id);
    const refs = refsOf(node).filter((ref) => !shown.has(ref.id));
    const list = refs.length ? `<ul>${refs.map((ref) => `<li>${item(ref)}</li>`).join("")}</ul>` : "";
    return `<span class="${classOf(node)}">${escapeHtml(node.label)}</span>${list}`;
  };
  const boxes = map.nodes.filter((node) => !referenced.has(node.id)).map((node) => `<div class="node ${classOf(node)}">${item(node)}</div>`);
  return `<section>
<h2>${escapeHtml(map.label)}</h2>
<div class="row">${boxes.join('<span class="arrow">→</span>')}</div>
</section>`;
}
function classOf(node) {
  return node.marked ? `${node.kind} marked` : node.kind;
}

// src/map/map.ts
import path from "node:path";
var defaultLimits = { suites: 20, steps: 40, requirements: 30 };
var maxLabel = 60;
function suiteMaps(input) {
  const limits = { ...defaultLimits, ...input.limits };
  let next = 0;
  const id = () => `n${++next}`;
  const maps = input.suites.slice(0, limits.suites).map((dir) => suiteMap(dir, input, limits, id));
  return { maps, more: Math.max(input.suites.length - limits.suites, 0) };
}
function suiteMap(dir, input, limits, id) {
  const { model, flagged } = input;
  const nodes = [];
  const edges = [];
  const add = (kind, label, marked) => {
    const node = { id: id(), kind, label: cut(label), marked };
    nodes.push(node);
    return node.id;
  };
  const link = (from, to, dotted = false) => edges.push({ from, to, dotted });
  const preprompt = model.preprompt(dir);
  let last = preprompt ? add(
    "preprompt",
    `preprompt${path.dirname(preprompt.file) === dir ? "" : " (borrowed)"}: ${path.basename(preprompt.file)}`,
    flagged.has(preprompt.file)
  ) : add("missing", "no preprompt", true);
  const folder = model.folder(dir);
  const numbers = [...folder.byNumber.keys()].sort((a, b) => a - b);
  const requirementNodes = /* @__PURE__ */ new Map();
  let requirementsLeft = 0;
  const cite = (from, file) => {
    for (const mention of model.facts(file)?.requirements ?? []) {
      let node = requirementNodes.get(mention.value);
      if (!node) {
        if (requirementNodes.size >= limits.requirements) {
          requirementsLeft++;
          continue;
        }
        const row = input.trace?.find((each) => each.id === mention.value);
        node = add("requirement", mention.value, row?.status === "undefined");
        requirementNodes.set(mention.value, node);
      }
      link(from, node, true);
    }
  };
  for (const number of numbers.slice(0, limits.steps)) {
    const prompts = folder.byNumber.get(number) ?? [];
    const two = String(number).padStart(2, "0");
    const step = (kind) => prompts.filter(
      (prompt) => kind === "foundation" ? !["red", "green"].includes(prompt.kind) : prompt.kind === kind
    ).map((prompt) => {
      const file = path.join(dir, prompt.name);
      const node = add(kind, `${two} ${kind}: ${prompt.slug}`, flagged.has(file));
      cite(node, file);
      return node;
    });
    const reds = step("red");
    const foundations = step("foundation");
    const greens = step("green");
    if (reds.length > 0 && greens.length === 0)
      greens.push(add("missing", `${two} green missing`, true));
    const first = reds[0] ?? foundations[0] ?? greens[0];
    if (last && first) link(last, first);
    for (const red of reds) for (const green of greens) link(red, green);
    last = greens.at(-1) ?? foundations.at(-1) ?? reds.at(-1) ?? last;
  }
  if (numbers.length > limits.steps) {
    const more = add("more", `${numbers.length - limits.steps} more steps`, false);
    if (last) link(last, more);
  }
  if (requirementsLeft > 0) add("more", `${requirementsLeft} more requirement citations`, false);
  for (const row of input.trace ?? []) {
    if (row.status !== "uncovered" || requirementNodes.has(row.id)) continue;
    if (!row.definition || !isAtOrAbove(path.dirname(row.definition.document), dir)) continue;
    if (requirementNodes.size >= limits.requirements) break;
    requirementNodes.set(row.id, add("requirement", `${row.id} uncovered`, true));
  }
  for (const plan of model.plans(dir)) {
    const node = add("plan", `plan: ${path.basename(plan.file)}`, flagged.has(plan.file));
    if (preprompt && nodes[0]) link(nodes[0].id, node, true);
    const stale = plan.entries.filter((entry) => entry.file === void 0);
    for (const entry of stale.slice(0, limits.steps)) {
      link(node, add("stale", `stale entry: ${entry.written}`, true), true);
    }
    if (stale.length > limits.steps)
      add("more", `${stale.length - limits.steps} more stale entries`, true);
  }
  return { label: relativePath(input.cwd, dir) || ".", nodes, edges };
}
function isAtOrAbove(folder, dir) {
  const relative = path.relative(folder, dir);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
}
function cut(label) {
  const chars = [...label];
  return chars.length > maxLabel ? chars.slice(0, maxLabel - 1).join("") + "…" : label;
}
function mermaidLabel(label) {
  return [...label].map((char) => /^[\p{L}\p{N} _.,:/()-]$/u.test(char) ? char : `#${char.codePointAt(0)};`).join("");
}
var styles = {
  preprompt: "fill:#eef,stroke:#558",
  red: "fill:#fee,stroke:#a55",
  green: "fill:#efe,stroke:#5a5",
  foundation: "fill:#f6f6f6,stroke:#888",
  plan: "fill:#ffd,stroke:#aa5",
  requirement: "fill:#fff,stroke:#888",
  missing: "fill:#fff,stroke:#d00,stroke-dasharray:4 3",
  stale: "fill:#fff,stroke:#d00,stroke-dasharray:4 3",
  more: "fill:#fff,stroke:#bbb"
};
function mermaid({ maps, more }) {
  const lines = ["flowchart LR"];
  for (const [kind, style] of Object.entries(styles)) lines.push(`  classDef ${kind} ${style}`);
  lines.push("  classDef marked stroke:#d00,stroke-width:3px");
  maps.forEach((map, index) => {
    lines.push(`  subgraph s${index + 1}["${mermaidLabel(map.label)}"]`, "    direction LR");
    for (const node of map.nodes) {
      lines.push(`    ${node.id}["${mermaidLabel(node.label)}"]:::${node.kind}`);
    }
    for (const edge of map.edges) {
      lines.push(`    ${edge.from} ${edge.dotted ? "-.->" : "-->"} ${edge.to}`);
    }
    lines.push("  end");
    const marked = map.nodes.filter((node) => node.marked).map((node) => node.id);
    if (marked.length > 0) lines.push(`  class ${marked.join(",")} marked`);
  });
  if (more > 0) lines.push(`  more["${more} more suites not drawn"]:::more`);
  return lines.join("\n") + "\n";
}

// src/suite/scoped-trace.ts
import path2 from "node:path";
function traceInScope(model, suites, words) {
  const inScope = new Set(suites);
  const rows = /* @__PURE__ */ new Map();
  for (const root of new Set(suites.map((dir) => model.root(dir)))) {
    const here = suites.filter((dir) => model.root(dir) === root);
    const requirements = model.requirements(root, words);
    const resolved = new Set(here.flatMap((dir) => requirements.resolving(dir)));
    const matrix = traceRows(requirements.scopes.filter((scope) => resolved.has(scope)));
    if (matrix.length === 0) continue;
    const documentFolders = new Set(
      matrix.flatMap((row) => row.definition ? [path2.dirname(row.definition.document)] : [])
    );
    const nearest = /* @__PURE__ */ new Set();
    for (const dir of here) {
      for (let at = dir; ; at = path2.dirname(at)) {
        if (documentFolders.has(at)) {
          nearest.add(at);
          break;
        }
        if (at === root || path2.dirname(at) === at) break;
      }
    }
    for (const row of matrix) {
      const cited = row.prompts.some((file) => inScope.has(path2.dirname(file)));
      const local = row.status !== "covered" && row.definition !== void 0 && nearest.has(path2.dirname(row.definition.document));
      if ((cited || local) && !rows.has(row.id)) {
        rows.set(row.id, {
          ...row,
          prompts: row.prompts.filter((file) => inScope.has(path2.dirname(file)))
        });
      }
    }
  }
  return [...rows.values()];
}

// src/cli/map-command.ts
var mapUsage = `Usage: tdd-prompt-lint map [options] [paths...]

Draw each suite under the paths (default: the configured suites, else the
current folder): its preprompt, its steps in order (red → green), foundation
prompts, its plans and their stale entries, and the requirements each step
cites. What has a finding is marked. At most 20 suites, 40 steps and 30
requirements a suite are drawn; the rest is counted.

Options:
  -f, --format NAME    mermaid (default) or html (a self-contained page)
  -c, --config FILE    configuration file (default: the first found from the
                       working directory up)
  -h, --help           show this help
`;
var formats = ["mermaid", "html"];
async function runMap(argv, cwd, streams) {
  try {
    const parsed = parse(argv, {
      format: { type: "string", short: "f" },
      config: { type: "string", short: "c" },
      help: { type: "boolean", short: "h" }
    });
    const { values, positionals } = parsed;
    if (values.help) {
      streams.stdout.write(mapUsage);
      return 0;
    }
    const format = values.format ?? "mermaid";
    if (!formats.includes(format)) {
      throw new Error(
        `unknown format \`${format}\` for \`--format\`, expected one of ${formats.map((each) => `\`${each}\``).join(", ")}`
      );
    }
    const maps = await mapOf(positionals, cwd, values.config);
    streams.stdout.write(format === "html" ? html(maps) : mermaid(maps));
    return 0;
  } catch (error) {
    return failed(argv, streams, error);
  }
}
async function mapOf(paths, cwd, configFile) {
  const config = loadConfig(cwd, configFile, paths[0]);
  const { files, problems } = await collectFiles(paths, { cwd, config });
  if (files.length === 0 && problems.length > 0) {
    throw new Error(`${problems[0].path}: ${problems[0].reason}`);
  }
  const linter = createLinter(config.settings, cwd);
  const results = await lintFiles(files, config.settings, cwd, {
    concurrency: resolveConcurrency("auto", files.length),
    linter
  });
  const flagged = new Set(
    results.filter((file) => file.messages.length > 0).map((file) => path3.resolve(file.cwd, file.path))
  );
  const suites = [...new Set(files.map((file) => path3.dirname(path3.resolve(cwd, file))))].sort();
  const trace = traceInScope(linter.model, suites, requirementWords(config.settings));
  return suiteMaps({ model: linter.model, suites, cwd, flagged, trace });
}
export {
  mapUsage,
  runMap
};
