import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  links
} from "./chunk-XKFPARCZ.js";
import {
  canonicalName,
  defineRule,
  isMarkdownName,
  noOptions,
  parsePromptName,
  shown
} from "./chunk-TVZXQZX6.js";

// rules/prompt-links.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "prompt-links",
    description: "Checks that every relative link in a prompt file to a markdown file points at one that exists.",
    ...noOptions
  },
  function(tree, file, _options, model) {
    if (!file.path) return;
    const own = path.resolve(file.cwd, file.path);
    if (!model.prompt(own)) return;
    const dir = path.dirname(own);
    for (const link of links(tree, dir)) {
      const target = link.target;
      if (!target || !isMarkdownName(target) || target === own || model.exists(target)) continue;
      const folder = model.folder(path.dirname(target));
      const wanted = parsePromptName(path.basename(target));
      if (wanted && accountedFor(folder, wanted, model.preprompt(folder.dir) !== void 0)) continue;
      const meant = wanted && meantBy(folder, wanted);
      const written = shown(dir, target);
      file.message(
        meant ? `Unexpected link to missing \`${written}\`, expected \`${shown(dir, path.join(folder.dir, meant.name))}\`` : `Unexpected link to missing \`${written}\``,
        { place: link.position }
      );
    }
  }
);
var prompt_links_default = rule;
function accountedFor(folder, wanted, hasPreprompt) {
  if (wanted.kind === "preprompt" && !hasPreprompt && folder.prompts.length > 0) return true;
  return folder.prompts.some((each) => canonicalName(each, folder.prefix) === wanted.name);
}
function meantBy(folder, wanted) {
  const sameKind = folder.prompts.filter((each) => each.kind === wanted.kind);
  if (wanted.kind === "preprompt") return sameKind.length >= 1 ? sameKind[0] : void 0;
  for (const test of [
    (each) => each.slug === wanted.slug,
    (each) => each.number === wanted.number
  ]) {
    const found = sameKind.filter(test);
    if (found.length === 1) return found[0];
  }
  return void 0;
}

export {
  prompt_links_default,
  meantBy
};
