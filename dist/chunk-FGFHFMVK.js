import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  evidence
} from "./chunk-GKTIIADT.js";
import {
  subjectOf
} from "./chunk-K3G72UE5.js";
import {
  defineRule,
  noOptions,
  start
} from "./chunk-BEMMNZVQ.js";
import {
  formatNumber
} from "./chunk-5HIIY6MO.js";

// rules/title.ts
var rule = defineRule(
  {
    id: "title",
    description: "Checks that a prompt's title carries its own number, as `Prompt NN: …`.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const subject = subjectOf(file, model);
    if (!subject || !model.judged(subject.prompt, subject.facts)) return;
    const { prompt, facts, folder } = subject;
    const title = facts.title;
    if (prompt.kind === "preprompt" || Number.isNaN(prompt.number)) return;
    if (title?.number !== void 0) {
      if (title.number === prompt.number) return;
      const at = title.numberPlace ?? title;
      const message = file.message(
        `Unexpected \`Prompt ${formatNumber(title.number)}\` in the title, expected \`Prompt ${formatNumber(prompt.number)}\` as the file name says`,
        {
          place: {
            start: { line: at.line, column: at.column },
            end: { line: at.endLine, column: at.endColumn }
          }
        }
      );
      if (title.numberPlace) message.expected = [formatNumber(prompt.number)];
      return;
    }
    const expected = model.expects(folder.dir, prompt.kind, "title:numbered");
    if (!expected) return;
    file.message(
      `Expected a title \`Prompt ${formatNumber(prompt.number)}: …\`, ${evidence(expected, prompt.kind)}`,
      { place: title ? { line: title.line, column: title.column } : start }
    );
  }
);
var title_default = rule;

export {
  title_default
};
