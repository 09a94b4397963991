// The engines the decision benchmark runs side by side, each in its own child process:
// { name, setup(orgJson) -> state, decide(state, memberId, connectorId, tool) -> level }.

export const ENGINES = {
  "org-rbac": async () => {
    const { lib, setupOrg } = await import("./library.mjs");
    const resolveToolLevel = lib.resolveToolLevel;
    return { name: "org-rbac", setup: setupOrg, decide: (org, m, c, t) => resolveToolLevel(org, m, c, t).level };
  },
  // The browser entry's own way (src/scan/: plain maps from one pass over the org, each member's facts
  // found when first asked, no compiled index): what a frontend pays per decision, and a check, on every
  // query of the seeded orgs, that it answers as the main entry does. A diagnostic, not a target.
  "org-rbac/browser": async () => {
    const { browser } = await import("./library.mjs");
    const { parseOrg, resolveToolLevel } = browser;
    return {
      name: "org-rbac/browser",
      setup: (json) => parseOrg(json),
      decide: (org, m, c, t) => resolveToolLevel(org, m, c, t).level,
    };
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
  // A diagnostic too: the floor behind the whole of org-rbac's API contract, with no rule of its own.
  // The API is given the org, not an index, and answers only orgs it compiled (IN-3, fail closed), so
  // the index is found from the org on every call (a WeakMap, as the WeakSet or brand check
  // would be); the decision is a fresh frozen instance whose explanation is built when read (EXP-1),
  // so it keeps what the explanation needs (the index), with the explanation's getters on its class.
  "floor + API contract": async () => {
    const floor = await import("./floor.mjs");
    const decide = floor.decide;
    const indexes = new WeakMap();
    const explanations = new WeakMap();
    // The explanation, read rarely, from the index the decision keeps (a stand-in for the words).
    class Explained {
      get rules() {
        let rules = explanations.get(this);
        if (rules === undefined) explanations.set(this, (rules = Object.freeze(this.explain())));
        return rules;
      }
    }
    class Decision extends Explained {
      #index;
      constructor(index, memberId, connectorId, tool, level) {
        super();
        this.memberId = memberId;
        this.connectorId = connectorId;
        this.tool = tool;
        this.level = level;
        this.#index = index;
        Object.freeze(this);
      }
      explain() {
        return [this.#index.members.has(this.memberId) ? "CON-3" : "CON-7"];
      }
    }
    return {
      name: "floor + API contract",
      setup: (org) => {
        indexes.set(org, floor.setup(org));
        return org;
      },
      decide: (org, m, c, t) => {
        const index = indexes.get(org);
        if (index === undefined) throw new TypeError("an org this engine did not compile");
        return new Decision(index, m, c, t, decide(index, m, c, t)).level;
      },
    };
  },
  casl: async () => import("./casl.mjs"),
};
