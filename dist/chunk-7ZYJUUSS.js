import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  related,
  start
} from "./chunk-POCETTUW.js";
import {
  defineRule,
  filePath,
  formatName,
  isPromptFileName,
  noOptions,
  ownPrompt,
  suiteOf
} from "./chunk-WGKZKMPO.js";

// rules/file-name.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "file-name",
    description: "Checks that a prompt file is named `[prefix_]prompt_00_<package>_preprompt.md`, `[prefix_]prompt_NN_<slug>_red.md` or `[prefix_]prompt_NNb_<slug>_green.md`.",
    ...noOptions
  },
  function(_tree, file) {
    const own = filePath(file);
    const suite = suiteOf(file);
    if (!own || !suite || !isPromptFileName(path.basename(own))) return;
    const name = path.basename(own);
    const prompt = ownPrompt(file, suite);
    if (!prompt) {
      file.message(
        `Unexpected prompt file name \`${name}\`, expected \`[prefix_]prompt_00_<package>_preprompt.md\`, \`[prefix_]prompt_NN_<slug>_red.md\` or \`[prefix_]prompt_NNb_<slug>_green.md\``,
        { place: start }
      );
      return;
    }
    const { problems, cause } = inspect(prompt, suite);
    const slug = prompt.rawSlug && !prompt.slug ? placeholder(prompt) : prompt.slug;
    const expected = formatName({ ...prompt, prefix: suite.prefix, slug });
    if (expected === name) return;
    if (problems.length === 0) problems.push("separators");
    file.message(
      `Unexpected file name \`${name}\` (${problems.join(", ")}), expected \`${expected}\``,
      { place: start, cause }
    );
  }
);
var file_name_default = rule;
function inspect(prompt, suite) {
  const problems = [];
  let cause;
  const { name, kind, digits, letter } = prompt;
  if (name !== name.toLowerCase()) problems.push("upper case");
  if (kind === "preprompt") {
    if (prompt.number !== 0) problems.push(`preprompt numbered \`${digits}\``);
    else if (digits !== "00") problems.push(`number \`${digits}\` is not two digits`);
    if (!prompt.rawSlug) problems.push("no package name");
  } else if (prompt.number === 0) {
    problems.push(`number \`${digits}\` is for the preprompt`);
  } else if (digits.length === 1) {
    problems.push(`one-digit number \`${digits}\``);
  } else if (digits.length !== 2) {
    problems.push(`number \`${digits}\` is not two digits`);
  }
  const lower = letter.toLowerCase();
  if (kind === "red" && lower === "b") problems.push("`b` on a red prompt");
  else if (kind === "green" && lower !== "b") problems.push("no `b` on a green prompt");
  if (lower && lower !== "b") problems.push(`letter \`${letter}\` after the number`);
  if (prompt.rawSlug && !prompt.slug) {
    problems.push(`slug \`${prompt.rawSlug}\` has no letter a-z or digit`);
  } else if (prompt.rawSlug && prompt.rawSlug !== prompt.slug && prompt.rawSlug.toLowerCase() !== prompt.slug) {
    problems.push(`slug \`${prompt.rawSlug}\` is not lower snake case`);
  }
  if (prompt.prefix !== suite.prefix) {
    const other = suite.prompts.find((each) => each.prefix === suite.prefix);
    problems.push(
      suite.prefix ? prompt.prefix ? `prefix \`${prompt.prefix}_\` differs from the folder's other prompts (\`${suite.prefix}_\`)` : `no prefix \`${suite.prefix}_\` as the folder's other prompts have` : `prefix \`${prompt.prefix}_\` where the folder's other prompts have none`
    );
    if (other) cause = related(suite, other.name, "A prompt with the folder’s usual prefix");
  }
  if (prompt.extension !== ".md") problems.push(`extension \`${prompt.extension}\``);
  return { problems, cause };
}
function placeholder(prompt) {
  return prompt.kind === "preprompt" ? "<package>" : "<slug>";
}

export {
  file_name_default
};
