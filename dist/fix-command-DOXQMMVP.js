import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-BY3JN4TP.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-HEOK2BZU.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-ABOGZFCS.js";
import {
  isConflict,
  planFixes
} from "./chunk-NTRNXH4H.js";
import {
  loadConfig
} from "./chunk-6QA43UNW.js";
import "./chunk-AUMU3A5I.js";
import {
  createLinter,
  modelSettings
} from "./chunk-PPUTGT3O.js";
import "./chunk-QOBWUWRK.js";
import "./chunk-FBS3HAE2.js";
import "./chunk-IOEA52Q6.js";
import "./chunk-FGFHFMVK.js";
import "./chunk-VNASGAEY.js";
import "./chunk-2NFYXXYV.js";
import "./chunk-5HW4CAQQ.js";
import "./chunk-IUAQWTKQ.js";
import "./chunk-Y6GPGHKP.js";
import "./chunk-KS3AWZFQ.js";
import "./chunk-QERIO4ZQ.js";
import "./chunk-XBQCIR25.js";
import "./chunk-2OI2KENT.js";
import "./chunk-O5OR7T2R.js";
import "./chunk-UWSZIRGT.js";
import "./chunk-DLYORWOX.js";
import "./chunk-G625TIIM.js";
import "./chunk-H6P334OQ.js";
import "./chunk-GKTIIADT.js";
import "./chunk-7IMEA3S3.js";
import "./chunk-53HZWLIM.js";
import "./chunk-T573AAUK.js";
import "./chunk-ETHM37U3.js";
import "./chunk-3XCFWH5P.js";
import "./chunk-SHCRGUYI.js";
import "./chunk-HWXTSKYD.js";
import "./chunk-K3G72UE5.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-BEMMNZVQ.js";
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
