import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  generated,
  staleReference
} from "./chunk-2NFYXXYV.js";
import {
  filePath,
  planOf,
  shown
} from "./chunk-K3G72UE5.js";
import {
  defineRule,
  isRoleName,
  noOptions,
  related
} from "./chunk-BEMMNZVQ.js";
import {
  canonicalName,
  isMarkdownName,
  parsePromptName
} from "./chunk-5HIIY6MO.js";

// rules/stale-reference.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "stale-reference",
    description: "Checks that the markdown file names written in a prompt, a preprompt or a plan name files that exist.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const own = filePath(file);
    if (!own || !isMarkdownName(own)) return;
    const prompt = model.prompt(own);
    const plan = planOf(file, model);
    if (!prompt && !plan) return;
    const facts = model.own(file);
    const dir = path.dirname(own);
    for (const mention of facts.fileNames) {
      if (mention.external) continue;
      const shaped = parsePromptName(mention.value);
      if (mention.where === "label") {
        const folder = model.folderOf(own);
        const expected2 = prompt && canonicalName(prompt, folder.prefix, model.names(folder.dir).scheme);
        if (!prompt || !shaped || mention.value === prompt.name || mention.value === expected2)
          continue;
        const message2 = file.message(
          `Unexpected file name \`${mention.value}\` above the title, expected \`${prompt.name}\`, the name of this file`,
          { place: span(mention) }
        );
        message2.expected = [escaped(mention) ? prompt.name.replace(/_/g, "\\_") : prompt.name];
        continue;
      }
      if (prompt && mention.where === "link") continue;
      if (plan && (shaped || mention.listed)) continue;
      if (prompt && (shaped?.kind === "preprompt" || isRoleName(mention.value))) continue;
      const strong = !shaped && prompt !== void 0 && mention.listed && mention.section.startsWith("dependencies") && !generated(model, dir, mention.value);
      const stale = staleReference(model, dir, mention, strong);
      if (!stale) continue;
      const expected = stale.meant && (stale.replacement && !mention.folder ? path.basename(stale.meant) : shown(dir, stale.meant));
      const message = file.message(
        expected ? `Unexpected reference to missing \`${stale.written}\`, expected \`${expected}\`` : `Unexpected reference to missing \`${stale.written}\``,
        {
          place: span(mention),
          cause: stale.meant ? related(dir, stale.meant, "The file this name evidently means") : void 0
        }
      );
      if (stale.replacement) message.expected = [stale.replacement];
    }
  }
);
var stale_reference_default = rule;
function span(mention) {
  return {
    start: { line: mention.line, column: mention.column },
    end: { line: mention.endLine, column: mention.endColumn }
  };
}
function escaped(mention) {
  return mention.endColumn - mention.column > mention.value.length;
}

export {
  stale_reference_default
};
