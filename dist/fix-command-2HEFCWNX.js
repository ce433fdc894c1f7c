import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  summarize
} from "./chunk-SK7JBLE7.js";
import {
  heldSignalLine,
  holdSignals,
  signalExitCode
} from "./chunk-PVMU5CKO.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-QDSJ34GR.js";
import {
  safeLine,
  withCommandLineRules
} from "./chunk-4N5UTOOH.js";
import {
  isConflict,
  planFixes
} from "./chunk-RQXBQBLN.js";
import {
  loadConfig
} from "./chunk-EC5JESTX.js";
import "./chunk-OQNZ7JX7.js";
import {
  createLinter,
  modelSettings
} from "./chunk-IEJIL422.js";
import "./chunk-FNYYNABZ.js";
import "./chunk-4VJZOS3F.js";
import "./chunk-GF2Y36IN.js";
import "./chunk-DWTOHATU.js";
import "./chunk-T5QAIOPO.js";
import "./chunk-MWQK753Q.js";
import "./chunk-QZX7MKPX.js";
import "./chunk-YKRCBCOV.js";
import "./chunk-T6XNMID5.js";
import "./chunk-6RZIMGLL.js";
import "./chunk-I3PNXRQK.js";
import "./chunk-IJXF2FW7.js";
import "./chunk-2MTGPQ7B.js";
import "./chunk-MJ2ZRFAS.js";
import "./chunk-RFFU4ADY.js";
import "./chunk-N5P76BGV.js";
import "./chunk-XG5J6ZGV.js";
import "./chunk-QXY4UICD.js";
import "./chunk-GKTIIADT.js";
import "./chunk-IVPYKG32.js";
import "./chunk-53HZWLIM.js";
import "./chunk-QQW65DXP.js";
import "./chunk-WWB5QMT7.js";
import "./chunk-FUH457OI.js";
import "./chunk-2OABDISN.js";
import "./chunk-BHHSUYU5.js";
import "./chunk-4DQPNVMK.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-JVCCDYP2.js";
import "./chunk-TXZLK2KV.js";

// src/cli/fix-command.ts
var prefix = "tdd-prompt-lint: ";
async function runFix(given, cwd, streams, relint) {
  const dryRun = given.fix === "dry-run";
  const options = { ...given, fix: void 0 };
  const paths = options.staged ? (await import("./staged-RZIPBS3M.js")).stagedTargets(cwd) : options.paths;
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
