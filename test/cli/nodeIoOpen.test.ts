import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test, vi } from "vitest";

// `open` counted: a file over the limit must be refused from its stat, before it is opened or read.
const opened = vi.hoisted(() => ({ count: 0 }));
vi.mock("node:fs/promises", async (original) => {
  const fs = await original<typeof import("node:fs/promises")>();
  return {
    ...fs,
    open: (...args: Parameters<typeof fs.open>) => {
      opened.count++;
      return fs.open(...args);
    },
  };
});

const { readRegularFile } = await import("../../src/cli/nodeIo.js");
const dir = mkdtempSync(join(tmpdir(), "org-rbac-open-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a file larger than the limit is refused from its size, never opened; one within it is opened once", async () => {
  const path = join(dir, "big.json");
  writeFileSync(path, "x".repeat(2000));
  await expect(readRegularFile(path, 1999)).rejects.toThrow("it is larger than the limit of 1999 bytes");
  expect(opened.count).toBe(0);
  await expect(readRegularFile(path, 2000)).resolves.toHaveLength(2000);
  expect(opened.count).toBe(1);
});
