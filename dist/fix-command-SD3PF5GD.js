import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-IIRWDYDL.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-RNLEKJHV.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-WUM3IWGA.js";
import {
  isConflict,
  planFixes
} from "./chunk-CHKYS3ZC.js";
import {
  loadConfig
} from "./chunk-GUG6J3C4.js";
import "./chunk-FDEW5YDY.js";
import {
  createLinter,
  modelSettings
} from "./chunk-TVIVFHDN.js";
import "./chunk-Q32UJYKT.js";
import "./chunk-PBAVEFTU.js";
import "./chunk-2FJZDUSX.js";
import "./chunk-BCD6LDYR.js";
import "./chunk-7GDMOF4I.js";
import "./chunk-ROQILJCU.js";
import "./chunk-VJBW5RWV.js";
import "./chunk-NF53ICSZ.js";
import "./chunk-P5YWIUPN.js";
import "./chunk-FI3EJL6L.js";
import "./chunk-T2DNE4IQ.js";
import "./chunk-J24WOL6Q.js";
import "./chunk-YWKMCP7M.js";
import "./chunk-VHZEVUX3.js";
import "./chunk-RXYTODFC.js";
import "./chunk-FRXAODKS.js";
import "./chunk-7GZQ6IVU.js";
import "./chunk-D2FSSJX2.js";
import "./chunk-GKTIIADT.js";
import "./chunk-7UXCVZML.js";
import "./chunk-53HZWLIM.js";
import "./chunk-FX2PBGRA.js";
import "./chunk-D73BCYNN.js";
import "./chunk-VXD246FR.js";
import "./chunk-HRI7MN4M.js";
import "./chunk-IY7PLPEW.js";
import "./chunk-KF4MW4NH.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-OLLGGBTZ.js";
import "./chunk-WX6H6K7W.js";

// src/cli/fix-command.ts
var prefix = "tdd-prompt-lint: ";
async function runFix(given, cwd, streams, relint) {
  const dryRun = given.fix === "dry-run";
  const options = { ...given, fix: void 0 };
  const paths = options.staged ? (await import("./staged-SEYMYYTG.js")).stagedTargets(cwd) : options.paths;
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
