import { osloDay } from "~/lib/dates";

/**
 * Amounts that change by decree or by the yearly state budget, as dated configuration: each
 * entry says from when it applies, where it was read and whether it is confirmed. An entry we
 * could not confirm is `provisional`; every estimate that uses one says so to its reader, so a
 * planning figure is never shown as NAV's. Adding next year's value is one line here.
 */

/** Where a rule or an amount was read. `date` is the page's own date where it shows one, else the day it was read. */
export type Source = { title: string; url: string; date: string };

export type DatedAmount = {
  /** First Oslo calendar day the amount applies */
  validFrom: string;
  amountOre: number;
  /** Not (yet) confirmed by a published source: shown to readers as provisional */
  provisional: boolean;
  source: Source;
};

export const sources = {
  navVarigLonnstilskudd: {
    title: "nav.no – Varig lønnstilskudd (for arbeidsgivere)",
    url: "https://www.nav.no/arbeidsgiver/varig-lonnstilskudd",
    date: "2026-12-02",
  },
  navMidlertidigLonnstilskudd: {
    title: "nav.no – Midlertidig lønnstilskudd (for arbeidsgivere)",
    url: "https://www.nav.no/arbeidsgiver/midlertidig-lonnstilskudd",
    date: "2026-12-02",
  },
  navMentor: {
    title: "nav.no – Mentortilskudd (for arbeidsgivere)",
    url: "https://www.nav.no/arbeidsgiver/mentor",
    date: "2023-06-07",
  },
  navInkluderingstilskudd: {
    title: "nav.no – Inkluderingstilskudd (for arbeidsgivere)",
    url: "https://www.nav.no/arbeidsgiver/inkluderingstilskudd",
    date: "2023-05-26",
  },
  navInkluderingstilskuddPerson: {
    title: "nav.no – Inkluderingstilskudd: varighet og størrelse (12 måneder fra første utgift)",
    url: "https://www.nav.no/no/Person/Arbeid/Oppfolging+og+tiltak+for+a+komme+i+jobb/Tiltak+for+a+komme+i+jobb/Relatert+innhold/inkluderingstilskudd",
    date: "2026-12-02",
  },
  navFunksjonsassistanse: {
    title: "nav.no – Funksjonsassistanse i arbeidslivet",
    url: "https://www.nav.no/no/Bedrift/Hjelpemidler/Funksjonsassistanse",
    date: "2026-12-02",
  },
  navVtaO: {
    title: "nav.no – Varig tilrettelagt arbeid i ordinær virksomhet (for arbeidsgivere)",
    url: "https://www.nav.no/arbeidsgiver/varig-tilrettelagt-arbeid",
    date: "2026-12-02",
  },
  tiltakssatser2026: {
    title: "iarbeid.no – Tilskuddssatser 2026 (AFT og VTA regulert med 3,6 %; VTA-O ikke oppgitt)",
    url: "https://iarbeid.no/arbeidsgiverstotte/tilskuddssatser",
    date: "2026-12-02",
  },
  tiltaksforskriften: {
    title: "Forskrift om arbeidsmarkedstiltak (tiltaksforskriften), FOR-2015-12-11-1598, sist endret fra 1.1.2023",
    url: "https://lovdata.no/forskrift/2015-12-11-1598",
    date: "2023-01-01",
  },
  grunnbelop: {
    title: "nav.no – Grunnbeløpet i folketrygden (G), fastsatt fra 1. mai hvert år",
    url: "https://www.nav.no/grunnbelopet",
    date: "2025-05-01",
  },
  grunnbelop2026Unconfirmed: {
    title: "Anslag for G fra 1. mai 2026, ikke bekreftet – sjekk nav.no og oppdater",
    url: "https://www.nav.no/grunnbelopet",
    date: "2026-12-02",
  },
  inclusionCap2025Unconfirmed: {
    title: "Tak fra 2025 uten funnet kilde – sjekk nav.no og oppdater",
    url: "https://www.nav.no/arbeidsgiver/inkluderingstilskudd",
    date: "2026-12-02",
  },
} as const satisfies Record<string, Source>;

/** Grunnbeløpet (G), set every year from 1 May after the trygdeoppgjør. */
export const grunnbelopConfig: readonly DatedAmount[] = [
  // The 2024 figure is printed on nav.no's varig lønnstilskudd page ("1 G = 124 028 kroner").
  { validFrom: "2024-05-01", amountOre: 12_402_800, provisional: false, source: sources.navVarigLonnstilskudd },
  { validFrom: "2025-05-01", amountOre: 13_016_000, provisional: false, source: sources.grunnbelop },
  // A planning assumption until the 2026 G is confirmed here.
  { validFrom: "2026-05-01", amountOre: 13_400_000, provisional: true, source: sources.grunnbelop2026Unconfirmed },
];

/**
 * The cap of inkluderingstilskudd per participant, over 12 months counted from the day the
 * first expense is paid (not per calendar year). The cap in force on that first day applies.
 */
export const inclusionGrantCapConfig: readonly DatedAmount[] = [
  { validFrom: "2023-01-01", amountOre: 14_390_000, provisional: false, source: sources.navInkluderingstilskudd },
  // Carried over from earlier configuration; no published page for it was found.
  { validFrom: "2025-01-01", amountOre: 15_900_000, provisional: true, source: sources.inclusionCap2025Unconfirmed },
];

/** The monthly grant to an ordinary employer for one VTA-O participant (set in the state budget each year). */
export const vtaOGrantConfig: readonly DatedAmount[] = [
  { validFrom: "2025-01-01", amountOre: 706_700, provisional: false, source: sources.navVtaO },
  // 2025's rate raised by the 3.6 % the other VTA and AFT rates rose for 2026, until NAV publishes it.
  { validFrom: "2026-01-01", amountOre: 732_100, provisional: true, source: sources.tiltakssatser2026 },
];

/** Rates change at midnight Norwegian time, so a date is read on the Oslo calendar, not in UTC. */
export const calendarDateInNorway = (on: Date): string => osloDay(on);

/** The entry in force on that date; a RangeError before the first one. */
export function datedAmountOn(config: readonly DatedAmount[], on: Date, what: string): DatedAmount {
  const day = calendarDateInNorway(on);
  let found: DatedAmount | undefined;
  for (const entry of config)
    if (entry.validFrom <= day && (!found || entry.validFrom > found.validFrom)) found = entry;
  if (!found) throw new RangeError(`No ${what} configured for ${day}`);
  return found;
}

export const gOn = (on: Date) => datedAmountOn(grunnbelopConfig, on, "grunnbeløp (G)");
export const inclusionGrantCapOn = (on: Date) => datedAmountOn(inclusionGrantCapConfig, on, "inkluderingstilskudd cap");
export const vtaOGrantOn = (on: Date) => datedAmountOn(vtaOGrantConfig, on, "VTA-O grant");

/** Grunnbeløpet in force on that date, in øre. */
export const gAmountOre = (on: Date): number => gOn(on).amountOre;

/** The inkluderingstilskudd cap per participant in force on that date, in øre. */
export const inclusionGrantCapOre = (on: Date): number => inclusionGrantCapOn(on).amountOre;

/** The monthly VTA-O grant in force on that date, in øre. */
export const vtaOGrantOre = (on: Date): number => vtaOGrantOn(on).amountOre;
