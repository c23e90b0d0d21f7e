import type { CandidateLanguage } from "~/domain/candidates/profile-options";
import { storedDay } from "~/lib/dates";

export type CandidateFormValues = Record<string, string | string[] | undefined>;

type Stored = {
  fullName: string | null;
  birthYear: number | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  occupationCodes: string[];
  skills: string[];
  summary: string;
  municipalityNumber: string;
  travelMode: string;
  workMunicipalities: string[];
  hoursPerWeek: number;
  earliestStart: Date | null;
  norwegianLevel: string;
  languages: CandidateLanguage[];
  licences: string[];
  accommodations: string[];
  targetGroups: string[];
  measures: string[];
};

/** A stored candidate as the edit form's starting values (strings, as a form posts them). */
export function candidateFormValues(c: Stored): CandidateFormValues {
  const lang = (i: number) => c.languages[i];
  return {
    fullName: c.fullName ?? undefined,
    birthYear: c.birthYear ? String(c.birthYear) : undefined,
    phone: c.phone ?? undefined,
    email: c.email ?? undefined,
    notes: c.notes ?? undefined,
    occupationCodes: c.occupationCodes,
    skills: c.skills.join(", "),
    summary: c.summary,
    municipalityNumber: c.municipalityNumber,
    travelMode: c.travelMode,
    workMunicipalities: c.workMunicipalities,
    hoursPerWeek: String(c.hoursPerWeek),
    earliestStart: storedDay(c.earliestStart) ?? undefined,
    norwegianLevel: c.norwegianLevel,
    language1: lang(0)?.code,
    language1Level: lang(0)?.level,
    language2: lang(1)?.code,
    language2Level: lang(1)?.level,
    language3: lang(2)?.code,
    language3Level: lang(2)?.level,
    licences: c.licences,
    accommodations: c.accommodations,
    targetGroups: c.targetGroups,
    measures: c.measures,
  };
}
