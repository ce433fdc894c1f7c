import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-7OPNM4PO.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-T64XDPED.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-3U24MSH5.js";
import {
  isConflict,
  planFixes
} from "./chunk-CFJAISYM.js";
import {
  loadConfig
} from "./chunk-6ZI4U5MO.js";
import "./chunk-YZKIJUS2.js";
import {
  createLinter,
  modelSettings
} from "./chunk-DFBQQQEU.js";
import "./chunk-VILLUCTA.js";
import "./chunk-R7WENA5X.js";
import "./chunk-UWBASXIB.js";
import "./chunk-56GIREO4.js";
import "./chunk-O5VPX7TM.js";
import "./chunk-XPGV7J33.js";
import "./chunk-JJVZTHQT.js";
import "./chunk-ZZ3PEJ2J.js";
import "./chunk-MLGDXHIS.js";
import "./chunk-CJNFINFB.js";
import "./chunk-EJMQVAV5.js";
import "./chunk-RXRBJEGL.js";
import "./chunk-Q46CMGAY.js";
import "./chunk-XKGL4KD5.js";
import "./chunk-VTXOO724.js";
import "./chunk-MPIVDZ3J.js";
import "./chunk-7UW73LDC.js";
import "./chunk-ZUSCECTY.js";
import "./chunk-GKTIIADT.js";
import "./chunk-EMUUPQEZ.js";
import "./chunk-53HZWLIM.js";
import "./chunk-VLHA7LA5.js";
import "./chunk-ZLH727K4.js";
import "./chunk-VWCZCUDR.js";
import "./chunk-4K52PE4Z.js";
import "./chunk-AZKDRKH3.js";
import "./chunk-GVLFWA5A.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-JY3AZZE5.js";
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
