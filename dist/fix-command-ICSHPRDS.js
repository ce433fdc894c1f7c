import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-XACYRVLR.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-SIGNRQMK.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-FTWKOJW3.js";
import {
  isConflict,
  planFixes
} from "./chunk-7O2JITQO.js";
import {
  loadConfig
} from "./chunk-AEAEI45F.js";
import "./chunk-FPSJ5KHN.js";
import {
  createLinter,
  modelSettings
} from "./chunk-WXVQI7MW.js";
import "./chunk-BCSF6YIQ.js";
import "./chunk-4BZ7NAYX.js";
import "./chunk-6RGG6L3J.js";
import "./chunk-GBLRQ2F4.js";
import "./chunk-R3U6INLE.js";
import "./chunk-4WZF2VKL.js";
import "./chunk-JJRI6SZN.js";
import "./chunk-2WWUCUDN.js";
import "./chunk-UQ7OP2DT.js";
import "./chunk-ZNBQGAYZ.js";
import "./chunk-7LT6RMU7.js";
import "./chunk-NRPELPON.js";
import "./chunk-RBWX5FLD.js";
import "./chunk-M3AVSRRG.js";
import "./chunk-SPHMVBPM.js";
import "./chunk-GSV24T2O.js";
import "./chunk-FYG6WOLO.js";
import "./chunk-4VPBJO7Q.js";
import "./chunk-GKTIIADT.js";
import "./chunk-SJETFOL5.js";
import "./chunk-53HZWLIM.js";
import "./chunk-SE34OHNP.js";
import "./chunk-QBJOYAWV.js";
import "./chunk-EJTLFMTX.js";
import "./chunk-DQQXBQTS.js";
import "./chunk-5A5FCGZC.js";
import "./chunk-2MOZNH7W.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-QNIOLSON.js";
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
