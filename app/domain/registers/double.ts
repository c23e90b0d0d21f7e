import { demoOrgNumber } from "../../../prisma/seed/demo-data";
import { isValidOrgNumber, makeValidOrgNumber } from "~/domain/organizations/org-number";

/**
 * The registers' test double: the same request and response shapes as Enhetsregisteret and
 * Renholdsregisteret (see parse.ts), over HTTP (scripts/register-double/server.ts, for the demo and
 * the end-to-end tests) or in this process (unit and integration tests, and a development server
 * without BRREG_URL / RENHOLD_URL). Its data:
 * - Enhetsregisteret: every valid organisation number is an active, VAT-registered AS named after
 *   its number, except the fixed numbers below (bankrupt, under liquidation, under forced
 *   liquidation, deleted, unknown) and what a test sets.
 * - Renholdsregisteret: only the demo's cleaning suppliers are approved, one demo company has lost
 *   its approval; every other number is not in the register (404), as for most real companies.
 * Control: `set…` below, or the HTTP double's /__double/ endpoints; `down` makes a register answer
 * 503 (the register is unreachable), so tests can see what a user sees then.
 */

/** Fixed numbers with a known answer (valid mod-11 numbers, seeds far from the tests' own). */
export const DOUBLE_ORG = {
  bankrupt: makeValidOrgNumber(990_001),
  underLiquidation: makeValidOrgNumber(990_002),
  forcedLiquidation: makeValidOrgNumber(990_003),
  deleted: makeValidOrgNumber(990_004),
  unknown: makeValidOrgNumber(990_005),
} as const;

export type RegisterName = "enhetsregisteret" | "renholdsregisteret";
export type Answer = { status: number; body: unknown };
type EntityPatch = Partial<{
  navn: string;
  konkurs: boolean;
  underAvvikling: boolean;
  underTvangsavviklingEllerTvangsopplosning: boolean;
  registrertIMvaregisteret: boolean;
  slettedato: string;
  missing: boolean;
}>;

const CHANGED = "2025-06-02T00:00:00";

export class RegisterDouble {
  private entities = new Map<string, EntityPatch>();
  private cleaning = new Map<string, { Status: string; StatusEndret: string } | null>();
  private down = new Set<RegisterName>();

  constructor() {
    this.reset();
  }

  reset(): void {
    this.entities = new Map<string, EntityPatch>([
      [DOUBLE_ORG.bankrupt, { navn: "KONKURSBO TEST AS", konkurs: true }],
      [DOUBLE_ORG.underLiquidation, { navn: "AVVIKLING TEST AS", underAvvikling: true }],
      [
        DOUBLE_ORG.forcedLiquidation,
        { navn: "TVANGSAVVIKLING TEST AS", underTvangsavviklingEllerTvangsopplosning: true },
      ],
      [DOUBLE_ORG.deleted, { navn: "SLETTET TEST AS", slettedato: "2024-11-15" }],
      [DOUBLE_ORG.unknown, { missing: true }],
    ]);
    this.cleaning = new Map();
    for (const key of ["askoyrenhold", "bergenarbeid", "vestbro", "fjellvekst"])
      this.cleaning.set(demoOrgNumber(key), { Status: "Godkjent", StatusEndret: CHANGED });
    this.cleaning.set(demoOrgNumber("nidarosjobb"), { Status: "Ikke godkjent", StatusEndret: CHANGED });
    this.down.clear();
  }

  setEntity(orgNumber: string, patch: EntityPatch): void {
    this.entities.set(orgNumber, { ...this.entities.get(orgNumber), ...patch });
  }

  /** A status of the cleaning register ("Godkjent", "Ikke godkjent" …), or null: not in it. */
  setCleaning(orgNumber: string, status: string | null, changed = CHANGED): void {
    this.cleaning.set(orgNumber, status === null ? null : { Status: status, StatusEndret: changed });
  }

  setDown(register: RegisterName, isDown: boolean): void {
    if (isDown) this.down.add(register);
    else this.down.delete(register);
  }

  /** GET …/enhetsregisteret/api/enheter/{orgnr} */
  entityAnswer(orgNumber: string): Answer {
    if (this.down.has("enhetsregisteret")) return { status: 503, body: { feilmelding: "Tjenesten er utilgjengelig" } };
    const patch = this.entities.get(orgNumber) ?? {};
    if (!isValidOrgNumber(orgNumber) || patch.missing)
      return { status: 404, body: { feilmelding: `Ingen enhet med organisasjonsnummer ${orgNumber} ble funnet` } };
    if (patch.slettedato)
      return { status: 410, body: { organisasjonsnummer: orgNumber, slettedato: patch.slettedato } };
    return {
      status: 200,
      body: {
        organisasjonsnummer: orgNumber,
        navn: patch.navn ?? `VIRKSOMHET ${orgNumber} AS`,
        organisasjonsform: { kode: "AS", beskrivelse: "Aksjeselskap" },
        forretningsadresse: {
          land: "Norge",
          landkode: "NO",
          postnummer: "5003",
          poststed: "BERGEN",
          adresse: ["Rådhusgaten 10"],
          kommune: "BERGEN",
          kommunenummer: "4601",
        },
        registrertIMvaregisteret: patch.registrertIMvaregisteret ?? true,
        konkurs: patch.konkurs ?? false,
        underAvvikling: patch.underAvvikling ?? false,
        underTvangsavviklingEllerTvangsopplosning: patch.underTvangsavviklingEllerTvangsopplosning ?? false,
      },
    };
  }

  /** GET {RENHOLD_URL}/{orgnr} */
  cleaningAnswer(orgNumber: string): Answer {
    if (this.down.has("renholdsregisteret")) return { status: 503, body: { message: "Service unavailable" } };
    const entry = this.cleaning.get(orgNumber);
    if (!entry) return { status: 404, body: { message: `${orgNumber} could not be found` } };
    return { status: 200, body: { Organisasjonsnummer: orgNumber, ...entry } };
  }
}
