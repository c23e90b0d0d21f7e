import type { OpeningKindValue } from "~/domain/openings/opening-kinds";
import { datedAmountOn, type DatedAmount, type Source } from "./rates";

/**
 * Support schemes for young people, apprentices and training candidates, as dated
 * configuration beside rates.ts: each with the rule sentence in both languages, where it was read
 * and from when it applies. They are not package measures (the county pays the apprenticeship
 * grants, not NAV), so they inform the employer on the opening and the youth page; a proposal's
 * package stays with the measure catalogue. Amounts we could not confirm are `provisional`.
 */
export const youthSources = {
  udirSarskilteBehov: {
    title:
      "udir.no – Tilskudd til lærlinger, praksisbrevkandidater og lærekandidater med særskilte behov (del av 0–24-samarbeidet; forvaltes av fylkeskommunen fra 2020)",
    url: "https://www.udir.no/om-udir/tilskudd-og-prosjektmidler/tilskudd-og-prosjektmidler-for-fylkeskommuner/larlingar-sarskilde-behov/",
    date: "2026-12-02",
  },
  fylkeSarskilteBehov: {
    title: "Viken/Trøndelag fylkeskommune – lærlinger og lærekandidater under 25 år, 1–6 timer i uka, 47 uker i året",
    url: "https://www.trondelagfylke.no/vare-tjenester/utdanning/Opplaering_i_bedrift/bedrifter-og-opplaringskontor/tilskudd/",
    date: "2020-05-15",
  },
  udirLarlingtilskudd: {
    title: "udir.no – Tilskudd til lærebedrifter (basistilskudd), satser fastsatt i statsbudsjettet hvert år",
    url: "https://www.udir.no/om-udir/tilskudd-og-prosjektmidler/tilskudd-og-prosjektmidler-for-fylkeskommuner/",
    date: "2026-12-02",
  },
  navSommerjobb: {
    title:
      "nav.no – Tilskudd til sommerjobb (16–29 år, 50 % eller 75 % av lønnen i inntil fire uker, oppstart 1. juni–31. august); ikke bekreftet for 2026",
    url: "https://www.nav.no/arbeidsgiver/sommerjobb",
    date: "2026-12-02",
  },
  larlingtilskudd2026Unconfirmed: {
    title: "Basistilskudd 2026 ikke funnet i en publisert kilde – sjekk statsbudsjettet og oppdater",
    url: "https://www.udir.no/om-udir/tilskudd-og-prosjektmidler/tilskudd-og-prosjektmidler-for-fylkeskommuner/",
    date: "2026-12-02",
  },
} as const satisfies Record<string, Source>;

/**
 * Basistilskudd per apprentice per year of training in the company (the yearly amount; the
 * county pays it per month of contract). A planning figure until the 2026 budget figure is read.
 */
export const apprenticeGrantConfig: readonly DatedAmount[] = [
  {
    validFrom: "2026-01-01",
    amountOre: 18_000_000,
    provisional: true,
    source: youthSources.larlingtilskudd2026Unconfirmed,
  },
];

export const youthSchemeCodes = ["LARLINGTILSKUDD", "SARSKILTE_BEHOV", "SOMMERJOBB"] as const;
export type YouthSchemeCode = (typeof youthSchemeCodes)[number];

export type YouthScheme = {
  label: { nb: string; en: string };
  /** The rule in one sentence a young person or a small employer understands */
  rule: { nb: string; en: string };
  /** Who pays and who applies */
  payer: { nb: string; en: string };
  /** The opening kinds it can apply to */
  kinds: readonly OpeningKindValue[];
  /** Age limits of the scheme (inclusive), null = none */
  maxAge: number | null;
  validFrom: string;
  /** The rule could not be confirmed as current: readers are told so */
  provisional: boolean;
  source: Source;
};

export const youthSchemes: Record<YouthSchemeCode, YouthScheme> = {
  LARLINGTILSKUDD: {
    label: { nb: "Lærlingtilskudd (basistilskudd)", en: "Apprentice grant (basic grant)" },
    rule: {
      nb: "En godkjent lærebedrift får et fast tilskudd fra fylkeskommunen for hver lærling og lærekandidat med kontrakt.",
      en: "An approved training company receives a fixed grant from the county for each apprentice and training candidate under contract.",
    },
    payer: {
      nb: "Fylkeskommunen (søkes gjennom lærekontrakten)",
      en: "The county (through the apprenticeship contract)",
    },
    kinds: ["APPRENTICESHIP", "TRAINING_CANDIDATE"],
    maxAge: null,
    validFrom: "2026-01-01",
    provisional: false,
    source: youthSources.udirLarlingtilskudd,
  },
  SARSKILTE_BEHOV: {
    label: {
      nb: "Tilskudd for lærlinger og lærekandidater med særskilte behov",
      en: "Grant for apprentices and training candidates with special needs",
    },
    rule: {
      nb: "For lærlinger og lærekandidater under 25 år som trenger ekstra oppfølging: lærebedriften kan få dekket 1–6 timer ekstra veiledning i uka, i inntil 47 uker i året.",
      en: "For apprentices and training candidates under 25 who need extra follow-up: the training company can be paid for 1–6 extra hours of supervision a week, for up to 47 weeks a year.",
    },
    payer: { nb: "Fylkeskommunen (del av 0–24-samarbeidet)", en: "The county (part of the 0–24 cooperation)" },
    kinds: ["APPRENTICESHIP", "TRAINING_CANDIDATE"],
    maxAge: 24,
    validFrom: "2020-01-01",
    provisional: false,
    source: youthSources.udirSarskilteBehov,
  },
  SOMMERJOBB: {
    label: { nb: "Tilskudd til sommerjobb", en: "Summer job grant" },
    rule: {
      nb: "NAV kan dekke 50 prosent av lønnen (75 prosent ved nedsatt arbeidsevne) i inntil fire uker for unge mellom 16 og 29 år som NAV følger opp. Sommerjobben må starte mellom 1. juni og 31. august.",
      en: "NAV can cover 50 per cent of the wage (75 per cent with reduced work capacity) for up to four weeks for young people aged 16 to 29 whom NAV follows up. The job must start between 1 June and 31 August.",
    },
    payer: { nb: "NAV (avtale før oppstart)", en: "NAV (agreement before the start)" },
    kinds: ["SUMMER_JOB"],
    maxAge: 29,
    validFrom: "2021-06-01",
    // The scheme was renewed year by year; whether NAV runs it in 2026 is not confirmed here.
    provisional: true,
    source: youthSources.navSommerjobb,
  },
};

/** The schemes that can apply to an opening of this kind. */
export function youthSchemesFor(kind: string): YouthSchemeCode[] {
  return youthSchemeCodes.filter((code) => (youthSchemes[code].kinds as readonly string[]).includes(kind));
}

export const apprenticeGrantOn = (on: Date) => datedAmountOn(apprenticeGrantConfig, on, "basistilskudd");
