import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  related,
  start
} from "./chunk-POCETTUW.js";
import {
  defineRule,
  formatName,
  noOptions,
  ownPrompt,
  promptsWith,
  suiteOf
} from "./chunk-WGKZKMPO.js";

// rules/pair.ts
var rule = defineRule(
  {
    id: "pair",
    description: "Checks that every red prompt has a green prompt with the same number and slug, and every green prompt a red one.",
    ...noOptions
  },
  function(_tree, file) {
    const suite = suiteOf(file);
    const own = suite && ownPrompt(file, suite);
    if (!suite || !own || own.kind === "preprompt") return;
    const partnerKind = own.kind === "red" ? "green" : "red";
    const partners = promptsWith(suite, own.number, partnerKind);
    if (partners.some((partner2) => partner2.slug === own.slug)) return;
    const [partner] = partners;
    if (partner && partners.length === 1 && promptsWith(suite, own.number, own.kind).length === 1) {
      file.message(
        `Unexpected slug \`${own.slug}\` in this ${own.kind} prompt, expected \`${partner.slug}\` as in its ${partnerKind} prompt \`${partner.name}\``,
        {
          place: start,
          cause: related(suite, partner.name, `The ${partnerKind} prompt numbered like this one`)
        }
      );
      return;
    }
    const expected = formatName({ ...own, prefix: suite.prefix, kind: partnerKind });
    file.message(`Expected \`${expected}\` to pair with this ${own.kind} prompt`, { place: start });
  }
);
var pair_default = rule;

export {
  pair_default
};
