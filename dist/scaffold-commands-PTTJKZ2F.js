import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  initSuite,
  newPair,
  scaffoldConfig
} from "./chunk-COVINHZK.js";
import {
  common,
  guard,
  parse
} from "./chunk-4MIHKED7.js";
import "./chunk-PVMU5CKO.js";
import {
  safeLine
} from "./chunk-ABOGZFCS.js";
import {
  loadConfig
} from "./chunk-6QA43UNW.js";
import "./chunk-PPUTGT3O.js";
import "./chunk-QOBWUWRK.js";
import "./chunk-FBS3HAE2.js";
import "./chunk-IOEA52Q6.js";
import "./chunk-FGFHFMVK.js";
import "./chunk-VNASGAEY.js";
import "./chunk-2NFYXXYV.js";
import "./chunk-5HW4CAQQ.js";
import "./chunk-IUAQWTKQ.js";
import "./chunk-Y6GPGHKP.js";
import "./chunk-KS3AWZFQ.js";
import "./chunk-QERIO4ZQ.js";
import "./chunk-XBQCIR25.js";
import "./chunk-2OI2KENT.js";
import "./chunk-O5OR7T2R.js";
import "./chunk-UWSZIRGT.js";
import "./chunk-DLYORWOX.js";
import "./chunk-G625TIIM.js";
import "./chunk-H6P334OQ.js";
import "./chunk-GKTIIADT.js";
import "./chunk-7IMEA3S3.js";
import "./chunk-53HZWLIM.js";
import "./chunk-T573AAUK.js";
import "./chunk-ETHM37U3.js";
import "./chunk-3XCFWH5P.js";
import "./chunk-SHCRGUYI.js";
import "./chunk-HWXTSKYD.js";
import "./chunk-K3G72UE5.js";
import "./chunk-BEMMNZVQ.js";
import "./chunk-5HIIY6MO.js";
import "./chunk-L4DFUNMN.js";

// src/cli/scaffold-commands.ts
import path from "node:path";
var initUsage = `Usage: tdd-prompt-lint init <folder> --package <name>

Write <folder>/prompt_00_<name>_preprompt.md with every section the
configuration requires of a preprompt, each with a one-line comment to replace.
The folder is created if missing; a folder that has a preprompt is refused.

Options:
  -p, --package NAME   package name, lower snake case (MyPackage and my-package
                       are converted)
  -c, --config FILE    configuration file (default: the first found from the
                       working directory up)
      --debug          show stack traces
  -h, --help           show this help
`;
var newUsage = `Usage: tdd-prompt-lint new <slug> [--suite <folder>] [--kind <kind>] [--at N]

Write the suite's next red/green pair, [prefix_]prompt_NN_<slug>_red.md and
[prefix_]prompt_NNb_<slug>_green.md, in the house style: the sections the
suite's prompts share, a link to the preprompt where they link it (and, in a
green that cites no test file, to its red), and a placeholder
(<!-- fill in: … -->) wherever text is to be written, which the placeholder
rule reports until it is. The pair is added to the component list of the
suite's own preprompt and to its plan. Prints the files written, then those
updated. Never overwrites a file.

Options:
  -s, --suite FOLDER   suite folder (default: the working directory)
  -k, --kind KIND      test kind the red prompt asks for: unit, integration,
                       pre-flight, end-to-end, contract or property (default:
                       unit)
      --at N           number the pair N (1-99) instead of the next number,
                       first moving N and every number above it up by one
                       when N is taken (see \`renumber --help\`)
  -c, --config FILE    configuration file (default: the first found from the
                       working directory up)
      --debug          show stack traces
  -h, --help           show this help
`;
async function runInit(argv, cwd, streams) {
  return guard(argv, streams, () => {
    const { values, positionals } = parse(argv, {
      ...common,
      package: { type: "string", short: "p" }
    });
    if (values.help) return print(streams, initUsage);
    const folder = onePositional(positionals, "a folder", "init <folder> --package <name>");
    if (values.package === void 0) {
      throw new Error("expected `--package <name>`: tdd-prompt-lint init <folder> --package <name>");
    }
    const result = initSuite({
      folder,
      packageName: values.package,
      cwd,
      config: configFor(cwd, values.config)
    });
    return print(streams, lines(cwd, result.written));
  });
}
async function runNew(argv, cwd, streams) {
  return guard(argv, streams, async () => {
    const { values, positionals } = parse(argv, {
      ...common,
      suite: { type: "string", short: "s" },
      kind: { type: "string", short: "k" },
      at: { type: "string" }
    });
    if (values.help) return print(streams, newUsage);
    if (values.at !== void 0) {
      const { newAt } = await import("./renumber-command-XLUUYWKQ.js");
      return newAt({ ...values, at: values.at }, positionals, cwd, streams);
    }
    const slug = onePositional(
      positionals,
      "a slug",
      "new <slug> [--suite <folder>] [--kind <kind>]"
    );
    const result = newPair({
      slug,
      suite: values.suite,
      kind: values.kind,
      cwd,
      config: configFor(cwd, values.config)
    });
    return print(streams, lines(cwd, [...result.written, ...result.updated]));
  });
}
function onePositional(positionals, what, usage) {
  const [first, second] = positionals;
  if (first === void 0) throw new Error(`expected ${what}: tdd-prompt-lint ${usage}`);
  if (second !== void 0) throw new Error(`unexpected argument \`${second}\``);
  return first;
}
function configFor(cwd, explicit) {
  return scaffoldConfig(loadConfig(cwd, explicit).settings, cwd);
}
function lines(cwd, files) {
  return files.map((file) => safeLine(path.relative(cwd, file).split(path.sep).join("/")) + "\n").join("");
}
function print(streams, text) {
  streams.stdout.write(text);
  return 0;
}
export {
  initUsage,
  newUsage,
  runInit,
  runNew
};
