import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-X6TKVFMT.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-VJYL727C.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-I7Y5AEYI.js";
import {
  isConflict,
  planFixes
} from "./chunk-NSS4NSSX.js";
import {
  loadConfig
} from "./chunk-437BRE6G.js";
import "./chunk-H575NI4W.js";
import {
  createLinter,
  modelSettings
} from "./chunk-2RNBUDDS.js";
import "./chunk-OEMNOQRO.js";
import "./chunk-V5CTUN6U.js";
import "./chunk-PLKIHNL5.js";
import "./chunk-3VZWPZGX.js";
import "./chunk-OUXEVF3F.js";
import "./chunk-GEBMVDCS.js";
import "./chunk-AYZUCFG5.js";
import "./chunk-Q3E3MFET.js";
import "./chunk-VSCJOT6Z.js";
import "./chunk-CL6BITGJ.js";
import "./chunk-RZH3IDIX.js";
import "./chunk-UB7U63XY.js";
import "./chunk-UBDCQSSD.js";
import "./chunk-KLOGVAWT.js";
import "./chunk-2KZSE6MF.js";
import "./chunk-QHXCHMBH.js";
import "./chunk-PPWFLN5F.js";
import "./chunk-D62YKLWL.js";
import "./chunk-GKTIIADT.js";
import "./chunk-HDNHALO7.js";
import "./chunk-53HZWLIM.js";
import "./chunk-TDO6SFE4.js";
import "./chunk-VU5WK3OY.js";
import "./chunk-WK3LLTD3.js";
import "./chunk-2ZM6JMQC.js";
import "./chunk-XPJ22TCL.js";
import "./chunk-DWK4YS5X.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-CP6F4YK7.js";
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
