import { getTrade, programmeAreas, type ProgrammeArea } from "./trades";
import type { OpeningKindValue } from "./opening-kinds";

/**
 * schema.org's `employmentType` and `educationRequirements` for each kind of opening (Google's
 * job-posting guidelines take these values). A summer job is TEMPORARY, a work placement and a
 * training-candidate place INTERN; an apprenticeship is paid work towards a certificate, so its
 * extent stays, with OTHER beside it. Schooling is asked of apprentices only (Vg2 in the area).
 */
export function jsonLdEmployment(o: {
  kind: OpeningKindValue;
  extent: "FULL_TIME" | "PART_TIME";
  tradeCode: string | null;
  programmeArea: string | null;
}): { employmentType: string | string[]; educationRequirements: unknown } {
  const extent = o.extent === "FULL_TIME" ? "FULL_TIME" : "PART_TIME";
  const area =
    o.programmeArea && o.programmeArea in programmeAreas ? programmeAreas[o.programmeArea as ProgrammeArea] : null;
  const trade = getTrade(o.tradeCode);
  switch (o.kind) {
    case "APPRENTICESHIP":
      return {
        employmentType: [extent, "OTHER"],
        educationRequirements: {
          "@type": "EducationalOccupationalCredential",
          credentialCategory: "high school",
          name: area ? `Vg2 ${area.nb}` : "Vg2",
          ...(trade ? { about: trade.nb } : {}),
        },
      };
    case "TRAINING_CANDIDATE":
      return { employmentType: ["INTERN", extent], educationRequirements: "no requirements" };
    case "SUMMER_JOB":
      return { employmentType: ["TEMPORARY", extent], educationRequirements: "no requirements" };
    case "WORK_PLACEMENT":
      return { employmentType: "INTERN", educationRequirements: "no requirements" };
    default:
      return { employmentType: extent, educationRequirements: undefined };
  }
}
