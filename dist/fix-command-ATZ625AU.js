import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  isConflict,
  planFixes,
  summarize
} from "./chunk-GXU7LJB6.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-PMDD72YO.js";
import {
  loadConfig,
  parseCliArgs
} from "./chunk-3K4SMTLK.js";
import "./chunk-QLKAJQUU.js";
import {
  createLinter,
  modelSettings
} from "./chunk-DX5P4XBE.js";
import "./chunk-PYXUEGUC.js";
import "./chunk-WHOTRWLM.js";
import "./chunk-Q76K3JXK.js";
import "./chunk-WXNMMJ4S.js";
import "./chunk-7ADUNY2H.js";
import "./chunk-IXI7KQJM.js";
import "./chunk-5GZJGJUJ.js";
import "./chunk-OUP6KFNX.js";
import "./chunk-Q73TISVQ.js";
import "./chunk-NXSEV7ZG.js";
import "./chunk-UYAVXDTN.js";
import "./chunk-KO5X26X3.js";
import "./chunk-HXO6XHET.js";
import "./chunk-GIOWUR3M.js";
import "./chunk-M2RJMUME.js";
import "./chunk-B67H7ITV.js";
import "./chunk-R4LR4RDT.js";
import "./chunk-W2U3YFEM.js";
import "./chunk-E5UK76FL.js";
import "./chunk-M6D6HQO7.js";
import "./chunk-VG3XWVEB.js";
import "./chunk-SN2AGDRA.js";
import "./chunk-C3OEUZUB.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-AIQADGDR.js";
import "./chunk-YLMZ5HZ7.js";

// src/cli/fix-command.ts
var prefix = "tdd-prompt-lint: ";
var fixFlags = ["--fix", "--fix-dry-run"];
function wantsFix(argv) {
  return argv.some((arg) => fixFlags.includes(arg));
}
async function runFix(argv, cwd, streams, relint) {
  const dryRun = argv.includes("--fix-dry-run");
  const rest = argv.filter((arg) => !fixFlags.includes(arg));
  const options = parseCliArgs(rest);
  if (options.help || options.version || options.printConfig !== void 0) {
    return relint(rest, cwd, streams);
  }
  const config = loadConfig(cwd, options.config);
  const linter = createLinter(config.settings, cwd);
  const { files, problems } = await collectFiles(options.paths, {
    cwd,
    config,
    ignorePath: options.ignorePath
  });
  if (problems.length > 0 && files.length === 0) return relint(rest, cwd, streams);
  const concurrency = resolveConcurrency(options.concurrency, files.length);
  const results = await lintFiles(files, config.settings, cwd, { concurrency, linter });
  const model = new SuiteModel(modelSettings(config.settings, cwd));
  const plan = planFixes(results, model, { cwd });
  if (isConflict(plan)) {
    streams.stderr.write(`${prefix}cannot fix, nothing changed: ${plan.conflicts.join("; ")}
`);
    return 2;
  }
  if (dryRun) {
    streams.stdout.write(formatPlan(plan, cwd));
    return 0;
  }
  if (plan.renames.length > 0 || plan.edits.size > 0) {
    applyPlan(plan);
    streams.stderr.write(summarize(plan, cwd));
  }
  return relint(rest, cwd, streams);
}
export {
  fixFlags,
  runFix,
  wantsFix
};
