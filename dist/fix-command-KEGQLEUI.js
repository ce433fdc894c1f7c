import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  isConflict,
  planFixes,
  summarize
} from "./chunk-26TPMZPV.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-T6EJXEYT.js";
import {
  loadConfig,
  parseCliArgs
} from "./chunk-DS35444P.js";
import "./chunk-C6FXVC2V.js";
import {
  createLinter,
  modelSettings
} from "./chunk-RU5NWIHV.js";
import "./chunk-PVCSV4SG.js";
import "./chunk-WYFFC4AN.js";
import "./chunk-EGUKGLS2.js";
import "./chunk-5OJDJOXI.js";
import "./chunk-FHFYUKX4.js";
import "./chunk-N4BAKGM6.js";
import "./chunk-AHJL2S5M.js";
import "./chunk-SYASSHXA.js";
import "./chunk-VJA2M56W.js";
import "./chunk-3P6NC7O2.js";
import "./chunk-6ZB3L2KM.js";
import "./chunk-KO5X26X3.js";
import "./chunk-BRAKG6IS.js";
import "./chunk-34H65AP7.js";
import "./chunk-GOH637LS.js";
import "./chunk-HSDQEMQQ.js";
import "./chunk-VGZ4U4UT.js";
import "./chunk-HS5YQFME.js";
import "./chunk-DAL4WF3Q.js";
import "./chunk-MCGTR5CH.js";
import "./chunk-WMV3WFDP.js";
import "./chunk-EFXJL473.js";
import "./chunk-EEYYNJP7.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-5QHFDMPG.js";
import "./chunk-YEZTWO7G.js";

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
