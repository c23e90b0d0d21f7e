import type { CleaningRecord, EntityRecord, Lookup } from "./port";

/**
 * The registers' answers read into the port's shapes. Pure, so the HTTP adapter and the double in
 * this process read exactly the same bytes the same way.
 *
 * Enhetsregisteret (https://data.brreg.no/enhetsregisteret/api/docs/index.html, read 2026-12-02):
 * GET /enhetsregisteret/api/enheter/{organisasjonsnummer} answers 200 with the unit, 404 when the
 * number is not a main unit, and 410 Gone with `slettedato` for a deleted unit. Fields used:
 * navn, organisasjonsform {kode, beskrivelse}, forretningsadresse {adresse[], postnummer, poststed},
 * konkurs, underAvvikling, underTvangsavviklingEllerTvangsopplosning, registrertIMvaregisteret,
 * slettedato.
 *
 * Renholdsregisteret (Arbeidstilsynet; the shape data.altinn.no's Arbeidstilsynet plugin reads,
 * github.com/data-altinn-no/plugin-arbt2, RenholdUnit, read 2026-12-02): a JSON object
 * { Organisasjonsnummer, Status, StatusEndret } per company, 404 when the company is not in the
 * register. Only the status "Godkjent" counts as approved (forskrift om offentlig godkjenning av
 * renholdsvirksomheter og om kjøp av renholdstjenester, FOR-2012-03-08-213, kapittel 5: buying
 * cleaning from a company that is not approved is forbidden; see docs/decisions/0015 on
 * applications still being processed).
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
const flag = (v: unknown): boolean => v === true;
/** "2021-03-04" or "2021-03-04T10:00:00" → "2021-03-04" */
const day = (v: unknown): string | null => {
  const s = text(v);
  return s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null;
};

function addressOf(v: unknown): string | null {
  if (!isObject(v)) return null;
  const lines = Array.isArray(v.adresse) ? v.adresse.map(text).filter((l): l is string => !!l) : [];
  const place = [text(v.postnummer), text(v.poststed)].filter(Boolean).join(" ");
  const all = [...lines, place].filter(Boolean).join(", ");
  return all || null;
}

export function parseEntity(status: number, body: unknown): Lookup<EntityRecord> {
  if (status === 404) return { kind: "notFound" };
  if (status !== 200 && status !== 410) return { kind: "unavailable", cause: `HTTP ${status}` };
  if (!isObject(body)) return { kind: "unavailable", cause: "unreadable answer" };
  const orgNumber = text(body.organisasjonsnummer);
  if (!orgNumber) return { kind: "unavailable", cause: "answer without organisasjonsnummer" };
  const form = isObject(body.organisasjonsform) ? body.organisasjonsform : null;
  const formCode = form ? text(form.kode) : null;
  return {
    kind: "found",
    record: {
      orgNumber,
      name: text(body.navn) ?? "",
      organisationForm: formCode ? { code: formCode, description: text(form?.beskrivelse) ?? formCode } : null,
      address: addressOf(body.forretningsadresse) ?? addressOf(body.postadresse),
      bankrupt: flag(body.konkurs),
      underLiquidation: flag(body.underAvvikling),
      underForcedLiquidation: flag(body.underTvangsavviklingEllerTvangsopplosning),
      vatRegistered: flag(body.registrertIMvaregisteret),
      // A 410 is a deleted unit even if its body leaves the date out.
      deleted: status === 410 || day(body.slettedato) !== null,
      deletedOn: day(body.slettedato),
    },
  };
}

export const APPROVED_CLEANING_STATUS = "Godkjent";

export function parseCleaning(status: number, body: unknown): Lookup<CleaningRecord> {
  if (status === 404) return { kind: "notFound" };
  if (status !== 200) return { kind: "unavailable", cause: `HTTP ${status}` };
  if (!isObject(body)) return { kind: "unavailable", cause: "unreadable answer" };
  const orgNumber = text(body.Organisasjonsnummer);
  const registerStatus = text(body.Status);
  if (!orgNumber || !registerStatus)
    return { kind: "unavailable", cause: "answer without Organisasjonsnummer or Status" };
  return {
    kind: "found",
    record: {
      orgNumber,
      status: registerStatus,
      approved: registerStatus.toLowerCase() === APPROVED_CLEANING_STATUS.toLowerCase(),
      statusChangedOn: day(body.StatusEndret),
    },
  };
}
