/**
 * Trades (lærefag) an apprenticeship or a training-candidate place can lead to, with the
 * vocational programme area (yrkesfaglig utdanningsprogram) whose Vg1/Vg2 leads into each. A
 * reference list, not the whole offer structure: the trades that inclusion work meets most often,
 * each with the STYRK-08 occupations (app/domain/openings/occupations.ts) a candidate interested
 * in it names, so that matching can tell who wants that trade.
 *
 * Source: Utdanningsdirektoratet, "Tilbudsstrukturen for videregående opplæring" (the LK20
 * structure from 2020), read through vilbli.no (https://www.vilbli.no/nb/no/a/utdanningsprogram),
 * checked 2026-12-02. Renholdsoperatørfaget and malerfaget follow Vg2 overflateteknikk (BA).
 */
export const TRADE_SOURCE = {
  title: "Utdanningsdirektoratet – Tilbudsstrukturen for videregående opplæring (LK20), via vilbli.no",
  url: "https://www.vilbli.no/nb/no/a/utdanningsprogram",
  date: "2026-12-02",
} as const;

export const programmeAreas = {
  BA: { nb: "Bygg- og anleggsteknikk", en: "Building and construction" },
  EL: { nb: "Elektro og datateknologi", en: "Electrical engineering and computer technology" },
  HO: { nb: "Helse- og oppvekstfag", en: "Health, childhood and youth development" },
  HD: { nb: "Håndverk, design og produktutvikling", en: "Crafts, design and product development" },
  NA: { nb: "Naturbruk", en: "Agriculture, fishing and forestry" },
  RM: { nb: "Restaurant- og matfag", en: "Restaurant and food processing" },
  SR: { nb: "Salg, service og reiseliv", en: "Sales, service and tourism" },
  TP: { nb: "Teknologi- og industrifag", en: "Technology and industrial production" },
} as const;

export type ProgrammeArea = keyof typeof programmeAreas;
export const programmeAreaCodes = Object.keys(programmeAreas) as ProgrammeArea[];

export type Trade = { code: string; area: ProgrammeArea; nb: string; en: string; occupations: readonly string[] };

export const trades: readonly Trade[] = [
  { code: "TOMRER", area: "BA", nb: "Tømrerfaget", en: "Carpentry", occupations: ["7115"] },
  { code: "RORLEGGER", area: "BA", nb: "Rørleggerfaget", en: "Plumbing", occupations: ["7126"] },
  { code: "MALER", area: "BA", nb: "Malerfaget", en: "Painting and decorating", occupations: ["7131"] },
  {
    code: "RENHOLD",
    area: "BA",
    nb: "Renholdsoperatørfaget",
    en: "Cleaning operations",
    occupations: ["9112", "5151", "9129"],
  },
  { code: "ANLEGG", area: "BA", nb: "Anleggsgartnerfaget", en: "Landscape gardening", occupations: ["6113", "9214"] },
  { code: "ELEKTRIKER", area: "EL", nb: "Elektrikerfaget", en: "Electrician", occupations: ["7411"] },
  {
    code: "HELSEARBEIDER",
    area: "HO",
    nb: "Helsearbeiderfaget",
    en: "Health care worker",
    occupations: ["5321", "5322", "5329"],
  },
  {
    code: "BARNE_UNGDOM",
    area: "HO",
    nb: "Barne- og ungdomsarbeiderfaget",
    en: "Child and youth worker",
    occupations: ["5311", "5312", "3412"],
  },
  { code: "MOBELSNEKKER", area: "HD", nb: "Møbelsnekkerfaget", en: "Cabinet making", occupations: ["7522"] },
  { code: "SKOG", area: "NA", nb: "Skogfaget", en: "Forestry", occupations: ["9215"] },
  { code: "KOKK", area: "RM", nb: "Kokkfaget", en: "Cookery", occupations: ["5120", "9412"] },
  {
    code: "INSTITUSJONSKOKK",
    area: "RM",
    nb: "Institusjonskokkfaget",
    en: "Institutional cookery",
    occupations: ["5120", "5246"],
  },
  { code: "BAKER", area: "RM", nb: "Bakerfaget", en: "Baking", occupations: ["7512"] },
  { code: "SERVITOR", area: "RM", nb: "Servitørfaget", en: "Waiting", occupations: ["5131", "5246"] },
  { code: "SALG", area: "SR", nb: "Salgsfaget", en: "Sales", occupations: ["5223", "5230", "9334"] },
  {
    code: "LOGISTIKK",
    area: "SR",
    nb: "Logistikkfaget",
    en: "Logistics",
    occupations: ["4321", "9333", "9321", "8344"],
  },
  {
    code: "KONTOR",
    area: "SR",
    nb: "Kontor- og administrasjonsfaget",
    en: "Office and administration",
    occupations: ["4323"],
  },
  {
    code: "BILFAG",
    area: "TP",
    nb: "Bilfaget, lette kjøretøy",
    en: "Light vehicle mechanics",
    occupations: ["7231", "9122"],
  },
  { code: "SVEIS", area: "TP", nb: "Sveisefaget", en: "Welding", occupations: ["7212"] },
  {
    code: "INDUSTRIMEKANIKER",
    area: "TP",
    nb: "Industrimekanikerfaget",
    en: "Industrial mechanics",
    occupations: ["8219", "9329"],
  },
];

export const tradeCodes = trades.map((t) => t.code);

export function getTrade(code: string | null | undefined): Trade | undefined {
  return code ? trades.find((t) => t.code === code) : undefined;
}

export const isTradeCode = (code: string): boolean => trades.some((t) => t.code === code);

export function tradeLabel(code: string | null | undefined, lang: "nb" | "en"): string {
  return getTrade(code)?.[lang] ?? code ?? "";
}

/** Whether a candidate who wants these occupations is interested in the trade. */
export function wantsTrade(occupationCodes: readonly string[], trade: Trade): boolean {
  return occupationCodes.some((code) => trade.occupations.includes(code));
}
