import { readCapped, readRegularFile, streamWriter } from "./nodeIo.js";
import { run } from "./run.js";

// The process shell of `org-rbac`: everything else is in run() and nodeIo.ts, and tested there.
// Both outputs go through streamWriter, so that a closed pipe is an error value, never a crash.
const stderr = streamWriter(process.stderr);
process.exitCode = await run(process.argv.slice(2), {
  readInput: (path, maxBytes) => (path === "-" ? readCapped(process.stdin, maxBytes) : readRegularFile(path, maxBytes)),
  stdout: streamWriter(process.stdout),
  stderr: (text) => void Promise.resolve(stderr(text)).catch(() => undefined),
});
