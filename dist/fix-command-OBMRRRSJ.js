import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-TBOSYCMQ.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-5GOT3PLU.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-GMTP3XRS.js";
import {
  isConflict,
  planFixes
} from "./chunk-IABBVAUC.js";
import {
  loadConfig
} from "./chunk-Z4LKQ2MW.js";
import "./chunk-YTZVNEKN.js";
import {
  createLinter,
  modelSettings
} from "./chunk-ZFOTVFBN.js";
import "./chunk-WA2Z55HZ.js";
import "./chunk-4E3FVK2D.js";
import "./chunk-RQVTHQOE.js";
import "./chunk-6ESEEOH2.js";
import "./chunk-M4BAN3TJ.js";
import "./chunk-ZQU3I6XW.js";
import "./chunk-BBEO2YJS.js";
import "./chunk-AJ7HJVIU.js";
import "./chunk-QYQS2F4F.js";
import "./chunk-OQVBQAI5.js";
import "./chunk-Y5XKJHBC.js";
import "./chunk-NKWUV2ZN.js";
import "./chunk-3GMOHWU4.js";
import "./chunk-24S6S6FY.js";
import "./chunk-ZUZJHD2X.js";
import "./chunk-6IH4K3L4.js";
import "./chunk-CDLEUFV5.js";
import "./chunk-WDBWDMAU.js";
import "./chunk-GKTIIADT.js";
import "./chunk-MWMIVKEJ.js";
import "./chunk-53HZWLIM.js";
import "./chunk-KN2R2ZRM.js";
import "./chunk-P2WHBZ3P.js";
import "./chunk-2VKVKHNC.js";
import "./chunk-OPWVRUWC.js";
import "./chunk-YCUD64X6.js";
import "./chunk-RMCFUR5C.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-SKDX4WDE.js";
import "./chunk-QHT7BCVZ.js";

// src/cli/fix-command.ts
var prefix = "tdd-prompt-lint: ";
async function runFix(given, cwd, streams, relint) {
  const dryRun = given.fix === "dry-run";
  const options = { ...given, fix: void 0 };
  const paths = options.staged ? (await import("./staged-JILSSHU4.js")).stagedTargets(cwd) : options.paths;
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
