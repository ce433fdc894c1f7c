import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-2I53CR3C.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-U5NURQVZ.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-GW2UTNNA.js";
import {
  isConflict,
  planFixes
} from "./chunk-QPNY5OZM.js";
import {
  loadConfig
} from "./chunk-ZR5AZFX2.js";
import "./chunk-NEOXYRJN.js";
import {
  createLinter,
  modelSettings
} from "./chunk-NMJKTC52.js";
import "./chunk-XU7WZ4RP.js";
import "./chunk-ZVOTPVFT.js";
import "./chunk-UQH4OYXO.js";
import "./chunk-GPJPZHKU.js";
import "./chunk-LTK4LCM7.js";
import "./chunk-AFZBCIFB.js";
import "./chunk-KDXCGKGG.js";
import "./chunk-DW3WDYPE.js";
import "./chunk-C5PIZPPN.js";
import "./chunk-E6TG7T7H.js";
import "./chunk-R3ZFLKDQ.js";
import "./chunk-WPY5NG3D.js";
import "./chunk-IAC2BFJR.js";
import "./chunk-47ADU3SD.js";
import "./chunk-JLU6ETJ3.js";
import "./chunk-7BCPYVFB.js";
import "./chunk-YAQQDIVU.js";
import "./chunk-HA7BOQEE.js";
import "./chunk-QOXJ4YVM.js";
import "./chunk-VCFHFZZB.js";
import "./chunk-53HZWLIM.js";
import "./chunk-CLJL235Y.js";
import "./chunk-Y4SV3HR5.js";
import "./chunk-JBHS2IUU.js";
import "./chunk-TMNESRJF.js";
import "./chunk-SSULD4FC.js";
import "./chunk-NVI3AOA3.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-KN5WREKU.js";
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
