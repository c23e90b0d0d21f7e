import register from "../../../prisma/data/norway-municipalities-2024.json" with { type: "json" };

/**
 * The 15 counties and 357 municipalities in force from 2024-01-01 (SSB Klass 104 and 131), as a
 * typed module: the register changes only by law, so it ships with the code.
 */
export type County = { code: string; name: string };
export type Municipality = { code: string; name: string; countyCode: string };

export const counties: readonly County[] = register.counties;
export const municipalities: readonly Municipality[] = register.municipalities;
export const registerSource: string = register.source;

const byCode = new Map(municipalities.map((m) => [m.code, m]));
const countyByCode = new Map(counties.map((c) => [c.code, c]));
const collator = new Intl.Collator("nb");

export function isMunicipalityCode(code: string): boolean {
  return byCode.has(code);
}

export function getMunicipality(code: string): Municipality | undefined {
  return byCode.get(code);
}

export function countyOf(municipalityCode: string): County | undefined {
  const m = byCode.get(municipalityCode);
  return m ? countyByCode.get(m.countyCode) : undefined;
}

export function municipalityName(code: string): string {
  return byCode.get(code)?.name ?? code;
}

/** For select lists: sorted by Norwegian collation (Å after Ø), with the county for same-named places. */
export function municipalityOptions(): { code: string; label: string }[] {
  return [...municipalities]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((m) => ({ code: m.code, label: `${m.name} (${countyByCode.get(m.countyCode)?.name ?? m.countyCode})` }));
}
