import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  missing
} from "./chunk-BEMMNZVQ.js";
import {
  parsePromptName
} from "./chunk-5HIIY6MO.js";

// src/suite/references.ts
import path from "node:path";
var conventional = /^(?:readme|changelog|license|contributing|agents|claude|todo|notes|index)$/i;
function found(model, dir, mention) {
  if (mention.folder) {
    const target = path.resolve(dir, mention.folder, mention.value);
    if (model.exists(target) || existsAnyCase(model, target)) return true;
  }
  return model.markdownNamed(model.root(dir), mention.value).length > 0;
}
function staleReference(model, dir, mention, strong) {
  if (mention.external || found(model, dir, mention)) return void 0;
  const written = mention.folder + mention.value;
  const prompt = parsePromptName(mention.value);
  if (!prompt) {
    if (conventional.test(mention.value.replace(/\.[^.]+$/, ""))) return void 0;
    if (mention.folder && !model.exists(path.resolve(dir, mention.folder).replace(/\/$/, "")))
      return void 0;
  }
  const meant = prompt ? meantPrompt(model, dir, mention, prompt) : { meant: closestDocument(model, dir, mention.value, strong) };
  if (!meant || !prompt && !meant.meant && !strong) return void 0;
  const target = meant.meant;
  const replacement = target && (!mention.folder || path.resolve(dir, mention.folder) === path.dirname(target) || !prompt) ? escapeAs(mention, path.basename(target)) : void 0;
  return { mention, written, meant: target, replacement };
}
function escapeAs(mention, name) {
  const source = mention.endColumn - mention.column;
  return source > mention.value.length ? name.replace(/_/g, "\\_") : name;
}
function meantPrompt(model, dir, mention, wanted) {
  const folders = candidateFolders(model, dir, mention, wanted);
  const found2 = [];
  for (const folder of folders) {
    const said = missing(model, folder, wanted);
    if (said.reportedBy && said.reportedBy !== "numbering-gap") return void 0;
    if (!said.meant) continue;
    found2.push({
      file: path.join(folder.dir, said.meant.name),
      score: editDistance(normal(wanted.name), normal(said.meant.name), 255),
      distance: distance(dir, folder.dir),
      shares: sharesWord(wanted.slug, said.meant.slug)
    });
  }
  const best = meantAmong(found2);
  if (best) return { meant: best.tie ? void 0 : best.file };
  const [nearest] = folders;
  if (!nearest) return void 0;
  const close = closest(
    wanted.name,
    nearest.prompts.filter((each) => each.kind === wanted.kind).map((each) => each.name)
  );
  if (close) return { meant: path.join(nearest.dir, close) };
  const last = Math.max(...[...nearest.byNumber.keys()], 0);
  if (wanted.kind !== "preprompt" && !(wanted.number <= last)) return void 0;
  return { meant: void 0 };
}
var relatedDistance = 2;
function meantAmong(found2) {
  if (found2.length === 0) return void 0;
  const nearest = Math.min(...found2.map((each) => each.distance));
  const own = found2.filter((each) => each.distance === nearest);
  const related = found2.filter(
    (each) => each.shares && each.distance <= Math.max(nearest, relatedDistance)
  );
  const pool = own.some((each) => each.shares) || related.length === 0 ? own : related;
  const score = Math.min(...pool.map((each) => each.score));
  const best = pool.filter((each) => each.score === score);
  return { file: best[0].file, tie: best.length > 1 };
}
function sharesWord(a, b) {
  const words = new Set(a.split("_").filter((word) => word.length >= 3));
  return b.split("_").some((word) => words.has(word));
}
function candidateFolders(model, dir, mention, wanted) {
  if (mention.folder) {
    const folder = model.folder(path.resolve(dir, mention.folder));
    return folder.prompts.length > 0 ? [folder] : [];
  }
  return model.suiteFolders(model.root(dir)).map((each) => model.folder(each)).filter((folder) => folder.prefix === wanted.prefix).sort((a, b) => distance(dir, a.dir) - distance(dir, b.dir) || (a.dir < b.dir ? -1 : 1));
}
function distance(from, to) {
  return path.relative(from, to).split(path.sep).filter(Boolean).length;
}
function closestDocument(model, dir, name, loose) {
  const byName = model.markdownByName(model.root(dir));
  const documents = [...byName.values()].flat().filter((file) => !parsePromptName(path.basename(file)));
  const best = closest(
    name,
    documents.map((file) => path.basename(file)),
    loose
  );
  if (!best) return void 0;
  const files = documents.filter((file) => path.basename(file) === best).sort((a, b) => distance(dir, path.dirname(a)) - distance(dir, path.dirname(b)));
  return files[0];
}
function closest(name, names, loose = true) {
  const key = normal(name);
  if (key.length < 4) return void 0;
  let best;
  let bestScore = Number.POSITIVE_INFINITY;
  let tie = false;
  for (const each of new Set(names)) {
    const other = normal(each);
    const score = other === key ? 0 : loose && other.length >= 5 && (other.includes(key) || key.includes(other)) ? 3 : Math.abs(other.length - key.length) <= 2 && Math.min(key.length, other.length) >= 6 ? nearScore(editDistance(key, other, 2)) : Number.POSITIVE_INFINITY;
    if (score > 3) continue;
    if (score < bestScore) {
      best = each;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return tie ? void 0 : best;
}
function nearScore(edits) {
  return edits <= 2 ? edits : Number.POSITIVE_INFINITY;
}
function normal(name) {
  return name.replace(/\.(?:md|markdown)$/i, "").toLowerCase().replace(/[^a-z0-9]+/g, "");
}
function editDistance(a, b, bound) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
      current.push(value);
      low = Math.min(low, value);
    }
    if (low > bound) return bound + 1;
    previous = current;
  }
  return Math.min(previous[b.length] ?? bound + 1, bound + 1);
}
function existsAnyCase(model, target) {
  const wanted = path.basename(target).toLowerCase();
  for (const name of model.folder(path.dirname(target)).names) {
    if (name.toLowerCase() === wanted) return true;
  }
  return false;
}
function generated(model, dir, name) {
  const wanted = name.toLowerCase();
  const parent = model.parentSuite(dir);
  for (const each of parent ? [dir, parent] : [dir]) {
    for (const prompt of model.folder(each).prompts) {
      const facts = model.facts(path.join(each, prompt.name));
      if (facts?.fileNames.some(
        (mention) => mention.value.toLowerCase() === wanted && !mention.section.startsWith("dependencies")
      ))
        return true;
    }
  }
  return false;
}

export {
  staleReference,
  generated
};
