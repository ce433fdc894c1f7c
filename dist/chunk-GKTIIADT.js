import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);

// src/suite/evidence.ts
function evidence(found, kind) {
  const kindName = found.of ?? (kind === "preprompt" ? "preprompts" : `${kind} prompts`);
  return `as ${found.count} of ${found.total} ${kindName} here have`;
}
function article(name) {
  return /^(?:[aeio]|u(?!n[ie]|s[aeu]|ti|ri)|h(?:our|onou?r))/i.test(name.replace(/^\W+/, "")) ? "an" : "a";
}

export {
  evidence,
  article
};
