import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  isConflict,
  planFixes,
  summarize
} from "./chunk-522M7LIZ.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-O5A3W6PQ.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-JFFMMSUC.js";
import {
  loadConfig
} from "./chunk-SMEG23WD.js";
import "./chunk-F7T7KVUL.js";
import {
  createLinter,
  modelSettings
} from "./chunk-C7AQN4MW.js";
import "./chunk-UOKJAVBA.js";
import "./chunk-ITKTMJQD.js";
import "./chunk-6GWABCWU.js";
import "./chunk-IUVQ37RB.js";
import "./chunk-VHHAPOVP.js";
import "./chunk-GP5W2DSB.js";
import "./chunk-EXN73XRN.js";
import "./chunk-CU3TK4T3.js";
import "./chunk-VI5LLHUE.js";
import "./chunk-2WALKSXC.js";
import "./chunk-UI4PSLY2.js";
import "./chunk-JGT4LUKB.js";
import "./chunk-Q2NBBFB3.js";
import "./chunk-IKZAL5D7.js";
import "./chunk-42V7MZX2.js";
import "./chunk-PGUHYY5N.js";
import "./chunk-3I6KN7OG.js";
import "./chunk-LMJNAH4Q.js";
import "./chunk-QOXJ4YVM.js";
import "./chunk-ORBNKV6W.js";
import "./chunk-53HZWLIM.js";
import "./chunk-QO4THOEZ.js";
import "./chunk-OS22EK3V.js";
import "./chunk-SDNQL6GO.js";
import "./chunk-56232XSX.js";
import "./chunk-ATCSKGMG.js";
import "./chunk-ZT4W6VJ2.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-MGU3OUNH.js";
import "./chunk-FBHDF4ML.js";

// src/cli/fix-command.ts
var prefix = "tdd-prompt-lint: ";
async function runFix(given, cwd, streams, relint) {
  const dryRun = given.fix === "dry-run";
  const options = { ...given, fix: void 0 };
  const paths = options.staged ? (await import("./staged-VUFQSN5S.js")).stagedTargets(cwd) : options.paths;
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
