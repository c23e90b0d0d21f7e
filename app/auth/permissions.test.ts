import { describe, expect, it } from "vitest";
import { can, GRANTS, rolesOf, type Action } from "./permissions";
import type { Viewer } from "./viewer";

const member = (
  kind: "EMPLOYER" | "MUNICIPALITY" | "INCLUSION_COMPANY" | "NAV_OFFICE",
  role: "ADMIN" | "MEMBER",
  orgId = "own",
  approved = true,
): Viewer => ({
  userId: `u-${kind}-${role}`,
  name: "Test",
  isPlatformAdmin: false,
  organization: { id: orgId, name: "Org", kind, role, approved },
});
const platformAdmin: Viewer = { userId: "admin", name: "Admin", isPlatformAdmin: true, organization: null };

const own = { organizationId: "own" };
const other = { organizationId: "other" };

type Row = [string, Viewer | null, Action, { organizationId: string } | undefined, boolean];

// role × action × own/any, including a member of ANOTHER organisation of the same kind.
const table: Row[] = [
  ["anonymous reads an organisation", null, "organization:read", own, false],
  ["employer member reads own org", member("EMPLOYER", "MEMBER"), "organization:read", own, true],
  ["employer member reads another employer", member("EMPLOYER", "MEMBER"), "organization:read", other, false],
  ["platform admin reads any org", platformAdmin, "organization:read", other, true],
  ["employer admin invites to own org", member("EMPLOYER", "ADMIN"), "member:invite", own, true],
  ["employer admin invites to another employer", member("EMPLOYER", "ADMIN"), "member:invite", other, false],
  ["employer member invites", member("EMPLOYER", "MEMBER"), "member:invite", own, false],
  ["municipality admin invites to own", member("MUNICIPALITY", "ADMIN"), "member:invite", own, true],
  ["inclusion company admin invites to own", member("INCLUSION_COMPANY", "ADMIN"), "member:invite", own, true],
  ["inclusion company member invites", member("INCLUSION_COMPANY", "MEMBER"), "member:invite", own, false],
  ["municipality admin approves organisations", member("MUNICIPALITY", "ADMIN"), "organization:approve", other, false],
  ["platform admin approves organisations", platformAdmin, "organization:approve", other, true],
  ["org admin reads the outbox", member("EMPLOYER", "ADMIN"), "outbox:read", undefined, false],
  ["platform admin reads the outbox", platformAdmin, "outbox:read", undefined, true],
  ["org admin reads own audit log", member("INCLUSION_COMPANY", "ADMIN"), "audit:read", own, true],
  ["org admin reads another's audit log", member("INCLUSION_COMPANY", "ADMIN"), "audit:read", other, false],
  ["org member reads audit log", member("INCLUSION_COMPANY", "MEMBER"), "audit:read", own, false],
  ["admin of an unapproved org invites", member("EMPLOYER", "ADMIN", "own", false), "member:invite", own, false],
  ["member of an unapproved org lists members", member("EMPLOYER", "MEMBER", "own", false), "member:list", own, false],
  // Suppliers: an ordinary business keeps its supplier profile as an inclusion company does (issue 13 §6).
  ["business admin keeps own supplier profile", member("EMPLOYER", "ADMIN"), "supplier:manage", own, true],
  ["business admin keeps another's supplier profile", member("EMPLOYER", "ADMIN"), "supplier:manage", other, false],
  ["business member keeps the supplier profile", member("EMPLOYER", "MEMBER"), "supplier:manage", own, false],
  ["inclusion admin keeps own supplier profile", member("INCLUSION_COMPANY", "ADMIN"), "supplier:manage", own, true],
  ["municipality admin keeps a supplier profile", member("MUNICIPALITY", "ADMIN"), "supplier:manage", own, false],
  ["inclusion member records own check-ins", member("INCLUSION_COMPANY", "MEMBER"), "followup:record", own, true],
  [
    "inclusion member records another's check-ins",
    member("INCLUSION_COMPANY", "MEMBER"),
    "followup:record",
    other,
    false,
  ],
  ["employer records a check-in", member("EMPLOYER", "ADMIN"), "followup:record", own, false],
  [
    "inclusion admin oversees own missed check-ins",
    member("INCLUSION_COMPANY", "ADMIN"),
    "followup:oversee",
    own,
    true,
  ],
  ["inclusion member oversees missed check-ins", member("INCLUSION_COMPANY", "MEMBER"), "followup:oversee", own, false],
  ["business member quotes", member("EMPLOYER", "MEMBER"), "quote:create", own, true],
  // NAV alongside (issue 14 §3): NAV offices decide; another office's case is another organisation's.
  ["NAV member decides for own office", member("NAV_OFFICE", "MEMBER"), "nav:decide", own, true],
  ["NAV admin decides for another office", member("NAV_OFFICE", "ADMIN"), "nav:decide", other, false],
  ["employer decides as NAV", member("EMPLOYER", "ADMIN"), "nav:decide", own, false],
  ["inclusion member invites NAV", member("INCLUSION_COMPANY", "MEMBER"), "nav:invite", own, true],
  ["NAV member invites NAV", member("NAV_OFFICE", "MEMBER"), "nav:invite", own, false],
  ["NAV member reads a proposal directly", member("NAV_OFFICE", "MEMBER"), "proposal:read", own, false],
  ["NAV member searches talent", member("NAV_OFFICE", "MEMBER"), "talent:search", own, false],
  ["NAV member manages candidates", member("NAV_OFFICE", "MEMBER"), "candidate:manage", own, false],
  ["NAV admin invites colleagues", member("NAV_OFFICE", "ADMIN"), "member:invite", own, true],
  ["NAV member reads a measure summary", member("NAV_OFFICE", "MEMBER"), "nav:summary", own, true],
];

describe("permissions: role × action × own/any", () => {
  it.each(table)("%s → %s", (_label, viewer, action, target, expected) => {
    expect(can(viewer, action, target)).toBe(expected);
  });

  it("an unapproved organisation gives its members no roles", () => {
    expect(rolesOf(member("EMPLOYER", "ADMIN", "own", false))).toEqual([]);
    expect(rolesOf(member("EMPLOYER", "ADMIN"))).toEqual(["EMPLOYER:ADMIN"]);
  });

  it("no action is open to anonymous callers", () => {
    for (const action of Object.keys(GRANTS) as Action[]) expect(can(null, action)).toBe(false);
  });

  it("own access without a target means acting for one's own organisation", () => {
    expect(can(member("EMPLOYER", "ADMIN"), "member:invite")).toBe(true);
    expect(can({ ...platformAdmin, isPlatformAdmin: false }, "member:invite")).toBe(false);
  });
});

describe("opening permissions", () => {
  it.each([
    ["employer member creates", member("EMPLOYER", "MEMBER"), true],
    ["municipality member creates", member("MUNICIPALITY", "MEMBER"), true],
    ["inclusion company admin creates", member("INCLUSION_COMPANY", "ADMIN"), false],
    ["platform admin creates", platformAdmin, false],
  ] as const)("%s → %s", (_l, viewer, expected) => {
    expect(can(viewer, "opening:create")).toBe(expected);
  });
  it("updates only its own organisation's openings", () => {
    expect(can(member("EMPLOYER", "MEMBER"), "opening:update", { organizationId: "own" })).toBe(true);
    expect(can(member("EMPLOYER", "MEMBER"), "opening:update", { organizationId: "other" })).toBe(false);
  });
});

describe("candidate permissions (privacy rules)", () => {
  it.each([
    ["inclusion member manages own candidates", member("INCLUSION_COMPANY", "MEMBER"), "candidate:manage", own, true],
    ["inclusion member of another company", member("INCLUSION_COMPANY", "MEMBER"), "candidate:manage", other, false],
    ["employer admin manages candidates", member("EMPLOYER", "ADMIN"), "candidate:manage", undefined, false],
    ["municipality admin manages candidates", member("MUNICIPALITY", "ADMIN"), "candidate:manage", undefined, false],
    ["platform admin manages candidates", platformAdmin, "candidate:manage", other, false],
    ["inclusion member erases", member("INCLUSION_COMPANY", "MEMBER"), "candidate:erase", own, false],
    ["inclusion admin erases", member("INCLUSION_COMPANY", "ADMIN"), "candidate:erase", own, true],
    ["inclusion admin reads the personal-data log", member("INCLUSION_COMPANY", "ADMIN"), "candidate:audit", own, true],
    ["employer member searches talent", member("EMPLOYER", "MEMBER"), "talent:search", undefined, true],
    ["municipality member asks about a candidate", member("MUNICIPALITY", "MEMBER"), "talent:inquire", undefined, true],
    [
      "inclusion member searches other companies' talent",
      member("INCLUSION_COMPANY", "MEMBER"),
      "talent:search",
      undefined,
      false,
    ],
  ] as const)("%s → %s", (_l, viewer, action, target, expected) => {
    expect(can(viewer, action, target)).toBe(expected);
  });
});
