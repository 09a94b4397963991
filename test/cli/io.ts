import { fileURLToPath } from "node:url";
import { readRegularFile } from "../../src/cli/nodeIo.js";
import { run } from "../../src/cli/run.js";

/** The repository's root, where `org-rbac` is run from in these tests. */
export const root = fileURLToPath(new URL("../../", import.meta.url));

/** The example org of the project, and its parent org. */
export const EXAMPLE = "examples/orgs/acme-eu.json";
export const PARENT = "examples/orgs/acme.json";

/** What one run of `org-rbac` printed, and its exit code. */
export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `org-rbac` with a fake io: files in `files` are served from memory (values that are not
 * strings are written as JSON), every other path is read as the real CLI reads it, from the repository.
 */
export async function cli(argv: readonly unknown[], files: Readonly<Record<string, unknown>> = {}): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    readInput(path, maxBytes) {
      if (Object.hasOwn(files, path)) {
        const content = files[path];
        return typeof content === "string" ? content : JSON.stringify(content);
      }
      // Relative to the working directory, as the real CLI reads them: vitest runs from the root.
      return readRegularFile(path, maxBytes);
    },
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

/** Parses what `--json` printed. */
export function json(ran: Ran): unknown {
  return JSON.parse(ran.stdout) as unknown;
}
