import type { DemoOrg, DemoUser } from "./demo-data";

/**
 * NAV alongside in the demo (plain data, no domain code: the registers' double reads demo-data):
 * NAV Bergenhus serves Bergen and Askøy, NAV Trondheim serves Trondheim and Malvik (prisma/seed/nav.ts).
 */
export const navDemoOrganizations: DemoOrg[] = [
  { key: "navbergen", kind: "NAV_OFFICE", name: "NAV Bergenhus", municipalityNumber: "4601", approved: true },
  { key: "navtrondheim", kind: "NAV_OFFICE", name: "NAV Trondheim", municipalityNumber: "5001", approved: true },
];

export const navDemoUsers: DemoUser[] = [
  { email: "randi.nav@nav.no", name: "Randi Sæther", memberships: [{ org: "navbergen", role: "ADMIN" }] },
  { email: "jon.nav@nav.no", name: "Jon Helle", memberships: [{ org: "navbergen", role: "MEMBER" }] },
  { email: "turid.nav@nav.no", name: "Turid Aasen", memberships: [{ org: "navtrondheim", role: "ADMIN" }] },
];
