import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-DRTY3OBH.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-HWVVKYJW.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-LJHMFKVK.js";
import {
  isConflict,
  planFixes
} from "./chunk-GCLJINK7.js";
import {
  loadConfig
} from "./chunk-QIFSSONU.js";
import "./chunk-2NWOHHXK.js";
import {
  createLinter,
  modelSettings
} from "./chunk-X2CTG4EP.js";
import "./chunk-7KKF3SZO.js";
import "./chunk-ZX47ZP63.js";
import "./chunk-AH356IIN.js";
import "./chunk-3M6WECN2.js";
import "./chunk-HWOVEENJ.js";
import "./chunk-SRDYD5LO.js";
import "./chunk-WZEC233Y.js";
import "./chunk-ZIDUCTMH.js";
import "./chunk-QRFPA543.js";
import "./chunk-VCUAVDB5.js";
import "./chunk-EFSQ4HK3.js";
import "./chunk-OVWDIM5G.js";
import "./chunk-FQVGW5I3.js";
import "./chunk-I76HQH6B.js";
import "./chunk-IFOOR7TE.js";
import "./chunk-B4DPF3GE.js";
import "./chunk-WYXS2XZQ.js";
import "./chunk-NF5O6KN5.js";
import "./chunk-GKTIIADT.js";
import "./chunk-ZZ27WIDK.js";
import "./chunk-53HZWLIM.js";
import "./chunk-U4VLOJOM.js";
import "./chunk-VYJJU3R3.js";
import "./chunk-4MZIIXMG.js";
import "./chunk-LWOB22WI.js";
import "./chunk-AK3LS3DJ.js";
import "./chunk-C46MMHOC.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-D2Y76NGA.js";
import "./chunk-CEDZ37P7.js";

// src/cli/fix-command.ts
var prefix = "tdd-prompt-lint: ";
async function runFix(given, cwd, streams, relint) {
  const dryRun = given.fix === "dry-run";
  const options = { ...given, fix: void 0 };
  const paths = options.staged ? (await import("./staged-R3DDXVB5.js")).stagedTargets(cwd) : options.paths;
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
