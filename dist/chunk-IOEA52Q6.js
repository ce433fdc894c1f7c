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

// rules/test-kind.ts
var rule = defineRule(
  {
    id: "test-kind",
    description: "Checks that a red prompt says which kind of test it asks for, where the house style does.",
    ...noOptions
  },
  function(_tree, file, _options, model) {
    const subject = subjectOf(file, model);
    if (!subject || subject.prompt.kind !== "red") return;
    const { prompt, facts, folder } = subject;
    if (!model.judged(prompt, facts) || facts.testKinds.length > 0) return;
    const expected = model.expects(folder.dir, "red", "test-kind");
    if (!expected) return;
    file.message(
      `Expected this red prompt to say which kind of test it asks for (unit, integration, pre-flight…), ${evidence(expected, "red")}`,
      { place: facts.title ? { line: facts.title.line, column: facts.title.column } : start }
    );
  }
);
var test_kind_default = rule;

export {
  test_kind_default
};
