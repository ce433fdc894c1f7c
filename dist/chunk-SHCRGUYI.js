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
  canonicalName
} from "./chunk-5HIIY6MO.js";

// rules/file-name.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "file-name",
    description: "Checks that a prompt file is named `[prefix_]prompt_00_<package>_preprompt.md`, `[prefix_]prompt_NN_<slug>_red.md`, `[prefix_]prompt_NNb_<slug>_green.md` or, for a foundation step with no red/green suffix, `[prefix_]prompt_NN_<slug>.md`, in the naming scheme of its suite.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const subject = subjectOf(file, model);
    if (!subject) return;
    const { prompt, folder } = subject;
    if (prompt.kind === "preprompt" && folder.preprompts[0]?.name !== prompt.name) return;
    const learned = model.names(folder.dir);
    const expected = canonicalName(prompt, folder.prefix, learned.scheme);
    if (expected === prompt.name) return;
    if (!learned.scheme.lower && expected.toLowerCase() === prompt.name.toLowerCase()) return;
    const { problems, cause } = inspect(prompt, folder, learned);
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
var partNames = {
  red: "reds here are named",
  green: "greens here are named",
  separator: "prompt names here use",
  case: "prompt names here are in"
};
function as(learned, part) {
  const found = learned.evidence[part];
  if (found) return `, as ${found.count} of ${found.total} ${partNames[part]} \`${found.display}\``;
  return learned.pinned.includes(part) ? ", as the configuration says" : "";
}
function inspect(prompt, folder, learned) {
  const problems = [];
  let cause;
  const { scheme } = learned;
  const { name, kind, digits } = prompt;
  if (scheme.lower && name !== name.toLowerCase()) problems.push("upper case");
  if (Number.isNaN(prompt.number)) {
    problems.push(`number \`${digits}\` is too large`);
  } else if (kind === "preprompt") {
    if (prompt.number !== 0) problems.push(`preprompt numbered \`${digits}\``);
    else if (digits !== "00") problems.push(`number \`${digits}\` is not two digits`);
    if (prompt.legacy) problems.push("a preprompt named `_context`");
    if (!prompt.rawSlug) problems.push("no package name");
  } else if (prompt.number === 0 && !prompt.variant) {
    problems.push(`number \`${digits}\` is for the preprompt`);
  } else if (digits.length === 1) {
    problems.push(`one-digit number \`${digits}\``);
  } else if (digits.length !== 2 && prompt.number < 100) {
    problems.push(`number \`${digits}\` is not two digits`);
  }
  const letter = letterProblem(prompt, learned);
  if (letter) problems.push(letter);
  const sep = scheme.separator;
  const other = sep === "_" ? "-" : "_";
  const written = prompt.slug.replace(/_/g, sep);
  if (prompt.rawSlug && !prompt.slug) {
    problems.push(`slug \`${prompt.rawSlug}\` has no letter a-z or digit`);
  } else if (!prompt.rawSlug && kind !== "preprompt") {
    problems.push("no slug");
  } else if (prompt.rawSlug !== written && prompt.rawSlug.toLowerCase() !== written) {
    const form = sep === "_" ? "snake" : "kebab";
    const why = prompt.rawSlug.includes(other) ? as(learned, "separator") : "";
    problems.push(`slug \`${prompt.rawSlug}\` is not lower ${form} case${why}`);
  } else if (name.includes(other)) {
    problems.push(`separator \`${other}\`${as(learned, "separator")}`);
  }
  if (prompt.prefix !== folder.prefix) {
    const other2 = folder.prompts.find((each) => each.prefix === folder.prefix);
    problems.push(
      folder.prefix ? prompt.prefix ? `prefix \`${prompt.prefix}_\` differs from the folder's other prompts (\`${folder.prefix}_\`)` : `no prefix \`${folder.prefix}_\` as the folder's other prompts have` : `prefix \`${prompt.prefix}_\` where the folder's other prompts have none`
    );
    if (other2) cause = related(folder.dir, other2.name, "A prompt with the folder’s usual prefix");
  }
  if (prompt.extension !== ".md") problems.push(`extension \`${prompt.extension}\``);
  return { problems, cause };
}
function letterProblem(prompt, learned) {
  const { kind } = prompt;
  const letter = prompt.letter.toLowerCase();
  if (kind === "preprompt" || kind === "foundation") {
    return letter ? `letter \`${prompt.letter}\` after the number` : void 0;
  }
  const wanted = learned.scheme[kind];
  if (letter === wanted) return void 0;
  const other = learned.scheme[kind === "red" ? "green" : "red"];
  const why = as(learned, kind);
  if (!letter) return `no \`${wanted}\` on a ${kind} prompt${why}`;
  if (letter === other && other) return `\`${prompt.letter}\` on a ${kind} prompt${why}`;
  return `letter \`${prompt.letter}\` after the number${why}`;
}

export {
  file_name_default
};
