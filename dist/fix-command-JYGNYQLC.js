import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-W2THIA5I.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-PE3DJKGP.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-SWYWTRUV.js";
import {
  isConflict,
  planFixes
} from "./chunk-PTHKVS76.js";
import {
  loadConfig
} from "./chunk-AOHFWQFG.js";
import "./chunk-PDBZ5QKG.js";
import {
  createLinter,
  modelSettings
} from "./chunk-C5QZ2RWE.js";
import "./chunk-POUHCISX.js";
import "./chunk-X27EIPQ4.js";
import "./chunk-FENVYEEG.js";
import "./chunk-JU7PM5T7.js";
import "./chunk-QCCYERYC.js";
import "./chunk-OIVVKAMX.js";
import "./chunk-MGT6SFHK.js";
import "./chunk-EK66KWDK.js";
import "./chunk-UYQ4KX5T.js";
import "./chunk-FPUFPBAM.js";
import "./chunk-GAYVUDEF.js";
import "./chunk-QJDMRB7Z.js";
import "./chunk-QERK2WLX.js";
import "./chunk-7S7P6KEP.js";
import "./chunk-H537DXGV.js";
import "./chunk-HNBEFS2D.js";
import "./chunk-AVKAB7AP.js";
import "./chunk-W57JUAIT.js";
import "./chunk-GKTIIADT.js";
import "./chunk-KNXWVQZP.js";
import "./chunk-53HZWLIM.js";
import "./chunk-GPU5GIUC.js";
import "./chunk-PVN6HLLA.js";
import "./chunk-FRDKR7QS.js";
import "./chunk-VCCQJRSM.js";
import "./chunk-BL35BZ2C.js";
import "./chunk-AMVXXBCO.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-QEGP2JS5.js";
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
