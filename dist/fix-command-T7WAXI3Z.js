import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  isConflict,
  planFixes,
  summarize
} from "./chunk-M3M3SWWJ.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-OODRRO5D.js";
import {
  loadConfig,
  parseCliArgs
} from "./chunk-UHSZLNEH.js";
import "./chunk-UIB6YK5T.js";
import {
  createLinter,
  modelSettings
} from "./chunk-MGHRFWL5.js";
import "./chunk-H4QCL2TB.js";
import "./chunk-2GP4JZOM.js";
import "./chunk-ENFPLL2M.js";
import "./chunk-C6UUMD7S.js";
import "./chunk-ABAGFBHL.js";
import "./chunk-CCKO4OKE.js";
import "./chunk-PKX2GJOO.js";
import "./chunk-GNLMOMIG.js";
import "./chunk-PYWBLWVL.js";
import "./chunk-ASCROK3S.js";
import "./chunk-MRD73F5R.js";
import "./chunk-KO5X26X3.js";
import "./chunk-R5I75FBH.js";
import "./chunk-4D5TJO2U.js";
import "./chunk-ZMJZDUHC.js";
import "./chunk-5UZOIFRJ.js";
import "./chunk-DESU2UXL.js";
import "./chunk-YBVULJEF.js";
import "./chunk-I2PKKQDR.js";
import "./chunk-OKK4EVTU.js";
import "./chunk-ZIRZRQ3G.js";
import "./chunk-NF6EAOX2.js";
import "./chunk-FJGCWI3Q.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-RQZAEZMH.js";
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
