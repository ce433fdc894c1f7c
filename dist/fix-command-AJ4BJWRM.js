import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  isConflict,
  planFixes,
  summarize
} from "./chunk-VGLUE6LN.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-2SQ4JA5A.js";
import {
  loadConfig,
  parseCliArgs
} from "./chunk-QNSM2QVV.js";
import "./chunk-SWVBMUZG.js";
import {
  createLinter,
  modelSettings
} from "./chunk-S5ZCEF4T.js";
import "./chunk-KF6NA25R.js";
import "./chunk-6C4R6YKA.js";
import "./chunk-ZRAYDIFA.js";
import "./chunk-PPYJPJRE.js";
import "./chunk-7KATO3ZN.js";
import "./chunk-3YZQKGLB.js";
import "./chunk-QADQFG7H.js";
import "./chunk-W5J4USEC.js";
import "./chunk-BK6I24ZP.js";
import "./chunk-VWAJLWSF.js";
import "./chunk-EHWE5XC6.js";
import "./chunk-KO5X26X3.js";
import "./chunk-O5GOQJ4X.js";
import "./chunk-NZ7GIOXS.js";
import "./chunk-TG36YDEM.js";
import "./chunk-XNZ43N7B.js";
import "./chunk-AREESFKZ.js";
import "./chunk-HDVSJKDY.js";
import "./chunk-KD4RAY6F.js";
import "./chunk-G7L6L37F.js";
import "./chunk-VPFVG5HJ.js";
import "./chunk-LFVZOEHY.js";
import "./chunk-X76M2KLY.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-FISTF6PN.js";
import "./chunk-7LDA5P3D.js";

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
