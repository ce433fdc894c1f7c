import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-WYCMREPH.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-ENQBMDNH.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-TT2FEG5K.js";
import {
  isConflict,
  planFixes
} from "./chunk-X2TVCPND.js";
import {
  loadConfig
} from "./chunk-HGIMZ6XJ.js";
import "./chunk-PSK7ZSBX.js";
import {
  createLinter,
  modelSettings
} from "./chunk-NDNRDQQ6.js";
import "./chunk-AVLDQ6EX.js";
import "./chunk-YFAFOM2O.js";
import "./chunk-MSUGZ4ZM.js";
import "./chunk-RSWM3FOE.js";
import "./chunk-IV6PHZAS.js";
import "./chunk-6XUG6UGQ.js";
import "./chunk-HROVF7CY.js";
import "./chunk-5LX3GPNH.js";
import "./chunk-IZLF5GAC.js";
import "./chunk-TV6CACQT.js";
import "./chunk-OD42GYYF.js";
import "./chunk-IKXKR6JR.js";
import "./chunk-LGEQNFLM.js";
import "./chunk-RSEYB7BC.js";
import "./chunk-6DYS22HY.js";
import "./chunk-FHAWOMW7.js";
import "./chunk-UZPQ2MUZ.js";
import "./chunk-IJSIIMMV.js";
import "./chunk-GKTIIADT.js";
import "./chunk-7DHQXQNC.js";
import "./chunk-53HZWLIM.js";
import "./chunk-NZW2XSXL.js";
import "./chunk-WXOH3WJR.js";
import "./chunk-74FUEBQS.js";
import "./chunk-2GH4FF4J.js";
import "./chunk-SEZU7XF7.js";
import "./chunk-DPLQTNM2.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-VBREPSUZ.js";
import "./chunk-ZCMLPP7Y.js";

// src/cli/fix-command.ts
var prefix = "tdd-prompt-lint: ";
async function runFix(given, cwd, streams, relint) {
  const dryRun = given.fix === "dry-run";
  const options = { ...given, fix: void 0 };
  const paths = options.staged ? (await import("./staged-KTFUSENW.js")).stagedTargets(cwd) : options.paths;
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
