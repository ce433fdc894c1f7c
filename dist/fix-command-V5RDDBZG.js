import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-XYOSCQMF.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-OAW47JIU.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-XM7YDOFU.js";
import {
  isConflict,
  planFixes
} from "./chunk-HUIAGFDN.js";
import {
  loadConfig
} from "./chunk-ZIE376JI.js";
import "./chunk-VQG5RUUM.js";
import {
  createLinter,
  modelSettings
} from "./chunk-Y6WF7OWO.js";
import "./chunk-5IXGRP3U.js";
import "./chunk-ZVG72AOF.js";
import "./chunk-WJ6IEH7K.js";
import "./chunk-PAOTDFJA.js";
import "./chunk-SJCAQ7XX.js";
import "./chunk-6PYDH3F2.js";
import "./chunk-X5KLIAUZ.js";
import "./chunk-CF5XUJSA.js";
import "./chunk-3ZD6NAYW.js";
import "./chunk-2KFSXN4S.js";
import "./chunk-IM27OMVQ.js";
import "./chunk-QT3HEQTC.js";
import "./chunk-B7WBKTUZ.js";
import "./chunk-KUTWBDCN.js";
import "./chunk-XQ5F77BK.js";
import "./chunk-M76VOUPA.js";
import "./chunk-43ZN7OJG.js";
import "./chunk-3FTHRNJ3.js";
import "./chunk-GKTIIADT.js";
import "./chunk-SA54A4J5.js";
import "./chunk-53HZWLIM.js";
import "./chunk-V6RCFZBW.js";
import "./chunk-GUFCJFET.js";
import "./chunk-4ZREUDJT.js";
import "./chunk-WOEFUGMB.js";
import "./chunk-FWFPAZW2.js";
import "./chunk-3XBJ2GZ2.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-NHBPTZTT.js";
import "./chunk-EKTD4TXU.js";

// src/cli/fix-command.ts
var prefix = "tdd-prompt-lint: ";
async function runFix(given, cwd, streams, relint) {
  const dryRun = given.fix === "dry-run";
  const options = { ...given, fix: void 0 };
  const paths = options.staged ? (await import("./staged-6V4PRZXX.js")).stagedTargets(cwd) : options.paths;
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
