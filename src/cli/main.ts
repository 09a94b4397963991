import { readFileSync } from "node:fs";
import { run } from "./run.js";

// The process shell of `org-rbac`: everything else is in run() and tested there.
process.exitCode = run(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, "utf8"),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
});
