import { parseOrg, changesBetween } from "./dist/index.js";
for (const n of [5000, 10000, 20000, 40000]) {
  const old = Array.from({ length: n }, (_, i) => `u${i}`);
  const target = old.flatMap((id, i) => [`n${i}`, id]);
  const base = { id: "o", billing: "seat", seatPlan: "standard", provisioning: "scim", capabilities: {}, connectorPermissionsEnabled: false, connectors: [], roles: [], roleAssignments: [], members: [] };
  const a = parseOrg({ ...base, groups: [{ id: "g", name: "G", source: "manual", members: old }] });
  const b = parseOrg({ ...base, groups: [{ id: "g", name: "G", source: "manual", members: target }] });
  const t = performance.now(); const ch = changesBetween(a, b); const ms = performance.now() - t;
  console.log(n, ms.toFixed(0), "ms", ch.length, "changes");
}
