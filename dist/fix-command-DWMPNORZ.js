import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-5OAB7KFJ.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-UQJJOJVD.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-4QWKMXCV.js";
import {
  isConflict,
  planFixes
} from "./chunk-J67BJZDW.js";
import {
  loadConfig
} from "./chunk-TK6LUZPL.js";
import "./chunk-NIBMZKG4.js";
import {
  createLinter,
  modelSettings
} from "./chunk-XY4ZFXM3.js";
import "./chunk-RR6PW6DX.js";
import "./chunk-A4OCW4J6.js";
import "./chunk-A7LML2XG.js";
import "./chunk-KKOQRU6G.js";
import "./chunk-W66Q635G.js";
import "./chunk-LT2VY6AO.js";
import "./chunk-MNKEG6UV.js";
import "./chunk-K3OHVEEL.js";
import "./chunk-QV5QXKYT.js";
import "./chunk-UXPMHZQX.js";
import "./chunk-YLGAIHRZ.js";
import "./chunk-NAFN7BLN.js";
import "./chunk-XLLCAH66.js";
import "./chunk-2WMIV62R.js";
import "./chunk-2FDCEEZ3.js";
import "./chunk-XPB2MLMN.js";
import "./chunk-VMQDZCDL.js";
import "./chunk-RUAJBLEN.js";
import "./chunk-GKTIIADT.js";
import "./chunk-N2V6KQPC.js";
import "./chunk-53HZWLIM.js";
import "./chunk-SAI2FFS5.js";
import "./chunk-SYEFC4JF.js";
import "./chunk-KGZDAZV4.js";
import "./chunk-NDWXXL25.js";
import "./chunk-LSWPTOB3.js";
import "./chunk-HZPLCIXO.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-W3BLVKRZ.js";
import "./chunk-CDIDJOQP.js";

// src/cli/fix-command.ts
var prefix = "tdd-prompt-lint: ";
async function runFix(given, cwd, streams, relint) {
  const dryRun = given.fix === "dry-run";
  const options = { ...given, fix: void 0 };
  const paths = options.staged ? (await import("./staged-QUEWD7WA.js")).stagedTargets(cwd) : options.paths;
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
