import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-FHM5SWKL.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-6F65II2J.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-E566OEJW.js";
import {
  isConflict,
  planFixes
} from "./chunk-G3VRLMGR.js";
import {
  loadConfig
} from "./chunk-DDLZBYKR.js";
import "./chunk-ASQRIWGB.js";
import {
  createLinter,
  modelSettings
} from "./chunk-FGFDPV73.js";
import "./chunk-WHSQ62PU.js";
import "./chunk-KPK6IDCF.js";
import "./chunk-XCHVSSS7.js";
import "./chunk-7RF7WCGN.js";
import "./chunk-4XHFBNCJ.js";
import "./chunk-TA7DRODV.js";
import "./chunk-5MAITHSU.js";
import "./chunk-TIT3L5CQ.js";
import "./chunk-RHBYQX7O.js";
import "./chunk-WFXETAAZ.js";
import "./chunk-YTX2R2HF.js";
import "./chunk-65ICSOWM.js";
import "./chunk-5A6JW72A.js";
import "./chunk-Y3P54PO4.js";
import "./chunk-4ZLATQWE.js";
import "./chunk-TKVTO6HS.js";
import "./chunk-MUTOYXAH.js";
import "./chunk-AHJNMXFA.js";
import "./chunk-GKTIIADT.js";
import "./chunk-UDSS5SZD.js";
import "./chunk-53HZWLIM.js";
import "./chunk-K6MB2FQM.js";
import "./chunk-HVAVXZPB.js";
import "./chunk-DK2T5JXV.js";
import "./chunk-KOF4YQCV.js";
import "./chunk-DORTNV3O.js";
import "./chunk-FX5QU5KV.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-DHFM55ED.js";
import "./chunk-YO7UGG4C.js";

// src/cli/fix-command.ts
var prefix = "tdd-prompt-lint: ";
async function runFix(given, cwd, streams, relint) {
  const dryRun = given.fix === "dry-run";
  const options = { ...given, fix: void 0 };
  const paths = options.staged ? (await import("./staged-VUPCVK2M.js")).stagedTargets(cwd) : options.paths;
  if (options.staged && paths.length === 0) return relint(options);
  const config = withCommandLineRules(loadConfig(cwd, options.config, paths[0]), options.rules);
  const linter = createLinter(config.settings, cwd);
  const { files, problems } = await collectFiles(paths, {
    cwd,
    config,
    ignorePath: options.ignorePath,
    gitignore: options.gitignore,
    exclude: options.exclude
  });
  if (problems.length > 0 && files.length === 0) return relint(options);
  const concurrency = resolveConcurrency(options.concurrency, files.length);
  const results = await lintFiles(files, config.settings, cwd, { concurrency, linter });
  const model = new SuiteModel(modelSettings(config.settings, cwd));
  const plan = planFixes(results, model, { cwd });
  if (isConflict(plan)) {
    streams.stderr.write(
      safeLine(`${prefix}cannot fix, nothing changed: ${plan.conflicts.join("; ")}`) + "\n"
    );
    return 2;
  }
  if (dryRun) {
    streams.stdout.write(formatPlan(plan, cwd));
    return 0;
  }
  if (plan.renames.length > 0 || plan.edits.size > 0) {
    const { signal } = await holdSignals(() => applyPlan(plan));
    streams.stderr.write(summarize(plan, cwd));
    if (signal) {
      streams.stderr.write(`${prefix}${heldSignalLine(signal)}
`);
      return signalExitCode(signal);
    }
  }
  return relint(options);
}
export {
  runFix
};
