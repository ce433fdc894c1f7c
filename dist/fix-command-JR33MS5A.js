import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-OAQMIFNG.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-TJYV3T4B.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-QQ2M4AMO.js";
import {
  isConflict,
  planFixes
} from "./chunk-TF3M7AK3.js";
import {
  loadConfig
} from "./chunk-TX6NBYPY.js";
import "./chunk-KU7CHBJL.js";
import {
  createLinter,
  modelSettings
} from "./chunk-T7KVMHPM.js";
import "./chunk-JXQJ5YYY.js";
import "./chunk-RTNZV2I5.js";
import "./chunk-TSWZBJXA.js";
import "./chunk-DHVAQJ2E.js";
import "./chunk-7SHH2J6W.js";
import "./chunk-RBXCEA2D.js";
import "./chunk-GNCNZQGT.js";
import "./chunk-3CDEHYCY.js";
import "./chunk-J265H5GE.js";
import "./chunk-EZIXGQMX.js";
import "./chunk-AOXI7HTS.js";
import "./chunk-ECRIRJWL.js";
import "./chunk-BKZ3QLPP.js";
import "./chunk-VCMND4Y5.js";
import "./chunk-OHI6GRUR.js";
import "./chunk-XRCF24XO.js";
import "./chunk-7IXKSVMP.js";
import "./chunk-AGJSM7YJ.js";
import "./chunk-GKTIIADT.js";
import "./chunk-UORFMJNE.js";
import "./chunk-53HZWLIM.js";
import "./chunk-M4R6X6ZG.js";
import "./chunk-IWTE4YH4.js";
import "./chunk-N4M64ARB.js";
import "./chunk-ZS76GRYF.js";
import "./chunk-QENRUOAR.js";
import "./chunk-6YRAJZXT.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-7JRAG53Q.js";
import "./chunk-5HIIY6MO.js";
import "./chunk-L4DFUNMN.js";

// src/cli/fix-command.ts
var prefix = "tdd-prompt-lint: ";
async function runFix(given, cwd, streams, relint) {
  const dryRun = given.fix === "dry-run";
  const options = { ...given, fix: void 0 };
  const paths = options.staged ? (await import("./staged-KTXV3EYO.js")).stagedTargets(cwd) : options.paths;
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
