import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-3Y72MEQH.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-3ZRJ47JJ.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-SUOBYUMD.js";
import {
  isConflict,
  planFixes
} from "./chunk-O66WYFRB.js";
import {
  loadConfig
} from "./chunk-HGVISFT6.js";
import "./chunk-3S7O3RDO.js";
import {
  createLinter,
  modelSettings
} from "./chunk-JD4NXQIO.js";
import "./chunk-R3BDODJF.js";
import "./chunk-JT7VMKOG.js";
import "./chunk-5IQBHS2V.js";
import "./chunk-6U6TBAO3.js";
import "./chunk-BZDSGFYG.js";
import "./chunk-HUZH4OPH.js";
import "./chunk-ZZKKFEG4.js";
import "./chunk-D54A35P7.js";
import "./chunk-55ISEL7M.js";
import "./chunk-CGXQBUXF.js";
import "./chunk-MW3WR7YD.js";
import "./chunk-W3GUXGE4.js";
import "./chunk-VJ4O2YES.js";
import "./chunk-D5XN7IC4.js";
import "./chunk-3HC3ZVKI.js";
import "./chunk-JQUXNMVX.js";
import "./chunk-YRPTMAFX.js";
import "./chunk-LM3GUP46.js";
import "./chunk-QOXJ4YVM.js";
import "./chunk-7EBWQW4A.js";
import "./chunk-53HZWLIM.js";
import "./chunk-SBOISAND.js";
import "./chunk-KJAWFNOH.js";
import "./chunk-GCVWE2QS.js";
import "./chunk-QEKR4OHW.js";
import "./chunk-AFVFNHZA.js";
import "./chunk-M2M4E7IA.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-AGFAG4TF.js";
import "./chunk-FBHDF4ML.js";

// src/cli/fix-command.ts
var prefix = "tdd-prompt-lint: ";
async function runFix(given, cwd, streams, relint) {
  const dryRun = given.fix === "dry-run";
  const options = { ...given, fix: void 0 };
  const paths = options.staged ? (await import("./staged-VUFQSN5S.js")).stagedTargets(cwd) : options.paths;
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
