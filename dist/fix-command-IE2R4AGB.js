import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  isConflict,
  planFixes,
  summarize
} from "./chunk-DSX2V426.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-AUPP27SY.js";
import {
  loadConfig,
  parseCliArgs
} from "./chunk-F42J4OF2.js";
import "./chunk-QQAIATTZ.js";
import {
  createLinter,
  modelSettings
} from "./chunk-YQ2USUON.js";
import "./chunk-Y2OQIDN6.js";
import "./chunk-7T6R4UZZ.js";
import "./chunk-2GCG3TEF.js";
import "./chunk-JB3KXYBK.js";
import "./chunk-EDWL4JOM.js";
import "./chunk-SDYTB46K.js";
import "./chunk-RRLX672T.js";
import "./chunk-OV2NNVLV.js";
import "./chunk-5EVUJRRL.js";
import "./chunk-2DZLJXUT.js";
import "./chunk-VGUGEDKH.js";
import "./chunk-KO5X26X3.js";
import "./chunk-FTSTLPRN.js";
import "./chunk-JONNG5RU.js";
import "./chunk-GCABOEQB.js";
import "./chunk-UKIEDSLB.js";
import "./chunk-INRJMM3F.js";
import "./chunk-VF4CPKD2.js";
import "./chunk-AXSLFW4E.js";
import "./chunk-M4PXIXSD.js";
import "./chunk-ISCTXA4Z.js";
import "./chunk-ONYK5AV7.js";
import "./chunk-NTER52CY.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-DGWQGGT6.js";
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
