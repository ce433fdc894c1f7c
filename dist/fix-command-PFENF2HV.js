import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-ZPEFBYFC.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-3EN652QU.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-R2DSOB4L.js";
import {
  isConflict,
  planFixes
} from "./chunk-6CJHLK64.js";
import {
  loadConfig
} from "./chunk-LQEMYA7S.js";
import "./chunk-APVLSLCM.js";
import {
  createLinter,
  modelSettings
} from "./chunk-VFDZKZKN.js";
import "./chunk-3ZKJK3J4.js";
import "./chunk-HHJNL3OJ.js";
import "./chunk-OLCFWSUG.js";
import "./chunk-UPEWVXYQ.js";
import "./chunk-KVDGDFV6.js";
import "./chunk-CA2YLDUA.js";
import "./chunk-RS5FOTHY.js";
import "./chunk-FPB27IJ3.js";
import "./chunk-25TBVAO3.js";
import "./chunk-P2PQABJ4.js";
import "./chunk-WZNICKRX.js";
import "./chunk-JPDN3IVS.js";
import "./chunk-CVN35SH7.js";
import "./chunk-XCI3IQUC.js";
import "./chunk-KWIM7N23.js";
import "./chunk-DX57UUSN.js";
import "./chunk-ZZPKCN4M.js";
import "./chunk-ETWTD5KR.js";
import "./chunk-GKTIIADT.js";
import "./chunk-O4SI3QCW.js";
import "./chunk-53HZWLIM.js";
import "./chunk-GNLEXSOI.js";
import "./chunk-4ZEVKKRX.js";
import "./chunk-2CX4YEEG.js";
import "./chunk-PKE5HEDP.js";
import "./chunk-PDWCSJ3G.js";
import "./chunk-ITAAAK5F.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-OCDMQTOX.js";
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
