import { actorFor } from "~/auth/actor.server";
import { candidateSchema } from "~/domain/candidates/candidate-schema";
import { createCandidate } from "~/domain/candidates/candidates.server";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import type { Db } from "~/lib/db.server";

/**
 * Young people first (issue 17): apprenticeships, a training-candidate place, summer jobs and a
 * work placement from the demo employers, and young candidates of Bergen Arbeid (all fictional),
 * so the quick filters, the youth page and the 0–24 view have something real to show.
 */
const openings = [
  {
    org: "bryggebakeri",
    kind: "APPRENTICESHIP",
    title: "Lærling i bakerfaget",
    description: "Vi tar inn en lærling i bakerfaget. Du lærer brød, bakst og konditorvarer sammen med erfarne bakere.",
    occupationCode: "7512",
    municipalityNumber: "4601",
    hoursPerWeek: "37.5",
    extent: "FULL_TIME",
    programmeArea: "RM",
    tradeCode: "BAKER",
    trainingMonths: "24",
    approvedTrainingCompany: "on",
    measures: ["MENTOR"],
  },
  {
    org: "bryggebakeri",
    kind: "SUMMER_JOB",
    title: "Sommerjobb i bakeributikken",
    description: "Salg av brød og kaker i butikken vår på Bryggen i fire uker i sommer. Passer fint som første jobb.",
    occupationCode: "5223",
    municipalityNumber: "4601",
    hoursPerWeek: "30",
    extent: "PART_TIME",
    startDate: "2027-06-21",
    endDate: "2027-07-16",
    ageMin: "16",
    ageMax: "24",
  },
  {
    org: "askoyrenhold",
    kind: "TRAINING_CANDIDATE",
    title: "Lærekandidat i renholdsoperatørfaget",
    description: "Lær deler av renholdsoperatørfaget i ditt tempo, med en fast veileder og tilpasset plan.",
    occupationCode: "9112",
    municipalityNumber: "4627",
    hoursPerWeek: "30",
    extent: "PART_TIME",
    programmeArea: "BA",
    tradeCode: "RENHOLD",
    trainingMonths: "36",
    approvedTrainingCompany: "on",
    measures: ["MENTOR", "INKLUDERINGSTILSKUDD"],
  },
  {
    org: "askoyrenhold",
    kind: "WORK_PLACEMENT",
    title: "Praksisplass i renhold",
    description: "Prøv deg i renhold i åtte uker med veiledning hver dag. Vi tilpasser arbeidstiden.",
    occupationCode: "9112",
    municipalityNumber: "4627",
    hoursPerWeek: "20",
    extent: "PART_TIME",
    startDate: "2027-02-01",
    endDate: "2027-03-26",
    accommodations: ["WORKING_HOURS"],
  },
  {
    org: "nidaroslager",
    kind: "SUMMER_JOB",
    title: "Sommerjobb på lageret",
    description: "Plukk og pakk på lageret vårt på Heimdal i sommer. Opplæring første dag, fast fadder hele perioden.",
    occupationCode: "4321",
    municipalityNumber: "5001",
    hoursPerWeek: "37.5",
    extent: "FULL_TIME",
    startDate: "2027-06-28",
    endDate: "2027-08-06",
    ageMin: "18",
    ageMax: "29",
  },
  {
    org: "nidaroslager",
    kind: "APPRENTICESHIP",
    title: "Lærling i logistikkfaget",
    description: "To år som lærling i logistikkfaget: varemottak, lagerstyring og truck, med fagbrev til slutt.",
    occupationCode: "4321",
    municipalityNumber: "5001",
    hoursPerWeek: "37.5",
    extent: "FULL_TIME",
    programmeArea: "SR",
    tradeCode: "LOGISTIKK",
    trainingMonths: "24",
    approvedTrainingCompany: "on",
  },
] as const;

const young = [
  { name: "Emma Solheim", born: 2007, occupations: ["7512", "5223"], groups: ["UNDER_25"] },
  { name: "Noah Brekke", born: 2006, occupations: ["5223", "9334"], groups: ["UNDER_25", "KVP"] },
  { name: "Maja Vik", born: 2008, occupations: ["9112"], groups: ["UNDER_25", "AAP"] },
  { name: "Elias Strand", born: 2005, occupations: ["4321", "9321"], groups: ["UNDER_25"] },
  { name: "Ida Sæther", born: 2004, occupations: ["7512", "9412"], groups: ["UNDER_25", "SOCIAL_ASSISTANCE"] },
  { name: "Filip Moen", born: 2009, occupations: ["5223"], groups: ["UNDER_25"] },
];

export async function seedYouth(db: Db, orgIds: Map<string, string>): Promise<number> {
  let created = 0;
  const actorOf = async (org: string) => {
    const organizationId = orgIds.get(org);
    if (!organizationId) throw new Error(`unknown demo organisation ${org}`);
    const admin = await db.membership.findFirstOrThrow({
      where: { organizationId, role: "ADMIN" },
      select: { userId: true },
    });
    return actorFor(db, admin.userId, organizationId);
  };
  for (const o of openings) {
    const actor = await actorOf(o.org);
    const exists = await db.opening.findFirst({ where: { organizationId: actor.organizationId, title: o.title } });
    if (exists) continue;
    const { org: _org, ...fields } = o;
    const opening = await createOpening(db, actor, openingSchema.parse(fields));
    await publishOpening(db, actor, opening.id);
    created++;
  }
  const company = await actorOf("bergenarbeid");
  for (const c of young) {
    const exists = await db.candidate.findFirst({
      where: { organizationId: company.organizationId, fullName: c.name },
    });
    if (exists) continue;
    await createCandidate(
      db,
      company,
      candidateSchema.parse({
        fullName: c.name,
        birthYear: String(c.born),
        occupationCodes: c.occupations,
        skills: "service, samarbeid",
        summary: "Ung og motivert, vil gjerne prøve seg i arbeidslivet.",
        confirmSummary: "on",
        municipalityNumber: "4601",
        travelMode: "OWN_MUNICIPALITY",
        hoursPerWeek: "30",
        earliestStart: "2027-01-04",
        norwegianLevel: "C1",
        targetGroups: c.groups,
        listingConsent: "on",
        consentGivenOn: "2026-11-02",
        consentMethod: "SIGNED_PAPER",
      }),
    );
    created++;
  }
  return created;
}
