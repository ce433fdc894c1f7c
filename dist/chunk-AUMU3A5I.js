import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  VFile,
  dependenciesOf,
  setDependencies
} from "./chunk-PPUTGT3O.js";
import {
  VFileMessage
} from "./chunk-BEMMNZVQ.js";

// src/engine/transfer.ts
function toTransfer(file) {
  const dependencies = dependenciesOf(file);
  return {
    path: file.path,
    ...dependencies ? { dependencies } : {},
    messages: file.messages.map((message) => {
      const data = {
        reason: message.reason,
        line: message.line,
        column: message.column,
        place: message.place,
        ruleId: message.ruleId,
        source: message.source,
        url: message.url,
        fatal: message.fatal
      };
      if (message.expected) data.expected = [...message.expected];
      const cause = message.cause;
      if (cause && typeof cause === "object" && typeof cause.file === "string" && cause.file) {
        data.cause = {
          file: cause.file,
          reason: typeof cause.reason === "string" ? cause.reason : "",
          place: cause.place
        };
      }
      return data;
    })
  };
}
function fromTransfer(data, cwd) {
  const file = new VFile({ path: data.path, cwd });
  for (const item of data.messages) {
    let cause;
    if (item.cause) {
      cause = new VFileMessage(item.cause.reason, { place: item.cause.place });
      cause.file = item.cause.file;
    }
    const message = file.message(item.reason, {
      place: item.place,
      ruleId: item.ruleId,
      source: item.source,
      cause
    });
    message.line = item.line;
    message.column = item.column;
    message.fatal = item.fatal;
    message.url = item.url;
    if (item.expected) message.expected = item.expected;
  }
  if (data.dependencies) setDependencies(file, data.dependencies);
  return file;
}

export {
  toTransfer,
  fromTransfer
};
