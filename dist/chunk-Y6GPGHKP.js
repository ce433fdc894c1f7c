import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  shown
} from "./chunk-K3G72UE5.js";
import {
  defineRule,
  isPrepromptName,
  links,
  meantBy,
  noOptions
} from "./chunk-BEMMNZVQ.js";
import {
  canonicalName,
  isMarkdownName,
  parsePromptName
} from "./chunk-5HIIY6MO.js";

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
      if (wanted && accountedFor(folder, wanted, model)) continue;
      const meant = wanted && meantBy(folder, wanted);
      const written = shown(dir, target);
      const context = isPrepromptName(path.basename(target)) ? model.preprompt(dir) : void 0;
      const replacement = meant ? shown(dir, path.join(folder.dir, meant.name)) : context && shown(dir, context.file);
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
function accountedFor(folder, wanted, model) {
  const hasPreprompt = model.preprompt(folder.dir) !== void 0;
  if (wanted.kind === "preprompt" && !hasPreprompt && folder.prompts.length > 0) return true;
  const scheme = model.names(folder.dir).scheme;
  return folder.prompts.some((each) => canonicalName(each, folder.prefix, scheme) === wanted.name);
}

export {
  prompt_links_default
};
