import type { MembershipRole, OrganizationKind } from "~/generated/prisma/enums";
import type { Actor } from "./actor";
import type { Viewer } from "./viewer";

/**
 * Permissions as role × action × own/any (as in the Epic Stack). "own" means: only for the
 * organisation the member is acting for; "any": for every organisation. Later capabilities add
 * their actions as rows of GRANTS; nothing else changes.
 */
export type Access = "own" | "any";
export type RoleKey = "platformAdmin" | `${OrganizationKind}:${MembershipRole}`;

const EVERY_MEMBER: Partial<Record<RoleKey, Access>> = {
  "EMPLOYER:ADMIN": "own",
  "EMPLOYER:MEMBER": "own",
  "MUNICIPALITY:ADMIN": "own",
  "MUNICIPALITY:MEMBER": "own",
  "INCLUSION_COMPANY:ADMIN": "own",
  "INCLUSION_COMPANY:MEMBER": "own",
  "NAV_OFFICE:ADMIN": "own",
  "NAV_OFFICE:MEMBER": "own",
};
const ORG_ADMINS: Partial<Record<RoleKey, Access>> = {
  "EMPLOYER:ADMIN": "own",
  "MUNICIPALITY:ADMIN": "own",
  "INCLUSION_COMPANY:ADMIN": "own",
  "NAV_OFFICE:ADMIN": "own",
};

const POSTERS: Partial<Record<RoleKey, Access>> = {
  "EMPLOYER:ADMIN": "own",
  "EMPLOYER:MEMBER": "own",
  "MUNICIPALITY:ADMIN": "own",
  "MUNICIPALITY:MEMBER": "own",
};

const INCLUSION_MEMBERS: Partial<Record<RoleKey, Access>> = {
  "INCLUSION_COMPANY:ADMIN": "own",
  "INCLUSION_COMPANY:MEMBER": "own",
};

const NAV_MEMBERS: Partial<Record<RoleKey, Access>> = {
  "NAV_OFFICE:ADMIN": "own",
  "NAV_OFFICE:MEMBER": "own",
};

export const GRANTS = {
  "organization:read": { ...EVERY_MEMBER, platformAdmin: "any" },
  "organization:approve": { platformAdmin: "any" },
  "member:list": { ...EVERY_MEMBER, platformAdmin: "any" },
  "member:invite": { ...ORG_ADMINS, platformAdmin: "any" },
  "audit:read": { ...ORG_ADMINS, platformAdmin: "any" },
  "outbox:read": { platformAdmin: "any" },
  // "Mine oppgaver": every member's start page; its sections follow from the other grants.
  "worklist:read": EVERY_MEMBER,
  // Openings: employers and municipalities post and manage their own.
  "opening:create": POSTERS,
  "opening:update": POSTERS,
  "opening:list": POSTERS,
  // Candidates: the owning inclusion company only (docs/privacy.md, rule 1).
  "candidate:manage": INCLUSION_MEMBERS,
  "candidate:erase": { "INCLUSION_COMPANY:ADMIN": "own" },
  "candidate:audit": { "INCLUSION_COMPANY:ADMIN": "own" },
  // The anonymised talent search and "ask about this candidate": employers and municipalities.
  "talent:search": POSTERS,
  "talent:inquire": POSTERS,
  // Proposals: companies propose their candidates; employers run the pipeline of their openings.
  // Which side a member is on is decided per proposal (app/domain/proposals).
  "proposal:create": INCLUSION_MEMBERS,
  "proposal:read": { ...POSTERS, ...INCLUSION_MEMBERS },
  "proposal:manage": POSTERS,
  // The municipality's statistics for its own area.
  "statistics:read": { "MUNICIPALITY:ADMIN": "own", "MUNICIPALITY:MEMBER": "own" },
  // Procurement: businesses and inclusion companies quote (reserved tasks: inclusion companies
  // only, checked per task); employers and municipalities buy; orders are read by both sides.
  "quote:create": { "EMPLOYER:ADMIN": "own", "EMPLOYER:MEMBER": "own", ...INCLUSION_MEMBERS },
  // A reserved task (FOA § 16-9) takes quotes from inclusion companies only: asked by the quote,
  // the supplier's page and "Mine oppgaver" alike.
  "quote:reserved": INCLUSION_MEMBERS,
  "quote:award": POSTERS,
  "order:read": { ...POSTERS, ...INCLUSION_MEMBERS },
  // Money moves back only by agreement: cancelling, opening a dispute and answering one are for
  // organisation admins of a party (the domain checks which side); the platform admin decides.
  "order:cancel": ORG_ADMINS,
  "order:decide": { platformAdmin: "any" },
  // The supplier profile (documents, registers, Stripe payouts): every organisation that may quote
  // keeps its own, ordinary businesses as much as inclusion companies, or a business could never be paid.
  "supplier:manage": { "EMPLOYER:ADMIN": "own", "INCLUSION_COMPANY:ADMIN": "own" },
  "payments:admin": { platformAdmin: "any" },
  // NAV alongside: a company invites the NAV office into its proposal; the office's members read
  // the cases it was invited into and decide on their measures (which office: per case, in the
  // domain); the printable summary of an approved measure is for the three parties to it.
  "nav:invite": INCLUSION_MEMBERS,
  "nav:decide": NAV_MEMBERS,
  "nav:summary": { ...POSTERS, ...INCLUSION_MEMBERS, ...NAV_MEMBERS },
  // Partnership agreements (docs/decisions/0021): a municipality's members make them and call off;
  // the companies on one read it and name their contact; the owner's admin records its shares.
  "agreement:read": { "MUNICIPALITY:ADMIN": "own", "MUNICIPALITY:MEMBER": "own", ...INCLUSION_MEMBERS },
  "agreement:manage": { "MUNICIPALITY:ADMIN": "own", "MUNICIPALITY:MEMBER": "own" },
  "agreement:contact": INCLUSION_MEMBERS,
  "ownership:record": { "MUNICIPALITY:ADMIN": "own" },
  // Follow-up after hire: the proposing company records check-ins; its admins are told of missed ones.
  "followup:record": INCLUSION_MEMBERS,
  "followup:oversee": { "INCLUSION_COMPANY:ADMIN": "own" },
  // EHF invoices and credit notes: read by their issuer and their receiver (app/domain/invoicing).
  "invoice:read": { ...POSTERS, ...INCLUSION_MEMBERS },
} satisfies Record<string, Partial<Record<RoleKey, Access>>>;

export type Action = keyof typeof GRANTS;

/** The roles a viewer holds now. Members of an organisation not yet approved hold none of its roles. */
export function rolesOf(viewer: Viewer | null): RoleKey[] {
  if (!viewer) return [];
  const roles: RoleKey[] = [];
  if (viewer.isPlatformAdmin) roles.push("platformAdmin");
  if (viewer.organization?.approved) roles.push(`${viewer.organization.kind}:${viewer.organization.role}`);
  return roles;
}

/** Someone permissions are asked about: a viewer (routes) or an actor (the domain layer). */
export type Subject = Viewer | Actor | null;

const rolesOfSubject = (who: Subject): readonly RoleKey[] => (who && "roles" in who ? who.roles : rolesOf(who));
const organizationOf = (who: Subject): string | null =>
  who ? ("roles" in who ? who.organizationId : (who.organization?.id ?? null)) : null;

export function accessFor(who: Subject, action: Action): Access | null {
  const grant: Partial<Record<RoleKey, Access>> = GRANTS[action];
  let best: Access | null = null;
  for (const role of rolesOfSubject(who)) {
    const access = grant[role];
    if (access === "any") return "any";
    if (access === "own") best = "own";
  }
  return best;
}

/**
 * May the viewer do this? Without a target, "own" access means acting for their own
 * organisation; with a target, it must be that organisation (tenant scoping).
 */
export function can(who: Subject, action: Action, target?: { organizationId: string }): boolean {
  const access = accessFor(who, action);
  if (access === "any") return true;
  const organizationId = organizationOf(who);
  if (access !== "own" || !organizationId) return false;
  return !target || target.organizationId === organizationId;
}
