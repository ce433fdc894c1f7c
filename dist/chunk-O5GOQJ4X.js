import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  defineRule,
  noOptions,
  related,
  start,
  subjectOf
} from "./chunk-FISTF6PN.js";
import {
  formatNumber,
  maxNumber
} from "./chunk-7LDA5P3D.js";

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
    const numbers = [...folder.byNumber.keys()].filter((each) => each >= 1 && each <= maxNumber);
    const index = numbers.indexOf(own.number);
    if (index === -1) return;
    const group = folder.byNumber.get(own.number) ?? [];
    const first = group.find((each) => each.kind === "red") ?? group.find((each) => each.kind === "foundation") ?? group[0];
    if (first !== own) return;
    const before = index === 0 ? 0 : numbers[index - 1] ?? 0;
    if (own.number === before + 1) return;
    const missing = own.number - before === 2 ? `\`${formatNumber(before + 1)}\`` : `\`${formatNumber(before + 1)}\`–\`${formatNumber(own.number - 1)}\``;
    const previous = index === 0 ? void 0 : folder.byNumber.get(before)?.[0];
    file.message(
      before === 0 ? `Unexpected first number \`${formatNumber(own.number)}\`, expected the suite to start at \`01\`` : `Unexpected gap in the numbering: nothing numbered ${missing} between \`${formatNumber(before)}\` and \`${formatNumber(own.number)}\``,
      {
        place: start,
        cause: previous && related(folder.dir, previous.name, "The step before the gap")
      }
    );
  }
);
var numbering_gap_default = rule;

export {
  numbering_gap_default
};
