import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  isMarkdownName,
  isPromptFileName,
  isRequirementName
} from "./chunk-5HIIY6MO.js";
import "./chunk-L4DFUNMN.js";

// src/cli/staged.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
var utf8 = new TextDecoder("utf-8", { fatal: true });
function stagedPaths(cwd) {
  return gitPaths(cwd, ["--cached"]);
}
function changedPaths(cwd, env) {
  const from = env.PRE_COMMIT_FROM_REF;
  const to = env.PRE_COMMIT_TO_REF;
  if (!from || !to) return stagedPaths(cwd);
  for (const [name, ref] of [
    ["PRE_COMMIT_FROM_REF", from],
    ["PRE_COMMIT_TO_REF", to]
  ]) {
    if (ref.startsWith("-") || /[\s\0]/.test(ref)) {
      throw new Error(`--staged: invalid ${name} \`${ref}\``);
    }
  }
  return gitPaths(cwd, [`${from}...${to}`]);
}
function gitPaths(cwd, range) {
  let out;
  try {
    out = execFileSync(
      "git",
      ["diff", ...range, "--name-only", "--no-renames", "-z", "--relative", "--"],
      { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 }
    );
  } catch (error) {
    const failure = error;
    const reason = failure.code === "ENOENT" ? "the `git` command is not found" : String(failure.stderr ?? "").split("\n")[0]?.trim() || "git failed";
    throw new Error(`--staged: ${reason}`, { cause: error });
  }
  const paths = [];
  for (let start = 0; start < out.length; ) {
    let end = out.indexOf(0, start);
    if (end === -1) end = out.length;
    const bytes = out.subarray(start, end);
    start = end + 1;
    if (bytes.length === 0) continue;
    let file;
    try {
      file = utf8.decode(bytes);
    } catch {
      throw new Error(
        `--staged: the staged path \`${bytes.toString("utf8")}\` is not valid UTF-8, so its suite cannot be linted; rename it`
      );
    }
    paths.push(file.split("/").join(path.sep));
  }
  return paths;
}
function stagedTargets(cwd, staged = stagedPaths(cwd)) {
  const folders = /* @__PURE__ */ new Set();
  for (const file of staged) {
    const name = path.basename(file);
    if (!isMarkdownName(name)) continue;
    const dir = path.dirname(file);
    if (isPromptFileName(name)) folders.add(dir);
    else if (isRequirementName(name)) return ["."];
    else if (holdsPrompts(path.join(cwd, dir))) folders.add(dir);
  }
  const targets = /* @__PURE__ */ new Set();
  for (const dir of folders) {
    if (isFolder(path.join(cwd, dir))) targets.add(dir);
    for (let above = dir; above !== "." && above !== ""; ) {
      above = path.dirname(above);
      for (const file of markdownIfPrompts(path.join(cwd, above))) {
        targets.add(path.join(above, file));
      }
    }
  }
  const whole = [...targets].filter((target) => isFolder(path.join(cwd, target)));
  return [...targets].filter((target) => !whole.some((folder) => folder !== target && isBelow(target, folder))).sort();
}
function isBelow(target, folder) {
  return folder === "." || target.startsWith(folder + path.sep);
}
function isFolder(dir) {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
function holdsPrompts(dir) {
  return markdownIfPrompts(dir).length > 0;
}
function markdownIfPrompts(dir) {
  let names;
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  if (!names.some(isPromptFileName)) return [];
  return names.filter(
    (name) => isMarkdownName(name) && fs.statSync(path.join(dir, name), { throwIfNoEntry: false })?.isFile()
  );
}
export {
  changedPaths,
  stagedPaths,
  stagedTargets
};
