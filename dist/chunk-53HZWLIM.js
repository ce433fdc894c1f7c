import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);

// src/scaffold/placeholder.ts
function placeholder(hint) {
  return hint ? `<!-- fill in: ${hint} -->` : "<!-- fill in -->";
}
function placeholders(text) {
  const found = [];
  for (let at = text.indexOf("<!--"); at !== -1; ) {
    const end = text.indexOf("-->", at + 4);
    if (end === -1) break;
    const inner = text.slice(at + 4, end).replace(/\s+/g, " ").trim();
    if (/^fill in\b/i.test(inner)) found.push({ offset: at, length: end + 3 - at, text: inner });
    at = text.indexOf("<!--", end + 3);
  }
  return found;
}
function placeholdersIn(tree) {
  const found = [];
  for (const node of htmlNodes(tree)) {
    const start = node.position?.start;
    if (!start) continue;
    for (const each of placeholders(node.value)) {
      found.push({
        text: each.text,
        start: placeAt(node.value, each.offset, start),
        end: placeAt(node.value, each.offset + each.length, start)
      });
    }
  }
  return found;
}
function htmlNodes(tree) {
  const found = [];
  const stack = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type === "html") found.push(node);
    if (Array.isArray(node.children)) {
      for (let index = node.children.length - 1; index >= 0; index--) {
        stack.push(node.children[index]);
      }
    }
  }
  return found;
}
function placeAt(value, offset, start) {
  const before = value.slice(0, offset);
  const newline = before.lastIndexOf("\n");
  return newline === -1 ? { line: start.line, column: start.column + offset } : { line: start.line + before.split("\n").length - 1, column: offset - newline };
}

export {
  placeholder,
  placeholdersIn
};
