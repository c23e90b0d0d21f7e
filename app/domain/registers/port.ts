/**
 * The public registers Arbeidsbro asks about an organisation, behind one port: Brønnøysund's
 * Enhetsregisteret and Arbeidstilsynet's register of approved cleaning companies. Adapters (HTTP
 * against the real services or the local double, or the double in this process) answer in these
 * shapes; nothing outside app/domain/registers sees the registers' own field names.
 */

/** What Enhetsregisteret says about one main unit (enhet). */
export type EntityRecord = {
  orgNumber: string;
  name: string;
  /** Organisasjonsform, e.g. { code: "AS", description: "Aksjeselskap" } */
  organisationForm: { code: string; description: string } | null;
  /** Forretningsadresse on one line, when the register has one */
  address: string | null;
  bankrupt: boolean;
  underLiquidation: boolean;
  underForcedLiquidation: boolean;
  vatRegistered: boolean;
  deleted: boolean;
  /** Slettedato (YYYY-MM-DD) of a deleted unit, when the register gives it */
  deletedOn: string | null;
};

/** What Arbeidstilsynet's cleaning register (Renholdsregisteret) says about one company. */
export type CleaningRecord = {
  orgNumber: string;
  /** The register's status text, e.g. "Godkjent" */
  status: string;
  approved: boolean;
  /** When the status last changed (YYYY-MM-DD), when the register says */
  statusChangedOn: string | null;
};

/** A look-up's answer: found, not in the register, or the register could not be asked. */
export type Lookup<T> = { kind: "found"; record: T } | { kind: "notFound" } | { kind: "unavailable"; cause: string };

export interface RegisterPort {
  /** A test deployment's registers are the double; pages say so. */
  readonly isDouble: boolean;
  entity(orgNumber: string): Promise<Lookup<EntityRecord>>;
  cleaning(orgNumber: string): Promise<Lookup<CleaningRecord>>;
}

/** Why an organisation may not be signed up or trade here, by Enhetsregisteret. */
export type EntityRefusal =
  | "orgNotInRegister"
  | "orgBankrupt"
  | "orgUnderLiquidation"
  | "orgForcedLiquidation"
  | "orgDeleted"
  | "registerUnavailable";
export type CleaningRefusal = "cleaningNotApproved" | "cleaningNotInRegister" | "registerUnavailable";
export type RegisterRefusal = EntityRefusal | CleaningRefusal;
