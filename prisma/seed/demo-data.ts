import type { MembershipRole, OrganizationKind } from "~/generated/prisma/enums";
import { makeValidOrgNumber } from "~/domain/organizations/org-number";
import { navDemoOrganizations, navDemoUsers } from "./nav-data";

/** Fictional demo organisations and people. Org numbers are valid by mod-11 but made up. */
export const DEMO_PASSWORD = "arbeidsbro-demo-2026";

export type DemoOrg = {
  key: string;
  kind: OrganizationKind;
  name: string;
  municipalityNumber: string;
  approved: boolean;
};
export type DemoUser = {
  email: string;
  name: string;
  platformAdmin?: boolean;
  memberships: { org: string; role: MembershipRole }[];
};

export const demoOrganizations: DemoOrg[] = [
  { key: "bergen", kind: "MUNICIPALITY", name: "Bergen kommune", municipalityNumber: "4601", approved: true },
  { key: "trondheim", kind: "MUNICIPALITY", name: "Trondheim kommune", municipalityNumber: "5001", approved: true },
  { key: "tydal", kind: "MUNICIPALITY", name: "Tydal kommune", municipalityNumber: "5033", approved: true },
  { key: "fjordkafe", kind: "EMPLOYER", name: "Fjordkafé AS", municipalityNumber: "4601", approved: true },
  { key: "bryggebakeri", kind: "EMPLOYER", name: "Bakeriet på Bryggen AS", municipalityNumber: "4601", approved: true },
  {
    key: "nidaroslager",
    kind: "EMPLOYER",
    name: "Nidaros Lager og Logistikk AS",
    municipalityNumber: "5001",
    approved: true,
  },
  { key: "askoyrenhold", kind: "EMPLOYER", name: "Askøy Renhold AS", municipalityNumber: "4627", approved: true },
  { key: "malvikbil", kind: "EMPLOYER", name: "Malvik Bilpleie AS", municipalityNumber: "5031", approved: true },
  {
    key: "bergenarbeid",
    kind: "INCLUSION_COMPANY",
    name: "Bergen Arbeid og Inkludering AS",
    municipalityNumber: "4601",
    approved: true,
  },
  {
    key: "vestbro",
    kind: "INCLUSION_COMPANY",
    name: "Vestlandsbro Arbeidsinkludering AS",
    municipalityNumber: "4627",
    approved: true,
  },
  {
    key: "nidarosjobb",
    kind: "INCLUSION_COMPANY",
    name: "Nidaros Jobbsenter AS",
    municipalityNumber: "5001",
    approved: true,
  },
  { key: "fjellvekst", kind: "INCLUSION_COMPANY", name: "Fjellvekst AS", municipalityNumber: "5033", approved: true },
  { key: "stryntre", kind: "EMPLOYER", name: "Stryn Trevare AS", municipalityNumber: "4651", approved: false },
  ...navDemoOrganizations,
];

export function demoOrgNumber(key: string): string {
  const seed = [...key].reduce((acc, c) => acc * 31 + c.charCodeAt(0), 7) % 1_000_000;
  return makeValidOrgNumber(seed);
}

export const demoUsers: DemoUser[] = [
  { email: "admin@arbeidsbro.no", name: "Plattform Administrator", platformAdmin: true, memberships: [] },
  { email: "kari.nordmann@bergen.kommune.no", name: "Kari Nordmann", memberships: [{ org: "bergen", role: "ADMIN" }] },
  { email: "ola.hansen@bergen.kommune.no", name: "Ola Hansen", memberships: [{ org: "bergen", role: "MEMBER" }] },
  {
    email: "ingrid.berg@trondheim.kommune.no",
    name: "Ingrid Berg",
    memberships: [{ org: "trondheim", role: "ADMIN" }],
  },
  { email: "per.tydal@tydal.kommune.no", name: "Per Aune", memberships: [{ org: "tydal", role: "ADMIN" }] },
  { email: "sigrid@fjordkafe.no", name: "Sigrid Larsen", memberships: [{ org: "fjordkafe", role: "ADMIN" }] },
  { email: "jonas@fjordkafe.no", name: "Jonas Vik", memberships: [{ org: "fjordkafe", role: "MEMBER" }] },
  { email: "hilde@bryggebakeri.no", name: "Hilde Bakke", memberships: [{ org: "bryggebakeri", role: "ADMIN" }] },
  { email: "erik@nidaroslager.no", name: "Erik Moe", memberships: [{ org: "nidaroslager", role: "ADMIN" }] },
  { email: "nina@askoyrenhold.no", name: "Nina Haugland", memberships: [{ org: "askoyrenhold", role: "ADMIN" }] },
  { email: "tor@malvikbil.no", name: "Tor Solberg", memberships: [{ org: "malvikbil", role: "ADMIN" }] },
  { email: "anne@bergenarbeid.no", name: "Anne Dahl", memberships: [{ org: "bergenarbeid", role: "ADMIN" }] },
  { email: "mohammed@bergenarbeid.no", name: "Mohammed Ali", memberships: [{ org: "bergenarbeid", role: "MEMBER" }] },
  { email: "lise@vestbro.no", name: "Lise Strand", memberships: [{ org: "vestbro", role: "ADMIN" }] },
  { email: "kristin@nidarosjobb.no", name: "Kristin Lie", memberships: [{ org: "nidarosjobb", role: "ADMIN" }] },
  { email: "arne@fjellvekst.no", name: "Arne Kvam", memberships: [{ org: "fjellvekst", role: "ADMIN" }] },
  { email: "marit@stryntre.no", name: "Marit Loen", memberships: [{ org: "stryntre", role: "ADMIN" }] },
  ...navDemoUsers,
];
