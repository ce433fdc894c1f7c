import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  applyPlan,
  formatPlan,
  isConflict,
  planFixes,
  summarize
} from "./chunk-HKQYQTIJ.js";
import {
  lintFiles,
  resolveConcurrency
} from "./chunk-DGBGJLKF.js";
import {
  loadConfig,
  parseCliArgs
} from "./chunk-B372ETV4.js";
import "./chunk-PALSTC26.js";
import {
  createLinter,
  modelSettings
} from "./chunk-PWDYQ3HX.js";
import "./chunk-E4MOWE5I.js";
import "./chunk-LPN5EHXS.js";
import "./chunk-HPWEHONU.js";
import "./chunk-GVUHE4KQ.js";
import "./chunk-2YTPKJB6.js";
import "./chunk-E5YCAUJV.js";
import "./chunk-7YHKNQNH.js";
import "./chunk-2F2EFSIE.js";
import "./chunk-IUV6CKZZ.js";
import "./chunk-KO5X26X3.js";
import "./chunk-5D6ROKVD.js";
import "./chunk-AWN4YNUU.js";
import "./chunk-GHFSU3H7.js";
import "./chunk-XMNXJCFP.js";
import "./chunk-QIV7YVB6.js";
import "./chunk-WYSORGWH.js";
import "./chunk-OEWEMS4W.js";
import "./chunk-NNOIWR4C.js";
import "./chunk-PQW32KD2.js";
import "./chunk-WDJL5SIZ.js";
import "./chunk-GH5CIICH.js";
import "./chunk-WKKDVJYJ.js";
import "./chunk-QOULOFQT.js";
import "./chunk-GH6OKYX3.js";
import "./chunk-RSQXDE6I.js";
import {
  SuiteModel,
  collectFiles
} from "./chunk-63AJYI2E.js";
import "./chunk-EX7H2NOR.js";

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
