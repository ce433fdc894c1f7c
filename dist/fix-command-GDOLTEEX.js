import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  isConflict,
  planFixes,
  summarize
} from "./chunk-JAUG6XHQ.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-ECHWFHZI.js";
import {
  loadConfig,
  parseCliArgs
} from "./chunk-DMTZ6WDX.js";
import "./chunk-YZBDI6XO.js";
import {
  createLinter,
  modelSettings
} from "./chunk-XUS2QRBR.js";
import "./chunk-ACP7Y7WL.js";
import "./chunk-PEKRDFXW.js";
import "./chunk-AA4PEAYE.js";
import "./chunk-HNXGGC6U.js";
import "./chunk-K4RPSCMU.js";
import "./chunk-E2KHQHOI.js";
import "./chunk-INWIS37Q.js";
import "./chunk-7NKIVUTP.js";
import "./chunk-A2Z6LB77.js";
import "./chunk-3ZE7S6BT.js";
import "./chunk-DIIR52IT.js";
import "./chunk-KO5X26X3.js";
import "./chunk-VIS65QDF.js";
import "./chunk-NVRXVJTG.js";
import "./chunk-QV5YV7F3.js";
import "./chunk-TBSH7L43.js";
import "./chunk-3GGX5ZV3.js";
import "./chunk-U3FXPJTS.js";
import "./chunk-5X7IFXMB.js";
import "./chunk-KSBFATWC.js";
import "./chunk-FIJN6QS4.js";
import "./chunk-GMDYCI2B.js";
import "./chunk-SRMGLPV6.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-BCYO5FHX.js";
import "./chunk-YEZTWO7G.js";

// src/cli/fix-command.ts
var prefix = "tdd-prompt-lint: ";
var fixFlags = ["--fix", "--fix-dry-run"];
function wantsFix(argv) {
  return argv.some((arg) => fixFlags.includes(arg));
}
async function runFix(argv, cwd, streams, relint) {
  const dryRun = argv.includes("--fix-dry-run");
  const rest = argv.filter((arg) => !fixFlags.includes(arg));
  const options = parseCliArgs(rest);
  if (options.help || options.version || options.printConfig !== void 0) {
    return relint(rest, cwd, streams);
  }
  const config = loadConfig(cwd, options.config);
  const linter = createLinter(config.settings, cwd);
  const { files, problems } = await collectFiles(options.paths, {
    cwd,
    config,
    ignorePath: options.ignorePath
  });
  if (problems.length > 0 && files.length === 0) return relint(rest, cwd, streams);
  const concurrency = resolveConcurrency(options.concurrency, files.length);
  const results = await lintFiles(files, config.settings, cwd, { concurrency, linter });
  const model = new SuiteModel(modelSettings(config.settings, cwd));
  const plan = planFixes(results, model, { cwd });
  if (isConflict(plan)) {
    streams.stderr.write(`${prefix}cannot fix, nothing changed: ${plan.conflicts.join("; ")}
`);
    return 2;
  }
  if (dryRun) {
    streams.stdout.write(formatPlan(plan, cwd));
    return 0;
  }
  if (plan.renames.length > 0 || plan.edits.size > 0) {
    applyPlan(plan);
    streams.stderr.write(summarize(plan, cwd));
  }
  return relint(rest, cwd, streams);
}
export {
  fixFlags,
  runFix,
  wantsFix
};
