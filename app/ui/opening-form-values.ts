import { storedDay } from "~/lib/dates";
import type { OpeningFormValues } from "./opening-form";

type Stored = {
  kind: string;
  title: string;
  description: string;
  occupationCode: string;
  municipalityNumber: string;
  address: string | null;
  hoursPerWeek: number;
  extent: string;
  startDate: Date | null;
  applicationDeadline: Date | null;
  positions: number;
  norwegianLevel: string;
  licenceClass: string;
  skills: string[];
  accommodations: string[];
  accommodationNote: string | null;
  measures: string[];
  budgetMinOre: number | null;
  budgetMaxOre: number | null;
  deliveryStart: Date | null;
  deliveryEnd: Date | null;
  deliveryPlace: string | null;
  reservedForInclusion: boolean;
  quoteDeadline: Date | null;
  requiredDocuments: string[];
  serviceArea: string | null;
  contractTerms: string[];
  programmeArea: string | null;
  tradeCode: string | null;
  trainingMonths: number | null;
  approvedTrainingCompany: boolean;
  endDate: Date | null;
  ageMin: number | null;
  ageMax: number | null;
};

const num = (n: number | null) => (n === null ? undefined : String(n));

const day = (d: Date | null) => storedDay(d) ?? undefined;
const nok = (ore: number | null) => (ore === null ? undefined : String(Math.round(ore / 100)));

/** A stored opening as the edit form's starting values (strings, as a form posts them). */
export function openingFormValues(o: Stored): OpeningFormValues {
  return {
    kind: o.kind,
    title: o.title,
    description: o.description,
    occupationCode: o.occupationCode,
    municipalityNumber: o.municipalityNumber,
    address: o.address ?? undefined,
    hoursPerWeek: String(o.hoursPerWeek),
    extent: o.extent,
    startDate: day(o.startDate),
    applicationDeadline: day(o.applicationDeadline),
    positions: String(o.positions),
    norwegianLevel: o.norwegianLevel,
    licenceClass: o.licenceClass,
    skills: o.skills.join(", "),
    accommodations: o.accommodations,
    accommodationNote: o.accommodationNote ?? undefined,
    measures: o.measures,
    budgetMinNok: nok(o.budgetMinOre),
    budgetMaxNok: nok(o.budgetMaxOre),
    deliveryStart: day(o.deliveryStart),
    deliveryEnd: day(o.deliveryEnd),
    deliveryPlace: o.deliveryPlace ?? undefined,
    reservedForInclusion: o.reservedForInclusion ? "on" : undefined,
    quoteDeadline: day(o.quoteDeadline),
    requiredDocuments: o.requiredDocuments,
    serviceArea: o.serviceArea ?? undefined,
    contractTerms: o.contractTerms,
    programmeArea: o.programmeArea ?? undefined,
    tradeCode: o.tradeCode ?? undefined,
    trainingMonths: num(o.trainingMonths),
    approvedTrainingCompany: o.approvedTrainingCompany ? "on" : undefined,
    endDate: day(o.endDate),
    ageMin: num(o.ageMin),
    ageMax: num(o.ageMax),
  };
}
