// The engines the decision benchmark runs side by side, each in its own child process:
// { name, setup(orgJson) -> state, decide(state, memberId, connectorId, tool) -> level }.

export const ENGINES = {
  "org-rbac": async () => {
    const { lib, setupOrg } = await import("./library.mjs");
    const resolveToolLevel = lib.resolveToolLevel;
    return { name: "org-rbac", setup: setupOrg, decide: (org, m, c, t) => resolveToolLevel(org, m, c, t).level };
  },
  floor: async () => import("./floor.mjs"),
  // A diagnostic, not a competitor: the floor answering with a fresh frozen decision object, the
  // least that any engine returning a decision per call must add to the floor (IN-3: everything
  // returned is deeply frozen; a decision names its member, connector and tool). Its gap to the
  // floor is the price of that contract; org-rbac's gap to it is the price of its own design.
  "floor + frozen decision": async () => {
    const floor = await import("./floor.mjs");
    const decide = floor.decide;
    return {
      name: "floor + frozen decision",
      setup: floor.setup,
      decide: (s, m, c, t) => Object.freeze({ memberId: m, connectorId: c, tool: t, level: decide(s, m, c, t) }).level,
    };
  },
  casl: async () => import("./casl.mjs"),
};
