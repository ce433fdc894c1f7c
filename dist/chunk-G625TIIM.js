import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  subjectOf
} from "./chunk-K3G72UE5.js";
import {
  defineRule,
  noOptions,
  planMention,
  related,
  start
} from "./chunk-BEMMNZVQ.js";
import {
  formatName
} from "./chunk-5HIIY6MO.js";

// rules/pair.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "pair",
    description: "Checks that every red prompt has a green prompt with the same number and slug, and every green prompt a red one.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const subject = subjectOf(file, model);
    if (!subject) return;
    const { prompt: own, folder } = subject;
    if (own.kind !== "red" && own.kind !== "green") return;
    const partner = model.partner(folder, own);
    const partnerKind = own.kind === "red" ? "green" : "red";
    if (partner && partner.slug === own.slug) return;
    if (partner) {
      if (own.kind !== "green") return;
      file.message(
        `Unexpected slug \`${own.slug}\` in this green prompt, expected \`${partner.slug}\` as in its red prompt \`${partner.name}\``,
        {
          place: start,
          cause: related(folder.dir, partner.name, "The red prompt numbered like this one")
        }
      );
      return;
    }
    const expected = formatName(
      { ...own, prefix: folder.prefix, kind: partnerKind },
      model.names(folder.dir).scheme
    );
    file.message(
      `Expected a ${partnerKind} prompt \`${expected}\` to pair with this ${own.kind} prompt`,
      {
        place: start,
        // The plan that lists the missing prompt rides along (one cause, one finding).
        cause: planMention(
          model,
          path.join(folder.dir, expected),
          "The plan entry for the missing prompt"
        )
      }
    );
  }
);
var pair_default = rule;

export {
  pair_default
};
