import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  isMarkdownName,
  isPromptFileName,
  isRequirementName
} from "./chunk-EX7H2NOR.js";

// src/cli/staged.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
function stagedPaths(cwd) {
  let out;
  try {
    out = execFileSync(
      "git",
      ["diff", "--cached", "--name-only", "--no-renames", "-z", "--relative"],
      { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 }
    );
  } catch (error) {
    const failure = error;
    const reason = failure.code === "ENOENT" ? "the `git` command is not found" : String(failure.stderr ?? "").split("\n")[0]?.trim() || "git failed";
    throw new Error(`--staged: ${reason}`, { cause: error });
  }
  return out.toString("utf8").split("\0").filter(Boolean).map((file) => file.split("/").join(path.sep));
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
  stagedPaths,
  stagedTargets
};
