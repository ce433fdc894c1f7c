import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-AUYDOIKZ.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-GHFT2UB3.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-EXK2KOT3.js";
import {
  isConflict,
  planFixes
} from "./chunk-5KTTUIPN.js";
import {
  loadConfig
} from "./chunk-FRETXAQQ.js";
import "./chunk-GZCFP77Y.js";
import {
  createLinter,
  modelSettings
} from "./chunk-N6FMMVDZ.js";
import "./chunk-ZTOSRUBL.js";
import "./chunk-IFDSQIFL.js";
import "./chunk-J7VBF3CU.js";
import "./chunk-WQML42FS.js";
import "./chunk-HI5HQYK4.js";
import "./chunk-TSQA2NM6.js";
import "./chunk-GSD2PPAU.js";
import "./chunk-RFDRHPIW.js";
import "./chunk-PP3DRRIT.js";
import "./chunk-JX2PRFAE.js";
import "./chunk-ZMU52FUJ.js";
import "./chunk-DVAPFQID.js";
import "./chunk-IXN7LBKV.js";
import "./chunk-XBECEUJY.js";
import "./chunk-GP5LLZ5T.js";
import "./chunk-CIUWBUEJ.js";
import "./chunk-SUM66SDB.js";
import "./chunk-5GVPCXOH.js";
import "./chunk-GKTIIADT.js";
import "./chunk-T5UP5D3U.js";
import "./chunk-53HZWLIM.js";
import "./chunk-U4GGQCTL.js";
import "./chunk-S2F2XFVG.js";
import "./chunk-JE5GDUEH.js";
import "./chunk-QOBHTGTG.js";
import "./chunk-XIIQWKHQ.js";
import "./chunk-RUMGUBSP.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-QVWIHFDH.js";
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
