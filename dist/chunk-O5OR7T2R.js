import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  subjectOf
} from "./chunk-K3G72UE5.js";
import {
  defineRule,
  noOptions,
  related,
  start
} from "./chunk-BEMMNZVQ.js";
import {
  formatNumber,
  stepNumbers
} from "./chunk-5HIIY6MO.js";

// rules/numbering-gap.ts
var rule = defineRule(
  {
    id: "numbering-gap",
    description: "Checks that the steps of a suite are numbered `01`, `02`, `03`… with no gaps.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const subject = subjectOf(file, model);
    if (!subject || subject.prompt.kind === "preprompt") return;
    const { prompt: own, folder } = subject;
    const domain = model.numberingDomain(folder.dir);
    const folders = domain.map((dir) => dir === folder.dir ? folder : model.folder(dir));
    const numbers = [...new Set(folders.flatMap(stepNumbers))].sort((a, b) => a - b);
    const index = numbers.indexOf(own.number);
    if (index === -1) return;
    if (holder(folders, own.number) !== folder) return;
    const group = folder.byNumber.get(own.number) ?? [];
    const first = group.find((each) => each.kind === "red") ?? group.find((each) => each.kind === "foundation") ?? group[0];
    if (first !== own) return;
    const before = index === 0 ? 0 : numbers[index - 1] ?? 0;
    if (own.number === before + 1) return;
    if (model.gapExplained(domain, before + 1, own.number - 1)) return;
    const missing = own.number - before === 2 ? `\`${formatNumber(before + 1)}\`` : `\`${formatNumber(before + 1)}\`–\`${formatNumber(own.number - 1)}\``;
    const previousFolder = index === 0 ? void 0 : holder(folders, before);
    const previous = previousFolder?.byNumber.get(before)?.[0];
    file.message(
      before === 0 ? `Unexpected first number \`${formatNumber(own.number)}\`, expected the suite to start at \`01\`` : `Unexpected gap in the numbering: nothing numbered ${missing} between \`${formatNumber(before)}\` and \`${formatNumber(own.number)}\``,
      {
        place: start,
        cause: previous && related(previousFolder.dir, previous.name, "The step before the gap")
      }
    );
  }
);
var numbering_gap_default = rule;
function holder(folders, number) {
  return folders.find((each) => each.byNumber.has(number));
}

export {
  numbering_gap_default
};
