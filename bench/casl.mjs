// The decision in @casl/ability 7, written the way an expert CASL user would (after
// ../shared/peers/casl.mjs): actions use_always / use_approval, one subject type per connector
// ("c:" + id, so no id collides with CASL's "all"), one ability per distinct role set built in setup,
// the org-wide ceiling as `cannot` rules after the grants (CASL checks later rules first), the
// All-connectors row as a `can` with a `$nin` condition on the role's own rows (a `cannot` would be
// global to the ability, not per role), compiled conditions memoized across abilities.
// Unknown member / connector not added / tool not listed: `blocked` from the catalog (CON-7).

import { createMongoAbility, mongoQueryMatcher } from "@casl/ability";
import { orgFacts, toolPolicyEntries, ownEntries, actionsFor } from "./facts.mjs";

export const name = "casl";

const ANY = "all"; // CASL's default "any subject type"; connector subject types are prefixed "c:"
const BOTH = ["use_always", "use_approval"];

// Exact field matching. (Unused by these rules, but CASL's default fieldPatternMatcher treats "*" in a
// field name as a wildcard, which would be wrong for arbitrary tool ids, so we never rely on it.)
const exactFieldMatcher = (fields) => {
  const s = new Set(fields);
  return (f) => s.has(f);
};
const detectSubjectType = (o) => o.type;

// CASL compiles a rule's conditions lazily, per Rule instance, i.e. once per ability. The raw rules of a
// role are shared by every ability that holds the role, so compile each conditions object once.
const compiled = new WeakMap();
const memoMongoQueryMatcher = (conditions) => {
  let m = compiled.get(conditions);
  if (!m) compiled.set(conditions, (m = mongoQueryMatcher(conditions)));
  return m;
};

function roleRules(role) {
  const rules = [];
  const rows = ownEntries(role.connectors.byConnector);
  // All-connectors row: a level applies to every connector without its own row in this role;
  // Custom (an object) means blocked there, i.e. no rule.
  const all = role.connectors.all;
  if (typeof all === "string" && all !== "blocked") {
    const rule = { action: actionsFor(all), subject: ANY };
    if (rows.length) rule.conditions = { connector: { $nin: rows.map(([cid]) => cid) } };
    rules.push(rule);
  }
  for (const [cid, grant] of rows) {
    const type = "c:" + cid;
    if (typeof grant === "string") {
      if (grant !== "blocked") rules.push({ action: actionsFor(grant), subject: type });
      continue;
    }
    const byLevel = { always: [], approval: [] };
    for (const [tool, lvl] of ownEntries(grant.custom)) if (byLevel[lvl]) byLevel[lvl].push(tool);
    if (byLevel.always.length)
      rules.push({ action: BOTH, subject: type, conditions: { tool: { $in: byLevel.always } } });
    if (byLevel.approval.length)
      rules.push({ action: "use_approval", subject: type, conditions: { tool: { $in: byLevel.approval } } });
  }
  return rules;
}

// Org-wide tool policy as `cannot` rules (CON-4). Per connector entry: the connector's level caps every
// tool except those with their own entry, which cap themselves (higher or lower).
function ceilingRules(entries) {
  const rules = [];
  for (const [cid, { level, tools }] of entries) {
    const type = "c:" + cid;
    for (const action of BOTH) {
      const allowedBy = (lvl) => actionsFor(lvl).includes(action);
      const overridesAllowing = [],
        overridesDenying = [];
      for (const [t, lvl] of tools) (allowedBy(lvl) ? overridesAllowing : overridesDenying).push(t);
      if (!allowedBy(level)) {
        const rule = { inverted: true, action, subject: type };
        if (overridesAllowing.length) rule.conditions = { tool: { $nin: overridesAllowing } };
        rules.push(rule);
      } else if (overridesDenying.length) {
        rules.push({ inverted: true, action, subject: type, conditions: { tool: { $in: overridesDenying } } });
      }
    }
  }
  return rules;
}

export function setup(org) {
  const facts = orgFacts(org);
  const ceiling = ceilingRules(toolPolicyEntries(org, facts.catalog));
  const options = { detectSubjectType, fieldMatcher: exactFieldMatcher, conditionsMatcher: memoMongoQueryMatcher };

  const rulesOfRole = new Map();
  for (const [rid, role] of facts.roles) rulesOfRole.set(rid, roleRules(role));

  // Pre-created subject instances: catalog connector -> tool -> { type, connector, tool }
  const subjects = new Map();
  for (const [cid, tools] of facts.catalog) {
    const byTool = new Map();
    for (const t of tools) byTool.set(t, Object.freeze({ type: "c:" + cid, connector: cid, tool: t }));
    subjects.set(cid, byTool);
  }

  // One ability per distinct role set (defineAbilityFor(member), cached by the member's roles).
  const cache = new Map();
  const abilityOf = new Map();
  const ungovernedKey = "\u0000ungoverned";
  for (const [mid, m] of facts.members) {
    let key;
    let roleIds = [];
    if (!m.governed) key = ungovernedKey;
    else {
      const set = new Set();
      for (const gid of m.groups) for (const rid of facts.groupRoles.get(gid) ?? []) set.add(rid);
      roleIds = [...set].sort();
      key = JSON.stringify(roleIds);
    }
    let ability = cache.get(key);
    if (!ability) {
      const rules = [];
      if (key === ungovernedKey) rules.push({ action: BOTH, subject: ANY });
      else for (const rid of roleIds) rules.push(...rulesOfRole.get(rid));
      rules.push(...ceiling); // after the grants: CASL gives later rules precedence
      ability = createMongoAbility(rules, options);
      cache.set(key, ability);
    }
    abilityOf.set(mid, ability);
  }
  return { abilityOf, subjects, distinctAbilities: cache.size };
}

export function decide(s, memberId, connectorId, tool) {
  const ability = s.abilityOf.get(memberId);
  const subject = s.subjects.get(connectorId)?.get(tool);
  if (ability === undefined || subject === undefined) return "blocked"; // CON-7
  if (ability.can("use_always", subject)) return "always";
  if (ability.can("use_approval", subject)) return "approval";
  return "blocked";
}

export default { name, setup, decide };
