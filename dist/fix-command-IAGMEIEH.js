import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-DM3ADHLL.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-KCV3W5TS.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-LW5AO7LY.js";
import {
  isConflict,
  planFixes
} from "./chunk-63NOADBV.js";
import {
  loadConfig
} from "./chunk-Z5332MT4.js";
import "./chunk-MQ5E77Q6.js";
import {
  createLinter,
  modelSettings
} from "./chunk-J3QEZ2NV.js";
import "./chunk-3J4FMIAK.js";
import "./chunk-WYL4PZA7.js";
import "./chunk-L2TKJW2Y.js";
import "./chunk-7FH6VHFA.js";
import "./chunk-PESGKF32.js";
import "./chunk-3JUARHIC.js";
import "./chunk-3UTMNNPH.js";
import "./chunk-PPBTTT6L.js";
import "./chunk-KTDHTRSZ.js";
import "./chunk-HJHDPX7Q.js";
import "./chunk-U5IAAJ7C.js";
import "./chunk-N3ES3TKE.js";
import "./chunk-FX4O6OJT.js";
import "./chunk-6EEP6FZ3.js";
import "./chunk-ZHFBGSFO.js";
import "./chunk-NUFCQQDY.js";
import "./chunk-BJR7DYSK.js";
import "./chunk-PKMIXQNU.js";
import "./chunk-GKTIIADT.js";
import "./chunk-C6JE42CF.js";
import "./chunk-53HZWLIM.js";
import "./chunk-JMN2YUT5.js";
import "./chunk-4L3BHLXX.js";
import "./chunk-UKZ3HZAO.js";
import "./chunk-YAVZO3H5.js";
import "./chunk-AVH6F2DS.js";
import "./chunk-RDVXZHXN.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-4X4KD2YE.js";
import "./chunk-YOO7I2IZ.js";

// src/cli/fix-command.ts
var prefix = "tdd-prompt-lint: ";
async function runFix(given, cwd, streams, relint) {
  const dryRun = given.fix === "dry-run";
  const options = { ...given, fix: void 0 };
  const paths = options.staged ? (await import("./staged-K6OTLRAK.js")).stagedTargets(cwd) : options.paths;
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
