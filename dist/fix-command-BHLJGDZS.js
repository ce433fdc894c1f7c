import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-AGZ2P5SK.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-DERI2WSF.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-NMH6XDUB.js";
import {
  isConflict,
  planFixes
} from "./chunk-PETEJQOC.js";
import {
  loadConfig
} from "./chunk-GSP42HUG.js";
import "./chunk-CJSCFIWJ.js";
import {
  createLinter,
  modelSettings
} from "./chunk-XO2PNVSE.js";
import "./chunk-RS74NPOA.js";
import "./chunk-IO7BKVAC.js";
import "./chunk-5NFPM4ND.js";
import "./chunk-2XL5BLQM.js";
import "./chunk-GT2QZ2L7.js";
import "./chunk-7TZUU3G2.js";
import "./chunk-ZRCJABPW.js";
import "./chunk-B7U5JCNB.js";
import "./chunk-JWZIZWM7.js";
import "./chunk-ABU7TVJF.js";
import "./chunk-MFE4NILN.js";
import "./chunk-RGHYL375.js";
import "./chunk-F7VOBKUU.js";
import "./chunk-Q6IIWLEE.js";
import "./chunk-F3FZXTUO.js";
import "./chunk-3BVYZH67.js";
import "./chunk-6F3LKC6U.js";
import "./chunk-KDQENFOB.js";
import "./chunk-GKTIIADT.js";
import "./chunk-6CSG3E5O.js";
import "./chunk-53HZWLIM.js";
import "./chunk-WXADRWH6.js";
import "./chunk-M4Z7LGSJ.js";
import "./chunk-EXZSU6UW.js";
import "./chunk-HBJE5B6C.js";
import "./chunk-NB5ATDQA.js";
import "./chunk-52K5BM73.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-5AO7PUDY.js";
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
