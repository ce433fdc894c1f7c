import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-BFK34ZFP.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-ANC6BPWC.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-A54CDDRD.js";
import {
  isConflict,
  planFixes
} from "./chunk-KYL6KWEE.js";
import {
  loadConfig
} from "./chunk-SBGXTJRZ.js";
import "./chunk-IG22TBA4.js";
import {
  createLinter,
  modelSettings
} from "./chunk-4K7AC7XL.js";
import "./chunk-3M3C6UJ6.js";
import "./chunk-QM65JBZX.js";
import "./chunk-VGVKN4PH.js";
import "./chunk-T5N3M3Y2.js";
import "./chunk-YH6Q6PQK.js";
import "./chunk-YKXPIG2N.js";
import "./chunk-DTFDU54T.js";
import "./chunk-VVH6YS4W.js";
import "./chunk-XUHDSWNT.js";
import "./chunk-DTE5ELHZ.js";
import "./chunk-UHOWCKCB.js";
import "./chunk-R4GYF4IJ.js";
import "./chunk-K5UPJLM3.js";
import "./chunk-ORV5TY6Y.js";
import "./chunk-M5H4FD7N.js";
import "./chunk-FUAEQBAJ.js";
import "./chunk-RZM4UCAL.js";
import "./chunk-VG6OAHXD.js";
import "./chunk-GKTIIADT.js";
import "./chunk-ZO5QNWMP.js";
import "./chunk-53HZWLIM.js";
import "./chunk-TO76JAFT.js";
import "./chunk-RKECNO6N.js";
import "./chunk-2ZPYPP4W.js";
import "./chunk-6X2ZB3DM.js";
import "./chunk-GYCVG7XL.js";
import "./chunk-NXFQ7NW5.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-OJ7P3AHY.js";
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
