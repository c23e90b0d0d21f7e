import { isSensitiveMeasure } from "~/domain/measures/measure-codes";
import { AGE_BAND_GROUPS, isTargetGroup, targetGroupSensitivity } from "./profile-options";

/**
 * What of a candidate may reach an employer (or a municipality acting as one). Accommodation
 * needs and sensitive categories (measureSensitivity, targetGroupSensitivity) only while the
 * candidate's consent to share them is in force: `accommodationConsentAt` is that consent,
 * read at the moment of showing, never copied (docs/decisions/0007-candidate-privacy.md).
 */
export type SharingConsent = { accommodationConsentAt: Date | null };

export function sharesSensitive(c: SharingConsent): boolean {
  return c.accommodationConsentAt !== null;
}

/** Measure codes an employer may see: the sensitive ones only with the consent. */
export function measuresForEmployer(codes: readonly string[], shares: boolean): string[] {
  return shares ? [...codes] : codes.filter((code) => !isSensitiveMeasure(code));
}

/** A package's measures as the employer may see them (the same rule, on whole package rows). */
export function packageForEmployer<M extends { code: string }>(measures: readonly M[], shares: boolean): M[] {
  return shares ? [...measures] : measures.filter((m) => !isSensitiveMeasure(m.code));
}

/**
 * Target groups an employer may see: age bands always; the groups that reveal health or benefits
 * (AAP, KVP, social assistance, uføretrygd, sick leave, VTA/AFT) only with the consent. The
 * others (CV gap, newly arrived) are for the company's follow-up and never go out.
 */
export function targetGroupsForEmployer(groups: readonly string[], shares: boolean): string[] {
  return groups.filter((g) => {
    if (!isTargetGroup(g)) return false;
    return AGE_BAND_GROUPS.includes(g) || (shares && targetGroupSensitivity[g]);
  });
}

/** Accommodation categories are about the person's needs: only with the consent. */
export function accommodationsForEmployer(categories: readonly string[], shares: boolean): string[] {
  return shares ? [...categories] : [];
}
