import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  related,
  start
} from "./chunk-POCETTUW.js";
import {
  defineRule,
  formatNumber,
  noOptions,
  ownPrompt,
  promptsWith,
  suiteOf
} from "./chunk-WGKZKMPO.js";

// rules/numbering.ts
var rule = defineRule(
  {
    id: "numbering",
    description: "Checks that the pairs of a suite are numbered `01`, `02`, `03`… with no gaps, and that no two different pairs share a number.",
    ...noOptions
  },
  function(_tree, file) {
    const suite = suiteOf(file);
    const own = suite && ownPrompt(file, suite);
    if (!suite || !own || own.kind === "preprompt" || own.number === 0) return;
    const group = suite.byNumber.get(own.number) ?? [];
    const numbers = [...suite.byNumber.keys()].filter((number) => number > 0);
    const previous = numbers.filter((number) => number < own.number).pop() ?? 0;
    if (group[0] === own && own.number - previous > 1) {
      if (previous === 0) {
        file.message(
          `Unexpected first number \`${formatNumber(own.number)}\`, expected the suite to start at \`01\``,
          { place: start }
        );
      } else {
        const before = suite.byNumber.get(previous)?.at(-1);
        file.message(
          `Unexpected number \`${formatNumber(own.number)}\` after \`${formatNumber(previous)}\`, expected \`${formatNumber(previous + 1)}\``,
          { place: start, cause: before && related(suite, before.name, "The prompt before the gap") }
        );
      }
    }
    const reds = promptsWith(suite, own.number, "red").length;
    const greens = promptsWith(suite, own.number, "green").length;
    const others = group.filter((prompt) => prompt.slug !== own.slug);
    const [other] = others;
    if (other && (reds > 1 || greens > 1)) {
      file.message(
        `Unexpected number \`${formatNumber(own.number)}\` shared with ${others.map((prompt) => `\`${prompt.name}\``).join(", ")}, expected one pair per number`,
        { place: start, cause: related(suite, other.name, "Another pair with the same number") }
      );
    }
  }
);
var numbering_default = rule;

export {
  numbering_default
};
