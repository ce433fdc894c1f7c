import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  isPlanName
} from "./chunk-BEMMNZVQ.js";

// src/suite/subject.ts
import path from "node:path";
function subjectOf(file, model) {
  if (!file.path) return void 0;
  const own = path.resolve(file.cwd, file.path);
  const folder = model.folderOf(own);
  const prompt = folder.byName.get(path.basename(own));
  if (!prompt) return void 0;
  return { path: own, folder, prompt, facts: model.own(file), model };
}
function shown(from, target) {
  return path.relative(from, target).split(path.sep).join("/");
}
function filePath(file) {
  return file.path ? path.resolve(file.cwd, file.path) : void 0;
}
function planOf(file, model) {
  const own = filePath(file);
  if (!own || !isPlanName(path.basename(own))) return void 0;
  model.own(file);
  return model.plan(own);
}

export {
  subjectOf,
  shown,
  filePath,
  planOf
};
