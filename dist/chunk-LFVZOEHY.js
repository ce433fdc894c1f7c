import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  defineRule,
  noOptions,
  planMention,
  related,
  start,
  subjectOf
} from "./chunk-FISTF6PN.js";
import {
  canonicalName
} from "./chunk-7LDA5P3D.js";

// rules/file-name.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "file-name",
    description: "Checks that a prompt file is named `[prefix_]prompt_00_<package>_preprompt.md`, `[prefix_]prompt_NN_<slug>_red.md`, `[prefix_]prompt_NNb_<slug>_green.md` or, for a foundation step with no red/green suffix, `[prefix_]prompt_NN_<slug>.md`.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const subject = subjectOf(file, model);
    if (!subject) return;
    const { prompt, folder } = subject;
    if (prompt.kind === "preprompt" && folder.preprompts[0]?.name !== prompt.name) return;
    const expected = canonicalName(prompt, folder.prefix);
    if (expected === prompt.name) return;
    const { problems, cause } = inspect(prompt, folder);
    if (problems.length === 0) problems.push("separators");
    file.message(
      `Unexpected file name \`${prompt.name}\` (${problems.join(", ")}), expected \`${expected}\``,
      {
        place: start,
        // Else the plan that already names the expected file rides along (one cause, one finding).
        cause: cause ?? planMention(
          model,
          path.join(folder.dir, expected),
          "The plan entry that names the expected file"
        )
      }
    );
  }
);
var file_name_default = rule;
function inspect(prompt, folder) {
  const problems = [];
  let cause;
  const { name, kind, digits, letter } = prompt;
  if (name !== name.toLowerCase()) problems.push("upper case");
  if (Number.isNaN(prompt.number)) {
    problems.push(`number \`${digits}\` is too large`);
  } else if (kind === "preprompt") {
    if (prompt.number !== 0) problems.push(`preprompt numbered \`${digits}\``);
    else if (digits !== "00") problems.push(`number \`${digits}\` is not two digits`);
    if (prompt.legacy) problems.push("a preprompt named `_context`");
    if (!prompt.rawSlug) problems.push("no package name");
  } else if (prompt.number === 0) {
    problems.push(`number \`${digits}\` is for the preprompt`);
  } else if (digits.length === 1) {
    problems.push(`one-digit number \`${digits}\``);
  } else if (digits.length !== 2 && !(digits.length > 2 && prompt.number >= 100)) {
    problems.push(`number \`${digits}\` is not two digits`);
  }
  const lower = letter.toLowerCase();
  if (kind === "red" && lower === "b") problems.push("`b` on a red prompt");
  else if (kind === "green" && lower !== "b") problems.push("no `b` on a green prompt");
  else if (lower && (lower !== "b" || kind !== "green"))
    problems.push(`letter \`${letter}\` after the number`);
  if (prompt.rawSlug && !prompt.slug) {
    problems.push(`slug \`${prompt.rawSlug}\` has no letter a-z or digit`);
  } else if (!prompt.rawSlug && kind !== "preprompt") {
    problems.push("no slug");
  } else if (prompt.rawSlug !== prompt.slug && prompt.rawSlug.toLowerCase() !== prompt.slug) {
    problems.push(`slug \`${prompt.rawSlug}\` is not lower snake case`);
  }
  if (prompt.prefix !== folder.prefix) {
    const other = folder.prompts.find((each) => each.prefix === folder.prefix);
    problems.push(
      folder.prefix ? prompt.prefix ? `prefix \`${prompt.prefix}_\` differs from the folder's other prompts (\`${folder.prefix}_\`)` : `no prefix \`${folder.prefix}_\` as the folder's other prompts have` : `prefix \`${prompt.prefix}_\` where the folder's other prompts have none`
    );
    if (other) cause = related(folder.dir, other.name, "A prompt with the folder’s usual prefix");
  }
  if (prompt.extension !== ".md") problems.push(`extension \`${prompt.extension}\``);
  return { problems, cause };
}

export {
  file_name_default
};
