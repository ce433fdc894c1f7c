import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  planOf
} from "./chunk-K3G72UE5.js";
import {
  componentKey,
  componentWords,
  defineRule,
  mentions,
  noOptions,
  related,
  testKindsOf
} from "./chunk-BEMMNZVQ.js";

// rules/plan-description.ts
import path from "node:path";
var rule = defineRule(
  {
    id: "plan-description",
    description: "Checks that what a plan says of a prompt agrees with the prompt: its kind, its test kind and its component.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const plan = planOf(file, model);
    if (!plan) return;
    for (const entry of plan.entries) {
      if (!entry.file || !entry.description) continue;
      const problem = inspect(model, entry, entry.file);
      if (!problem) continue;
      file.message(problem.reason, {
        place: {
          start: { line: entry.line, column: entry.column },
          end: { line: entry.endLine, column: entry.endColumn }
        },
        cause: related(path.dirname(problem.file), path.basename(problem.file), problem.about)
      });
    }
  }
);
var plan_description_default = rule;
var kindWord = /\b(red|green|foundation)\b/gi;
function inspect(model, entry, file) {
  const folder = model.folder(path.dirname(file));
  const prompt = folder.byName.get(path.basename(file));
  const facts = model.facts(file);
  if (!prompt || prompt.kind === "preprompt" || !model.judged(prompt, facts)) return void 0;
  const description = entry.description;
  const name = "`" + prompt.name + "`";
  const kinds = new Set([...description.matchAll(kindWord)].map((match) => match[1].toLowerCase()));
  const [kind] = kinds;
  if (kinds.size === 1 && kind !== prompt.kind) {
    return {
      reason: `Unexpected \`${capitalize(kind)}\` for ${name}, a ${prompt.kind} prompt, expected \`${capitalize(prompt.kind)}\``,
      file,
      about: "The prompt the entry names"
    };
  }
  const red = prompt.kind === "red" ? prompt : prompt.kind === "green" ? pairedRed(model, folder, prompt) : void 0;
  const redFile = red && path.join(folder.dir, red.name);
  const redFacts = red === prompt ? facts : redFile && model.facts(redFile);
  const redTitle = red && redFacts && model.judged(red, redFacts) ? redFacts.title : void 0;
  const wanted = testKindsOf(description);
  const titled = redTitle ? testKindsOf(redTitle.subject ?? redTitle.text) : [];
  if (wanted.length > 0 && titled.length > 0 && !wanted.some((each) => titled.includes(each))) {
    return {
      reason: `Unexpected test kind \`${wanted.join("`, `")}\` for ${name}, expected \`${titled.join("`, `")}\` as ${red === prompt ? "its" : "its red prompt’s"} title says`,
      file: redFile,
      about: "The red prompt whose title states the test kind"
    };
  }
  const own = prompt.kind === "red" || prompt.kind === "green" ? redTitle?.component ?? facts.title?.component : void 0;
  if (!own) return void 0;
  const components = model.components(folder.dir);
  const said = componentWords(description);
  const named = components.filter((each) => mentions(said, each.key));
  const ownKey = componentKey(own);
  if (named.length === 0 || named.some((each) => each.key === ownKey)) return void 0;
  const other = named[0];
  return {
    reason: `Unexpected component \`${other.name}\` for ${name}, expected \`${own}\` as ${prompt.kind === "green" && redTitle?.component ? "its red prompt’s" : "its"} title says`,
    file: other.file,
    about: "The prompt of the component the entry names"
  };
}
function pairedRed(model, folder, green) {
  const red = model.partner(folder, green);
  return red && red.slug === green.slug ? red : void 0;
}
function capitalize(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export {
  plan_description_default
};
