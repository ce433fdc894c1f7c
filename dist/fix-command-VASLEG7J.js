import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-3QHOKMX3.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-B466NI5D.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-UO4NLUKG.js";
import {
  isConflict,
  planFixes
} from "./chunk-WOHE6TDR.js";
import {
  loadConfig
} from "./chunk-AHHZGYAT.js";
import "./chunk-PVEJZSNZ.js";
import {
  createLinter,
  modelSettings
} from "./chunk-A35AIMMI.js";
import "./chunk-CC75CBUC.js";
import "./chunk-XG4GNTTL.js";
import "./chunk-WANYH7PI.js";
import "./chunk-XDW4H23G.js";
import "./chunk-3SGOJPIA.js";
import "./chunk-GGJMHDCV.js";
import "./chunk-QY5V5KRQ.js";
import "./chunk-NZIVTBGF.js";
import "./chunk-NSBJLXZK.js";
import "./chunk-D2TWPN5E.js";
import "./chunk-AC53PJZ5.js";
import "./chunk-2A7EQJFG.js";
import "./chunk-D5HGA2QY.js";
import "./chunk-6CN73KZX.js";
import "./chunk-P5MMJZE5.js";
import "./chunk-SLVGYUNR.js";
import "./chunk-T2UFIRZI.js";
import "./chunk-QIF264OR.js";
import "./chunk-GKTIIADT.js";
import "./chunk-CIWBHPJZ.js";
import "./chunk-53HZWLIM.js";
import "./chunk-DWGDEQTR.js";
import "./chunk-5OIUUCST.js";
import "./chunk-XQGRMLGA.js";
import "./chunk-V6UIM52E.js";
import "./chunk-US6ZV322.js";
import "./chunk-MRL3JSS2.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-EADWQGIT.js";
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
