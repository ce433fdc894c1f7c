import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  canonicalName,
  defineRule,
  isMarkdownName,
  meantBy,
  noOptions,
  parsePromptName,
  shown
} from "./chunk-GPUK42N5.js";

// rules/prompt-links.ts
import path2 from "node:path";

// src/markdown.ts
import path from "node:path";

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value, options) {
  const settings = options || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value, includeImageAlt, includeHtml);
}
function one(value, includeImageAlt, includeHtml) {
  if (node(value)) {
    if ("value" in value) {
      return value.type === "html" && !includeHtml ? "" : value.value;
    }
    if (includeImageAlt && "alt" in value && value.alt) {
      return value.alt;
    }
    if ("children" in value) {
      return all(value.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value)) {
    return all(value, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index = -1;
  while (++index < values.length) {
    result[index] = one(values[index], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value) {
  return Boolean(value && typeof value === "object");
}

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test) {
    if (test === null || test === void 0) {
      return ok;
    }
    if (typeof test === "function") {
      return castFactory(test);
    }
    if (typeof test === "object") {
      return Array.isArray(test) ? anyFactory(test) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test
        )
      );
    }
    if (typeof test === "string") {
      return typeFactory(test);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index = -1;
  while (++index < tests.length) {
    checks[index] = convert(tests[index]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index2 = -1;
    while (++index2 < checks.length) {
      if (checks[index2].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check
  );
  return castFactory(all2);
  function all2(node2) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node2
    );
    let key;
    for (key in check) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false;
    }
    return true;
  }
}
function typeFactory(check) {
  return castFactory(type);
  function type(node2) {
    return node2 && node2.type === check;
  }
}
function castFactory(testFunction) {
  return check;
  function check(value, index, parent) {
    return Boolean(
      looksLikeANode(value) && testFunction.call(
        this,
        value,
        typeof index === "number" ? index : void 0,
        parent || void 0
      )
    );
  }
}
function ok() {
  return true;
}
function looksLikeANode(value) {
  return value !== null && typeof value === "object" && "type" in value;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d) {
  return "\x1B[33m" + d + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [];
var CONTINUE = true;
var EXIT = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check;
  let visitors;
  let enter;
  let exit;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is2 = convert(check);
  const step = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node2, index, parents) {
    const value = (
      /** @type {Record<string, unknown>} */
      node2 && typeof node2 === "object" ? node2 : {}
    );
    if (typeof value.type === "string") {
      const name = (
        // `hast`
        typeof value.tagName === "string" ? value.tagName : (
          // `xast`
          typeof value.name === "string" ? value.name : void 0
        )
      );
      Object.defineProperty(visit2, "name", {
        value: "node (" + color(node2.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit2;
    function visit2() {
      const matches = !check || is2(node2, index, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches) {
        result = toResult(enter(node2, parents, index));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node2 && node2.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node2
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step;
          }
        }
      }
      if (exit && matches) {
        const exitResult = toResult(exit(node2, parents, index));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult(value) {
  if (Array.isArray(value)) {
    return value;
  }
  if (typeof value === "number") {
    return [CONTINUE, value];
  }
  return value === null || value === void 0 ? empty : [value];
}

// node_modules/unist-util-visit/lib/index.js
function visit(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, maybeReverse) {
  let check;
  let visitors;
  let reverse;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    reverse = maybeReverse;
  } else {
    visitors = /** @type {Visitor | Visitors} */
    testOrEnterOrVisitors;
    reverse = enterOrVisitorsOrReverse;
  }
  if (typeof visitors === "function") {
    visitParents(tree, check, wrap(visitors), reverse);
  } else {
    visitParents(tree, check, wrapVisitors(visitors), reverse);
  }
}
function wrapVisitors(visitors) {
  if (!visitors || typeof visitors !== "object") return visitors;
  return {
    enter: typeof visitors.enter === "function" ? wrap(visitors.enter) : visitors.enter,
    exit: typeof visitors.exit === "function" ? wrap(visitors.exit) : visitors.exit
  };
}
function wrap(visitor) {
  return overload;
  function overload(node2, parents, index) {
    return visitor(node2, index, parents[parents.length - 1]);
  }
}

// src/markdown.ts
var outlines = /* @__PURE__ */ new WeakMap();
var linkLists = /* @__PURE__ */ new WeakMap();
function outline(tree) {
  let found = outlines.get(tree);
  if (!found) {
    found = computeOutline(tree);
    outlines.set(tree, found);
  }
  return found;
}
function computeOutline(tree) {
  const children = tree.children;
  const headings = [];
  children.forEach((node2, index) => {
    if (node2.type === "heading") headings.push(index);
  });
  const first = headings[0] === void 0 ? void 0 : children[headings[0]];
  const title = first && first.depth === 1 ? first : void 0;
  const sections = [];
  for (const index of headings) {
    const node2 = children[index];
    if (node2 === title) continue;
    let end = index + 1;
    while (end < children.length) {
      const next = children[end];
      if (next.type === "heading" && next.depth <= node2.depth) break;
      end++;
    }
    const content = children.slice(index + 1, end);
    sections.push({
      text: toString(node2).trim(),
      depth: node2.depth,
      node: node2,
      content,
      empty: !content.some(isContent)
    });
  }
  return { title, sections };
}
function isContent(node2) {
  if (node2.type === "heading" || node2.type === "yaml") return false;
  if (node2.type === "html") return !/^\s*(<!--[\s\S]*?-->\s*)*$/.test(node2.value);
  return true;
}
function links(tree, dir) {
  let byDir = linkLists.get(tree);
  if (!byDir) {
    byDir = /* @__PURE__ */ new Map();
    linkLists.set(tree, byDir);
  }
  let found = byDir.get(dir);
  if (!found) {
    found = computeLinks(tree, dir);
    byDir.set(dir, found);
  }
  return found;
}
function computeLinks(tree, dir) {
  const found = [];
  visit(tree, (node2) => {
    if (node2.type === "link" || node2.type === "definition") {
      found.push({ url: node2.url, target: resolveTarget(node2.url, dir), position: node2.position });
    }
  });
  return found;
}
function resolveTarget(url, dir) {
  if (!url || url.startsWith("#") || url.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(url)) {
    return void 0;
  }
  let file = url.replace(/[?#].*$/, "");
  try {
    file = decodeURIComponent(file);
  } catch {
  }
  return file ? path.resolve(dir, file) : void 0;
}

// rules/prompt-links.ts
var rule = defineRule(
  {
    id: "prompt-links",
    description: "Checks that every relative link in a prompt file to a markdown file points at one that exists.",
    ...noOptions
  },
  function(tree, file, _options, model) {
    if (!file.path) return;
    const own = path2.resolve(file.cwd, file.path);
    if (!model.prompt(own)) return;
    const dir = path2.dirname(own);
    for (const link of links(tree, dir)) {
      const target = link.target;
      if (!target || !isMarkdownName(target) || target === own || model.exists(target)) continue;
      const folder = model.folder(path2.dirname(target));
      const wanted = parsePromptName(path2.basename(target));
      if (wanted && accountedFor(folder, wanted, model.preprompt(folder.dir) !== void 0)) continue;
      const meant = wanted && meantBy(folder, wanted);
      const written = shown(dir, target);
      const replacement = meant && shown(dir, path2.join(folder.dir, meant.name));
      const url = urlPlace(String(file.value ?? ""), link.position, link.url);
      const message = file.message(
        replacement ? `Unexpected link to missing \`${written}\`, expected \`${replacement}\`` : `Unexpected link to missing \`${written}\``,
        { place: url ?? link.position }
      );
      if (url && replacement) message.expected = [replacement + link.url.replace(/^[^?#]*/, "")];
    }
  }
);
var prompt_links_default = rule;
function urlPlace(source, position, url) {
  const start = position?.start;
  const end = position?.end;
  if (start?.offset === void 0 || end?.offset === void 0 || !url) return void 0;
  const segment = source.slice(start.offset, end.offset);
  const at = segment.lastIndexOf(url);
  if (at === -1) return void 0;
  const before = segment.slice(0, at);
  const lines = before.split(/\r\n|\r|\n/);
  const line = start.line + lines.length - 1;
  const column = (lines.length === 1 ? start.column : 1) + (lines.at(-1)?.length ?? 0);
  return {
    start: { line, column, offset: start.offset + at },
    end: { line, column: column + url.length, offset: start.offset + at + url.length }
  };
}
function accountedFor(folder, wanted, hasPreprompt) {
  if (wanted.kind === "preprompt" && !hasPreprompt && folder.prompts.length > 0) return true;
  return folder.prompts.some((each) => canonicalName(each, folder.prefix) === wanted.name);
}

export {
  toString,
  convert,
  EXIT,
  visit,
  outline,
  links,
  prompt_links_default
};
