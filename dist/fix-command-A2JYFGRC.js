import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-XF7OQYUA.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-UIYVEAZV.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-MKF5UP2V.js";
import {
  isConflict,
  planFixes
} from "./chunk-D2PECOPB.js";
import {
  loadConfig
} from "./chunk-BXQDHD4A.js";
import "./chunk-GPB7KFCN.js";
import {
  createLinter,
  modelSettings
} from "./chunk-BVLZNNLX.js";
import "./chunk-3JRRAYIP.js";
import "./chunk-ZVTFQH2I.js";
import "./chunk-N7CH5PCK.js";
import "./chunk-6NZIRWCE.js";
import "./chunk-BTLEQH7H.js";
import "./chunk-4NGDF4Z5.js";
import "./chunk-Y2KKONHW.js";
import "./chunk-QGZPJGNT.js";
import "./chunk-BXXYSABQ.js";
import "./chunk-G6UTKOGL.js";
import "./chunk-2FDMAPAS.js";
import "./chunk-A27DPQHI.js";
import "./chunk-2P5XTXJN.js";
import "./chunk-M5GJTIQK.js";
import "./chunk-RK3EL5WB.js";
import "./chunk-HP5HCRK7.js";
import "./chunk-WKBCS66D.js";
import "./chunk-R3FFEI3M.js";
import "./chunk-GKTIIADT.js";
import "./chunk-A3WBZMPQ.js";
import "./chunk-53HZWLIM.js";
import "./chunk-BQPP6OIJ.js";
import "./chunk-GLQI3GKW.js";
import "./chunk-CY57JTXS.js";
import "./chunk-4BKQQS6L.js";
import "./chunk-LHU2AK7M.js";
import "./chunk-NETADY5P.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-BOLUMWAU.js";
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
