import { readCapped, readRegularFile, streamWriter } from "./nodeIo.js";
import { run } from "./run.js";

// The process shell of `org-rbac`: everything else is in run() and nodeIo.ts, and tested there.
process.exitCode = await run(process.argv.slice(2), {
  readInput: (path, maxBytes) => (path === "-" ? readCapped(process.stdin, maxBytes) : readRegularFile(path, maxBytes)),
  stdout: streamWriter(process.stdout),
  stderr: (text) => void process.stderr.write(text),
});
