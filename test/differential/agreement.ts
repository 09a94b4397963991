// The questions asked of both the engine and the reference model for one org, and the check that
// their answers agree. Shared by the differential properties (test/differential) and the deep run
// (test/deep). A disagreement throws, so fast-check shrinks the org and reports its seed.
import {
  findCrossRoleConflicts,
  resolveCapability,
  resolveAccess,
  resolveClaudeCodeToolLevel,
  resolveSpendLimit,
  resolveToolLevel,
} from "../../src/index.js";
import type { ConflictView, ConnectorGrant, Level, Org } from "../../src/index.js";
import { modelCapabilityIds, modelHasCapability, modelLandingPage, modelOrgEnabled } from "../model/capabilities.js";
import { modelConflicts } from "../model/conflicts.js";
import type { ModelConflictView, ModelToolLevel } from "../model/conflicts.js";
import {
  modelBuiltInRole,
  modelGroupCountsForRoles,
  modelGroupsListing,
  modelHeldRoles,
  modelRoleVia,
  modelSeat,
} from "../model/members.js";
import { modelSpendLimit } from "../model/spend.js";
import { HOSTILE_IDS } from "../hostile/rename.js";
import { modelClaudeCodeToolLevel, modelMenu, modelToolLevel } from "../model/tools.js";

const LEVELS: readonly Level[] = ["always", "approval", "blocked"];

/** How many orgs and questions were compared; `member` counts one member × one question. */
export interface Tally {
  orgs: number;
  member: number;
  other: number;
}

export function newTally(): Tally {
  return { orgs: 0, member: 0, other: 0 };
}

/** The member ids to ask about: every member, every other id a group lists (sibling orgs), hostile ids. */
export function askedMemberIds(org: Org): readonly string[] {
  const ids: string[] = [];
  const add = (id: string): void => {
    if (!ids.includes(id)) ids.push(id);
  };
  org.members.forEach((m) => add(m.id));
  org.groups.forEach((g) => g.members.forEach(add));
  HOSTILE_IDS.forEach(add);
  add("not-a-member");
  return ids;
}

/** The capability ids to ask about: those resolveAccess lists, plus hostile ones the org may not name. */
export function askedCapabilities(org: Org): readonly string[] {
  const ids = [...modelCapabilityIds(org)];
  for (const id of [...HOSTILE_IDS, "not-a-capability"]) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/** Tool and connector names the org mentions somewhere (roles' rows, tool policy), listed or not. */
function mentioned(org: Org): { connectors: string[]; tools: string[] } {
  const connectors: string[] = [];
  const tools: string[] = [];
  for (const role of org.roles) {
    for (const [connectorId, row] of Object.entries(role.connectors.byConnector ?? {})) {
      connectors.push(connectorId);
      if (typeof row !== "string") tools.push(...Object.keys(row.custom));
    }
  }
  for (const [connectorId, entry] of Object.entries(org.toolPolicy ?? {})) {
    connectors.push(connectorId);
    tools.push(...Object.keys(entry.tools ?? {}));
  }
  return { connectors, tools };
}

/**
 * The (connector, tool) pairs to ask about: every tool of every added connector, an unlisted tool of
 * each (one the org mentions elsewhere when there is one) and a tool of connectors not added.
 */
export function askedTools(org: Org): readonly { readonly connectorId: string; readonly tool: string }[] {
  const { connectors, tools } = mentioned(org);
  const pairs: { connectorId: string; tool: string }[] = [];
  for (const connector of org.connectors) {
    for (const tool of connector.tools) pairs.push({ connectorId: connector.id, tool });
    const unlisted = [...tools, "__proto__", "not-a-tool"].find((t) => !connector.tools.includes(t));
    if (unlisted !== undefined) pairs.push({ connectorId: connector.id, tool: unlisted });
  }
  const added = (id: string): boolean => org.connectors.some((c) => c.id === id);
  const notAdded = [connectors.find((id) => !added(id)), ["constructor", "not-added"].find((id) => !added(id))];
  for (const connectorId of notAdded) {
    if (connectorId !== undefined) pairs.push({ connectorId, tool: tools[0] ?? "search" });
  }
  return pairs;
}

/** A disagreement between the engine and the model. */
export class Disagreement extends Error {
  override readonly name = "Disagreement";
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

function same<T extends string | number | boolean | null>(question: string, engine: T, model: T): void {
  if (engine !== model) throw new Disagreement(`${question}: engine ${show(engine)}, model ${show(model)}`);
}

function sameList(question: string, engine: readonly string[], model: readonly string[]): void {
  if (engine.length !== model.length || engine.some((x, i) => x !== model[i])) {
    throw new Disagreement(`${question}: engine ${show(engine)}, model ${show(model)}`);
  }
}

function sameSet(question: string, engine: readonly string[], model: readonly string[]): void {
  sameList(question, [...engine].sort(), [...model].sort());
}

/** A per-tool record of the engine equals the model's list: same own keys, same levels. */
function sameLevels(question: string, engine: Readonly<Record<string, Level>>, model: readonly ModelToolLevel[]): void {
  sameSet(
    `${question} (tools)`,
    Object.keys(engine),
    model.map((l) => l.tool),
  );
  for (const { tool, level } of model) {
    same(`${question}[${show(tool)}]`, Object.hasOwn(engine, tool) ? (engine[tool] ?? null) : null, level);
  }
}

/** Two connector rows are the same level, or Custom rows with the same tools and levels. */
function sameGrant(question: string, engine: ConnectorGrant, model: ConnectorGrant): void {
  if (typeof engine === "string" || typeof model === "string") {
    same(question, typeof engine === "string" ? engine : "custom", typeof model === "string" ? model : "custom");
    return;
  }
  sameLevels(
    question,
    engine.custom,
    Object.entries(model.custom).map(([tool, level]) => ({ tool, level })),
  );
}

function sameView(question: string, engine: ConflictView, model: ModelConflictView): void {
  sameList(
    `${question}.conflicts`,
    engine.conflicts.map((c) => c.roleId),
    model.conflicts.map((c) => c.roleId),
  );
  engine.conflicts.forEach((c, i) => {
    const m = model.conflicts[i];
    if (m === undefined) return;
    const cq = `${question}.conflicts[${show(c.roleId)}]`;
    same(`${cq}.row`, c.row, m.row);
    sameGrant(`${cq}.grant`, c.grant, m.grant);
    sameLevels(`${cq}.levels`, c.levels, m.levels);
    sameList(`${cq}.differingTools`, c.differingTools, m.differingTools);
  });
  sameLevels(`${question}.applying`, engine.applying, model.applying);
}

/** CAP-1..7 + CON-7: every asked member × capability: `granted` and `orgEnabled`. */
export function checkCapabilities(org: Org, tally: Tally): void {
  const capabilities = askedCapabilities(org);
  for (const memberId of askedMemberIds(org)) {
    for (const capability of capabilities) {
      const decision = resolveCapability(org, memberId, capability);
      const q = `resolveCapability(${show(memberId)}, ${show(capability)})`;
      sameList(`${q} asked about`, [decision.memberId, decision.capability], [memberId, capability]);
      same(`${q}.granted`, decision.granted, modelHasCapability(org, memberId, capability));
      same(`${q}.orgEnabled`, decision.orgEnabled, modelOrgEnabled(org, capability));
      tally.member++;
    }
  }
}

/** CON-2..7: every asked member × connector × tool level. */
export function checkToolLevels(org: Org, tally: Tally): void {
  const pairs = askedTools(org);
  for (const memberId of askedMemberIds(org)) {
    for (const { connectorId, tool } of pairs) {
      const decision = resolveToolLevel(org, memberId, connectorId, tool);
      const q = `resolveToolLevel(${show(memberId)}, ${show(connectorId)}, ${show(tool)})`;
      sameList(
        `${q} asked about`,
        [decision.memberId ?? "", decision.connectorId, decision.tool],
        [memberId, connectorId, tool],
      );
      same(q, decision.level, modelToolLevel(org, memberId, connectorId, tool));
      tally.member++;
    }
  }
}

/** SPD-1..5 + CON-7: every asked member's spend limit. */
export function checkSpendLimits(org: Org, tally: Tally): void {
  for (const memberId of askedMemberIds(org)) {
    const engine = resolveSpendLimit(org, memberId);
    const model = modelSpendLimit(org, memberId);
    const q = `resolveSpendLimit(${show(memberId)})`;
    same(`${q}.status`, engine.status, model.status);
    same(`${q}.limit`, engine.limit, model.limit);
    same(`${q}.source`, engine.source, model.source);
    same(`${q}.groupId`, engine.groupId, model.groupId);
    tally.member++;
  }
}

/** CON-13: every role (and an unknown one) × every added connector (and one not added), both views. */
export function checkConflicts(org: Org, tally: Tally): void {
  const roleIds = [
    ...org.roles.map((r) => r.id),
    ...HOSTILE_IDS.filter((id) => !org.roles.some((r) => r.id === id)).slice(0, 1),
  ];
  const connectorIds = [
    ...org.connectors.map((c) => c.id),
    ...["constructor", "not-added"].filter((id) => !org.connectors.some((c) => c.id === id)).slice(0, 1),
  ];
  for (const roleId of roleIds) {
    const whole = findCrossRoleConflicts(org, roleId);
    const expectedIds = org.connectors.map((c) => c.id).filter((id) => modelConflicts(org, roleId, id) !== undefined);
    sameList(
      `findCrossRoleConflicts(${show(roleId)}).connectors`,
      whole.connectors.map((c) => c.connectorId),
      expectedIds,
    );
    for (const connectorId of connectorIds) {
      const q = `findCrossRoleConflicts(${show(roleId)}, ${show(connectorId)})`;
      const model = modelConflicts(org, roleId, connectorId);
      const one = findCrossRoleConflicts(org, roleId, connectorId);
      sameList(
        `${q}.connectors`,
        one.connectors.map((c) => c.connectorId),
        model === undefined ? [] : [connectorId],
      );
      const fromWhole = whole.connectors.find((c) => c.connectorId === connectorId);
      for (const [label, engine] of [
        ["", one.connectors[0]],
        [" (all connectors)", fromWhole],
      ] as const) {
        if (engine === undefined || model === undefined) continue;
        same(`${q}${label}.row`, engine.row, model.row);
        sameGrant(`${q}${label}.grant`, engine.grant, model.grant);
        sameLevels(`${q}${label}.levels`, engine.levels, model.levels);
        sameView(`${q}${label}.allRoles`, engine.allRoles, model.allRoles);
        sameView(`${q}${label}.sharedMembers`, engine.sharedMembers, model.sharedMembers);
      }
      tally.other++;
    }
  }
}

/** CON-12: every asked connector × tool × managed level. */
export function checkClaudeCode(org: Org, tally: Tally): void {
  for (const { connectorId, tool } of askedTools(org)) {
    for (const managed of LEVELS) {
      const engine = resolveClaudeCodeToolLevel(org, connectorId, tool, managed).level;
      same(
        `resolveClaudeCodeToolLevel(${show(connectorId)}, ${show(tool)}, ${show(managed)})`,
        engine,
        modelClaudeCodeToolLevel(org, connectorId, tool, managed),
      );
      tally.other++;
    }
  }
}

/**
 * resolveAccess agrees with the single-question functions and with the model for every asked member:
 * capabilities (the listed ids, granted, orgEnabled), landing page, every connector's tools in
 * order, menu, built-in role, seat, groups and held roles.
 */
export function checkAccess(org: Org, tally: Tally): void {
  const capabilityIds = modelCapabilityIds(org);
  for (const memberId of askedMemberIds(org)) {
    const access = resolveAccess(org, memberId);
    const q = `resolveAccess(${show(memberId)})`;
    const builtIn = modelBuiltInRole(org, memberId);
    same(`${q}.known`, access.known, builtIn !== undefined);
    same(`${q}.builtInRole`, access.builtInRole, builtIn ?? null);
    sameSet(
      `${q}.capabilities`,
      access.capabilities.map((c) => c.capability),
      capabilityIds,
    );
    for (const decision of access.capabilities) {
      const cq = `${q}.capabilities[${show(decision.capability)}]`;
      const single = resolveCapability(org, memberId, decision.capability);
      same(`${cq}.granted vs resolveCapability`, decision.granted, single.granted);
      same(`${cq}.granted`, decision.granted, modelHasCapability(org, memberId, decision.capability));
      same(`${cq}.orgEnabled`, decision.orgEnabled, modelOrgEnabled(org, decision.capability));
      tally.member++;
    }
    same(`${q}.landingPage.page`, access.landingPage.page, modelLandingPage(org, memberId));
    sameList(
      `${q}.connectors`,
      access.connectors.map((c) => c.connectorId),
      org.connectors.map((c) => c.id),
    );
    for (const [i, connector] of org.connectors.entries()) {
      const engine = access.connectors[i];
      if (engine === undefined) continue;
      sameList(
        `${q}.connectors[${show(connector.id)}].tools`,
        engine.tools.map((t) => t.tool),
        connector.tools,
      );
      for (const decision of engine.tools) {
        const tq = `${q}.connectors[${show(connector.id)}].tools[${show(decision.tool)}].level`;
        same(
          `${tq} vs resolveToolLevel`,
          decision.level,
          resolveToolLevel(org, memberId, connector.id, decision.tool).level,
        );
        same(tq, decision.level, modelToolLevel(org, memberId, connector.id, decision.tool));
        tally.member++;
      }
      same(
        `${q}.connectors[${show(connector.id)}].inMenu`,
        engine.inMenu,
        engine.tools.some((t) => t.level !== "blocked"),
      );
    }
    sameList(`${q}.menu`, access.menu, modelMenu(org, memberId));
    tally.member += 2; // landing page and menu
    if (builtIn === undefined) continue; // the rest describes a member of this org
    same(`${q}.storedRole`, access.storedRole, org.members.find((m) => m.id === memberId)?.role ?? null);
    same(`${q}.seat`, access.seat, modelSeat(org, memberId) ?? null);
    same(`${q}.governedByCustomRoles`, access.governedByCustomRoles, builtIn === "custom");
    const groups = modelGroupsListing(org, memberId);
    sameList(
      `${q}.groups`,
      access.groups.map((g) => g.groupId),
      groups.map((g) => g.id),
    );
    access.groups.forEach((g, i) => {
      const m = groups[i];
      if (m !== undefined)
        same(`${q}.groups[${show(g.groupId)}].countsForRoles`, g.countsForRoles, modelGroupCountsForRoles(org, m));
    });
    sameSet(
      `${q}.roles`,
      access.roles.map((r) => r.roleId),
      modelHeldRoles(org, memberId).map((r) => r.id),
    );
    for (const held of access.roles)
      sameList(`${q}.roles[${show(held.roleId)}].via`, held.via, modelRoleVia(org, memberId, held.roleId));
    tally.member += 3;
  }
}

/** Every check above, in the order the engine is asked (an engine that remembers answers must not depend on it). */
export const ALL_CHECKS: readonly ((org: Org, tally: Tally) => void)[] = [
  checkCapabilities,
  checkToolLevels,
  checkSpendLimits,
  checkConflicts,
  checkClaudeCode,
  checkAccess,
];

/** Every check above, on one org, in `order` (default: as listed). */
export function checkEverything(
  org: Org,
  tally: Tally,
  order: readonly ((org: Org, tally: Tally) => void)[] = ALL_CHECKS,
): void {
  for (const check of order) check(org, tally);
}
