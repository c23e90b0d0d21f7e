import type { RegisterKind } from "~/generated/prisma/enums";
import { ok, refuse, type Refusal, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { logger } from "~/lib/logger.server";
import { httpRegisters, inProcessRegisters } from "./adapters.server";
import { RegisterDouble } from "./double";
import type { CleaningRecord, CleaningRefusal, EntityRecord, EntityRefusal, RegisterPort } from "./port";

/**
 * Look-ups in the public registers, each stored as a RegisterCheck (what the register said, and
 * when), so that pages can show the date of a check and a look-up that found the register down is
 * on record. A register that cannot be reached is never an error page: callers get
 * `registerUnavailable` and decide what waits (a sign-up is kept, a quote can be sent again).
 */

export type { CleaningRefusal, EntityRefusal, RegisterRefusal } from "./port";

/** The double in this process: what the registers are when BRREG_URL / RENHOLD_URL are unset. Tests steer it. */
export const registerDouble = new RegisterDouble();

let configured: RegisterPort | undefined;
let override: RegisterPort | null = null;

export function registerPort(): RegisterPort {
  if (override) return override;
  if (!configured) {
    const { BRREG_URL, RENHOLD_URL } = env();
    configured =
      BRREG_URL && RENHOLD_URL
        ? httpRegisters({
            brregUrl: BRREG_URL,
            renholdUrl: RENHOLD_URL,
            // The real Enhetsregisteret is only ever on data.brreg.no; anything else is the double.
            isDouble: !BRREG_URL.startsWith("https://data.brreg.no/"),
          })
        : inProcessRegisters(registerDouble);
  }
  return configured;
}

/** For tests: another port (an HTTP adapter against a double they started), or null for the configured one. */
export function setRegisterPort(port: RegisterPort | null): void {
  override = port;
  configured = undefined;
}

/** Pure: why Enhetsregisteret's answer rules the organisation out, or null when it may trade. */
export function entityRefusal(
  record: EntityRecord,
): Exclude<EntityRefusal, "registerUnavailable" | "orgNotInRegister"> | null {
  if (record.deleted) return "orgDeleted";
  if (record.bankrupt) return "orgBankrupt";
  if (record.underForcedLiquidation) return "orgForcedLiquidation";
  if (record.underLiquidation) return "orgUnderLiquidation";
  return null;
}

const ENTITY_OUTCOME = {
  orgDeleted: "DELETED",
  orgBankrupt: "BANKRUPT",
  orgForcedLiquidation: "FORCED_LIQUIDATION",
  orgUnderLiquidation: "UNDER_LIQUIDATION",
  orgNotInRegister: "NOT_FOUND",
  registerUnavailable: "UNAVAILABLE",
} as const satisfies Record<EntityRefusal, string>;

const REFUSAL_OF_OUTCOME: Record<string, EntityRefusal> = Object.fromEntries(
  Object.entries(ENTITY_OUTCOME).map(([reason, outcome]) => [outcome, reason as EntityRefusal]),
);

async function store(
  db: Db,
  row: { register: RegisterKind; orgNumber: string; organizationId?: string | null; outcome: string; detail: object },
): Promise<Date> {
  const saved = await db.registerCheck.create({
    data: {
      register: row.register,
      orgNumber: row.orgNumber,
      organizationId: row.organizationId ?? null,
      outcome: row.outcome,
      detail: row.detail,
    },
    select: { checkedAt: true },
  });
  return saved.checkedAt;
}

export type EntityCheck = { record: EntityRecord; checkedAt: Date };

/** A check that rules the organisation out (the register answered and said no), as opposed to one that could not be made. */
export function blocksSignup(
  check: Result<EntityCheck, EntityRefusal>,
): check is Refusal<Exclude<EntityRefusal, "registerUnavailable">> {
  return !check.ok && check.reason !== "registerUnavailable";
}

/**
 * Looks the organisation number up in Enhetsregisteret and stores the answer. Refused when the unit
 * is deleted, bankrupt, under (forced) liquidation or not a main unit, with the reason; refused as
 * `registerUnavailable` when the register cannot be asked (the check is stored as such).
 */
export async function checkEntity(
  db: Db,
  orgNumber: string,
  options: { organizationId?: string | null; port?: RegisterPort } = {},
): Promise<Result<EntityCheck, EntityRefusal>> {
  const lookup = await (options.port ?? registerPort()).entity(orgNumber);
  const base = { register: "ENHETSREGISTERET" as const, orgNumber, organizationId: options.organizationId };
  if (lookup.kind === "unavailable") {
    logger.warn({ register: "enhetsregisteret", cause: lookup.cause }, "register unavailable");
    const checkedAt = await store(db, { ...base, outcome: "UNAVAILABLE", detail: { cause: lookup.cause } });
    return refuse("registerUnavailable", { field: "orgNumber", detail: { checkedAt: checkedAt.toISOString() } });
  }
  if (lookup.kind === "notFound") {
    await store(db, { ...base, outcome: "NOT_FOUND", detail: {} });
    return refuse("orgNotInRegister", { field: "orgNumber" });
  }
  const record = lookup.record;
  const refusal = entityRefusal(record);
  const detail = {
    name: record.name,
    form: record.organisationForm?.description ?? null,
    address: record.address,
    vatRegistered: record.vatRegistered,
    deletedOn: record.deletedOn,
  };
  const checkedAt = await store(db, { ...base, outcome: refusal ? ENTITY_OUTCOME[refusal] : "ACTIVE", detail });
  if (refusal)
    return refuse(refusal, { field: "orgNumber", detail: { name: record.name, date: record.deletedOn ?? "" } });
  return ok({ record, checkedAt });
}

export type CleaningApproval = { checkedAt: Date; status: string; statusChangedOn: string | null };

/**
 * Is the organisation an approved cleaning company now? Asks Renholdsregisteret each time (the
 * rule is about the day of the quote and of the award) and stores the answer with its date.
 */
export async function cleaningApproval(
  db: Db,
  organizationId: string,
  port: RegisterPort = registerPort(),
): Promise<Result<CleaningApproval, CleaningRefusal>> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { orgNumber: true } });
  const lookup = await port.cleaning(org.orgNumber);
  const base = { register: "RENHOLDSREGISTERET" as const, orgNumber: org.orgNumber, organizationId };
  if (lookup.kind === "unavailable") {
    logger.warn({ register: "renholdsregisteret", cause: lookup.cause }, "register unavailable");
    await store(db, { ...base, outcome: "UNAVAILABLE", detail: { cause: lookup.cause } });
    return refuse("registerUnavailable");
  }
  if (lookup.kind === "notFound") {
    await store(db, { ...base, outcome: "NOT_FOUND", detail: {} });
    return refuse("cleaningNotInRegister");
  }
  const record: CleaningRecord = lookup.record;
  const checkedAt = await store(db, {
    ...base,
    outcome: record.approved ? "APPROVED" : "NOT_APPROVED",
    detail: { status: record.status, statusChangedOn: record.statusChangedOn },
  });
  if (!record.approved) return refuse("cleaningNotApproved", { detail: { status: record.status } });
  return ok({ checkedAt, status: record.status, statusChangedOn: record.statusChangedOn });
}

export type CheckView = {
  register: RegisterKind;
  outcome: string;
  checkedAt: Date;
  detail: Record<string, unknown>;
};

/** The newest check of each register for an organisation (null: never checked). */
export async function latestChecks(db: Db, organizationId: string): Promise<Record<RegisterKind, CheckView | null>> {
  const [entity, cleaning] = await Promise.all(
    (["ENHETSREGISTERET", "RENHOLDSREGISTERET"] as const).map((register) =>
      db.registerCheck.findFirst({
        where: { organizationId, register },
        orderBy: { checkedAt: "desc" },
        select: { register: true, outcome: true, checkedAt: true, detail: true },
      }),
    ),
  );
  const view = (c: typeof entity): CheckView | null =>
    c ? { ...c, detail: (c.detail ?? {}) as Record<string, unknown> } : null;
  return { ENHETSREGISTERET: view(entity ?? null), RENHOLDSREGISTERET: view(cleaning ?? null) };
}

/**
 * Why the organisation's newest Enhetsregisteret check rules it out of trading (from stored checks,
 * no look-up): a company the register last called bankrupt, deleted or in liquidation may not quote.
 */
export async function storedEntityRefusal(db: Db, organizationId: string): Promise<EntityRefusal | null> {
  const latest = await db.registerCheck.findFirst({
    where: { organizationId, register: "ENHETSREGISTERET", outcome: { not: "UNAVAILABLE" } },
    orderBy: { checkedAt: "desc" },
    select: { outcome: true },
  });
  const refusal = latest ? REFUSAL_OF_OUTCOME[latest.outcome] : undefined;
  return refusal ?? null;
}

/** Checks made during a sign-up, before the organisation existed, belong to it once it does. */
export async function adoptSignupChecks(db: Db, orgNumber: string, organizationId: string): Promise<void> {
  await db.registerCheck.updateMany({ where: { orgNumber, organizationId: null }, data: { organizationId } });
}
