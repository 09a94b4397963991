// The engines the decision benchmark runs side by side, each in its own child process:
// { name, setup(orgJson) -> state, decide(state, memberId, connectorId, tool) -> level }.

export const ENGINES = {
  "org-rbac": async () => {
    const { lib, setupOrg } = await import("./library.mjs");
    const resolveToolLevel = lib.resolveToolLevel;
    return { name: "org-rbac", setup: setupOrg, decide: (org, m, c, t) => resolveToolLevel(org, m, c, t).level };
  },
  floor: async () => import("./floor.mjs"),
  casl: async () => import("./casl.mjs"),
};
