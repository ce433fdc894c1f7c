import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  isConflict,
  planFixes,
  summarize
} from "./chunk-MQ2Y46IL.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-RCQDQIWA.js";
import {
  loadConfig,
  parseCliArgs
} from "./chunk-IHN7FANV.js";
import "./chunk-4L2YDCTB.js";
import {
  createLinter,
  modelSettings
} from "./chunk-CP3RCP3N.js";
import "./chunk-XPXUKXSO.js";
import "./chunk-BCFZQDTE.js";
import "./chunk-DLQRGB6S.js";
import "./chunk-STADQOPN.js";
import "./chunk-SCLZDP3E.js";
import "./chunk-AQDPBXBR.js";
import "./chunk-UPLMLEQC.js";
import "./chunk-C4YZZ43Y.js";
import "./chunk-JC3BYXDN.js";
import "./chunk-EQXBTWQ4.js";
import "./chunk-OFHOHQP4.js";
import "./chunk-KO5X26X3.js";
import "./chunk-FPZDOWBL.js";
import "./chunk-TS3OGHJ5.js";
import "./chunk-UTHEMFV4.js";
import "./chunk-SD3MOEYK.js";
import "./chunk-TDGD56PB.js";
import "./chunk-S6UDPPFN.js";
import "./chunk-KPY72VSW.js";
import "./chunk-LFZZTT4U.js";
import "./chunk-FIZYV46F.js";
import "./chunk-3VVS6DUI.js";
import "./chunk-JZVOW2DQ.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-HG3U4HY2.js";
import "./chunk-YLMZ5HZ7.js";

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
