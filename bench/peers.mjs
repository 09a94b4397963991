#!/usr/bin/env node
// The shared side-by-side harness (../shared/peers: CASL, casbin, Cedar, a plain-JS evaluator and the
// hand-built index), with org-rbac plugged in through an adapter, as its README says. shared/ is
// read-only: the harness is copied to a work directory (once; `npm ci` there) and run from it.
//
//   node bench/peers.mjs [--sizes medium,large] [--peers ../shared/peers] [--work /tmp/org-rbac-peers]
//                        [--harness-args "--rounds 5"]

import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BUILD, ROOT } from "./library.mjs";
import { emit } from "./stats.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const sizes = opt("--sizes", "medium,large").split(",");
const peers = opt("--peers", join(ROOT, "..", "shared", "peers"));
const work = opt("--work", "/tmp/org-rbac-peers");
const extra = opt("--harness-args", "").split(" ").filter(Boolean);

const ADAPTER = `// org-rbac, as ../shared/peers/README.md plugs it in (ORG_RBAC_DIR = a built checkout)
import { pathToFileURL } from 'node:url';
const lib = await import(pathToFileURL(\`\${process.env.ORG_RBAC_DIR}/dist/index.js\`).href);
export const name = 'org-rbac';
export const setup = (org) => { const parsed = lib.parseOrg(org); if (lib.compileOrg) lib.compileOrg(parsed); return parsed; };
export const decide = (org, m, c, t) => lib.resolveToolLevel(org, m, c, t).level;
`;

if (!existsSync(join(work, "node_modules"))) {
  cpSync(peers, work, {
    recursive: true,
    filter: (src) => !src.includes("node_modules") && !src.includes(`${peers}/data`),
  });
  execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: work, stdio: ["ignore", "ignore", "inherit"] });
}
writeFileSync(join(work, "org-rbac-adapter.mjs"), ADAPTER);

const runs = [];
for (const size of sizes) {
  const json = join(work, `result-${size}.json`);
  const argv = [
    "bench.mjs",
    size,
    "--engine",
    "naive-js,casl,casbin,cedar",
    "--adapter",
    "indexed.mjs",
    "--adapter",
    "./org-rbac-adapter.mjs",
    "--json",
    json,
    ...extra,
  ];
  process.stderr.write(`# peers: node ${argv.join(" ")}\n`);
  const r = spawnSync(process.execPath, argv, {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, ORG_RBAC_DIR: BUILD },
    maxBuffer: 2 ** 26,
  });
  const table = (r.stdout ?? "").split("\n").filter((l) => l.startsWith("|"));
  const notes = (r.stdout ?? "").split("\n").filter((l) => l.startsWith("# ") || l.startsWith("load avg"));
  runs.push({
    size,
    command: `node ${argv.slice(0, -2 - extra.length).join(" ")} ${extra.join(" ")}`.trim(),
    status: r.status,
    table,
    notes,
    result: existsSync(json) ? JSON.parse(readFileSync(json, "utf8")) : null,
    stderr: (r.stderr ?? "").slice(-2000),
  });
}
emit({ runs });
