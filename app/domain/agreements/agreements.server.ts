import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { auditBy, recordAudit } from "~/domain/audit/audit.server";
import { mailMembers } from "~/domain/notifications/notifications.server";
import { orderAmounts, vatOf } from "~/domain/procurement/money";
import { reservedStandingsOf } from "~/domain/procurement/serious.server";
import { notFound, ok, refuse, type Result } from "~/domain/result";
import type { AgreementBasis, OrderStatus } from "~/generated/prisma/enums";
import type { AgreementRefusal } from "~/i18n/agreements.nb";
import { addDays, dayToStored, osloToday, storedDay } from "~/lib/dates";
import type { Db } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { procurementNoticeMail } from "~/lib/mail-templates.server";
import type { AgreementInput, CallOffInput, PriceUnit } from "./agreement-schema";
import {
  addMonths,
  EXPIRY_NOTICE_DAYS,
  inForce,
  nearCeiling,
  nearExpiry,
  percentOf,
  remainingOre,
  usageByQuarter,
  type QuarterUsage,
} from "./ceilings";

/**
 * Partnership agreements (docs/decisions/0021): a municipality's framework agreement with
 * inclusion companies, and call-offs that become orders at the agreement's prices without a new
 * competition. The municipality's members make and use agreements; the companies on one read it
 * and name their contact person. Anyone else gets "not found".
 */

/** Call-offs that count against the ceiling: every one whose order is not cancelled. */
const COUNTED: { order: { status: { not: OrderStatus } } } = { order: { status: { not: "CANCELLED" } } };

/** A call-off's task needs an occupation; the agreement's service is what it is about, so a neutral one is used. */
const CALL_OFF_OCCUPATION = "9329";

/** Approved inclusion companies a municipality may make an agreement with, and its own share of each. */
export async function companiesForAgreement(db: Db, actor: Actor) {
  if (!can(actor, "agreement:manage")) return [];
  const rows = await db.organization.findMany({
    where: { kind: "INCLUSION_COMPANY", approved: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, ownerId: true, ownerSharePercent: true },
    take: 500,
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    ownShare: r.ownerId === actor.organizationId ? r.ownerSharePercent : null,
    ownedByOther: r.ownerId !== null && r.ownerId !== actor.organizationId,
  }));
}

/**
 * A new agreement. Reserved competition: every company must have a current reserved-contract
 * declaration. In-house award: the municipality must own every company (its share is kept on the
 * agreement). Only approved inclusion companies take part.
 */
export async function createAgreement(
  db: Db,
  actor: Actor,
  input: AgreementInput,
): Promise<Result<{ id: string }, AgreementRefusal>> {
  if (!can(actor, "agreement:manage")) return notFound();
  const companies = await db.organization.findMany({
    where: { id: { in: input.companyIds }, kind: "INCLUSION_COMPANY", approved: true },
    select: { id: true, ownerId: true, ownerSharePercent: true },
  });
  if (companies.length !== input.companyIds.length) return refuse("agreementCompanyInvalid", { field: "companyIds" });
  const basis = await basisAllows(db, actor, input.legalBasis, companies);
  if (!basis.ok) return basis;
  const agreement = await db.agreement.create({
    data: {
      buyerId: actor.organizationId,
      title: input.title,
      legalBasis: input.legalBasis,
      ceilingOre: input.ceilingNok * 100,
      startsOn: dayToStored(input.startsOn),
      endsOn: dayToStored(input.endsOn),
      optionsLeft: input.optionsLeft,
      optionMonths: input.optionMonths,
      buyerContactName: input.buyerContactName,
      buyerContactEmail: input.buyerContactEmail,
      createdById: actor.userId,
      suppliers: {
        create: companies.map((c) => ({
          companyId: c.id,
          ownershipPercent: input.legalBasis === "IN_HOUSE" ? c.ownerSharePercent : null,
        })),
      },
      prices: { create: { service: input.service, unit: input.unit, priceExVatOre: input.priceNok * 100 } },
    },
  });
  await auditBy(db, actor, { action: "agreement.create", entityType: "Agreement", entityId: agreement.id });
  return ok({ id: agreement.id });
}

async function basisAllows(
  db: Db,
  actor: Actor,
  basis: AgreementBasis,
  companies: readonly { id: string; ownerId: string | null; ownerSharePercent: number | null }[],
): Promise<Result<null, AgreementRefusal>> {
  if (basis === "IN_HOUSE") {
    const owned = companies.every((c) => c.ownerId === actor.organizationId && (c.ownerSharePercent ?? 0) > 0);
    return owned ? ok() : refuse("agreementNotOwner", { field: "legalBasis" });
  }
  const standings = await reservedStandingsOf(
    db,
    companies.map((c) => c.id),
    osloToday(),
  );
  for (const c of companies) {
    const standing = standings.get(c.id);
    const problem = standing ? standing.problem : "reservedNoDeclaration";
    if (problem) return refuse(problem, { field: "companyIds" });
  }
  return ok();
}

/** The agreement if the actor is a party: the buyer's members, or a supplier's. */
async function partyOf(db: Db, actor: Actor, agreementId: string) {
  if (!can(actor, "agreement:read")) return null;
  const a = await db.agreement.findUnique({
    where: { id: agreementId },
    include: { suppliers: { select: { id: true, companyId: true } } },
  });
  if (!a) return null;
  if (a.buyerId === actor.organizationId) return { agreement: a, side: "buyer" as const };
  const own = a.suppliers.find((s) => s.companyId === actor.organizationId);
  return own ? { agreement: a, side: "supplier" as const, supplierId: own.id } : null;
}

const statusOf = (today: string, startsOn: string, endsOn: string) =>
  inForce(today, startsOn, endsOn) ? "inForce" : today < startsOn ? "notStarted" : "ended";

export type AgreementSummary = {
  id: string;
  title: string;
  buyer: string;
  suppliers: string[];
  legalBasis: AgreementBasis;
  startsOn: string;
  endsOn: string;
  ceilingOre: number;
  usedOre: number;
  percent: number;
  inForce: boolean;
  status: "inForce" | "notStarted" | "ended";
  nearCeiling: boolean;
  nearExpiry: boolean;
};

/** The agreements the actor's organisation is a party to, newest end first. */
export async function listAgreements(db: Db, actor: Actor, today = osloToday()): Promise<AgreementSummary[]> {
  if (!can(actor, "agreement:read")) return [];
  const rows = await db.agreement.findMany({
    where: {
      OR: [{ buyerId: actor.organizationId }, { suppliers: { some: { companyId: actor.organizationId } } }],
    },
    orderBy: [{ endsOn: "desc" }, { title: "asc" }],
    take: 200,
    include: {
      buyer: { select: { name: true } },
      suppliers: { select: { company: { select: { name: true } } } },
      callOffs: { where: COUNTED, select: { amountExVatOre: true } },
    },
  });
  return rows.map((a) =>
    summaryOf(
      a,
      a.callOffs.reduce((sum, c) => sum + c.amountExVatOre, 0),
      today,
    ),
  );
}

/** What the list and the agreement's own page both say of an agreement: its period, use and state. */
function summaryOf(
  a: {
    id: string;
    title: string;
    buyer: { name: string };
    suppliers: { company: { name: string } }[];
    legalBasis: AgreementBasis;
    startsOn: Date;
    endsOn: Date;
    ceilingOre: number;
  },
  usedOre: number,
  today: string,
): AgreementSummary {
  const startsOn = storedDay(a.startsOn);
  const endsOn = storedDay(a.endsOn);
  return {
    id: a.id,
    title: a.title,
    buyer: a.buyer.name,
    suppliers: a.suppliers.map((s) => s.company.name),
    legalBasis: a.legalBasis,
    startsOn,
    endsOn,
    ceilingOre: a.ceilingOre,
    usedOre,
    percent: percentOf(usedOre, a.ceilingOre),
    inForce: inForce(today, startsOn, endsOn),
    status: statusOf(today, startsOn, endsOn),
    nearCeiling: nearCeiling(usedOre, a.ceilingOre),
    nearExpiry: nearExpiry(today, endsOn),
  };
}

export type AgreementView = AgreementSummary & {
  side: "buyer" | "supplier";
  optionsLeft: number;
  optionMonths: number;
  buyerContact: { name: string; email: string };
  supplierRows: {
    id: string;
    company: string;
    own: boolean;
    contactName: string | null;
    contactEmail: string | null;
    ownershipPercent: number | null;
  }[];
  prices: { id: string; service: string; unit: PriceUnit; priceExVatOre: number }[];
  callOffs: {
    id: string;
    title: string;
    company: string;
    service: string;
    quantity: number;
    amountExVatOre: number;
    orderId: string;
    status: OrderStatus;
    calledOffAt: string;
  }[];
  quarters: QuarterUsage[];
  remainingOre: number;
};

/**
 * One agreement for a party. The ceiling's use is the whole agreement's, for both sides; the
 * list of call-offs is the buyer's in full, and each supplier's own only (another supplier's
 * orders on a shared agreement are that supplier's business).
 */
export async function getAgreement(
  db: Db,
  actor: Actor,
  agreementId: string,
  today = osloToday(),
): Promise<Result<AgreementView>> {
  const party = await partyOf(db, actor, agreementId);
  if (!party) return notFound();
  const a = await db.agreement.findUniqueOrThrow({
    where: { id: agreementId },
    include: {
      buyer: { select: { name: true } },
      suppliers: { include: { company: { select: { name: true } } }, orderBy: { company: { name: "asc" } } },
      prices: { orderBy: { createdAt: "asc" } },
      callOffs: {
        orderBy: { calledOffAt: "desc" },
        include: {
          order: { select: { id: true, status: true, quote: { select: { task: { select: { title: true } } } } } },
          supplier: { select: { companyId: true, company: { select: { name: true } } } },
          price: { select: { service: true } },
        },
      },
    },
  });
  const counted = a.callOffs.filter((c) => c.order.status !== "CANCELLED");
  const usedOre = counted.reduce((sum, c) => sum + c.amountExVatOre, 0);
  const startsOn = storedDay(a.startsOn);
  const endsOn = storedDay(a.endsOn);
  const visible =
    party.side === "buyer" ? a.callOffs : a.callOffs.filter((c) => c.supplier.companyId === actor.organizationId);
  return ok({
    ...summaryOf(a, usedOre, today),
    side: party.side,
    optionsLeft: a.optionsLeft,
    optionMonths: a.optionMonths,
    buyerContact: { name: a.buyerContactName, email: a.buyerContactEmail },
    supplierRows: a.suppliers.map((s) => ({
      id: s.id,
      company: s.company.name,
      own: s.companyId === actor.organizationId,
      contactName: s.contactName,
      contactEmail: s.contactEmail,
      ownershipPercent: s.ownershipPercent,
    })),
    prices: a.prices.map((p) => ({
      id: p.id,
      service: p.service,
      unit: p.unit as PriceUnit,
      priceExVatOre: p.priceExVatOre,
    })),
    callOffs: visible.map((c) => ({
      id: c.id,
      title: c.order.quote.task.title,
      company: c.supplier.company.name,
      service: c.price.service,
      quantity: c.quantity,
      amountExVatOre: c.amountExVatOre,
      orderId: c.order.id,
      status: c.order.status,
      calledOffAt: c.calledOffAt.toISOString(),
    })),
    quarters: usageByQuarter(counted, { startsOn, endsOn }, a.ceilingOre),
    remainingOre: remainingOre(usedOre, a.ceilingOre),
  });
}

/** The order's reason, kept with it: which agreement, on which legal basis. */
function awardReasonOf(a: { title: string; legalBasis: AgreementBasis }, ownershipPercent: number | null): string {
  return a.legalBasis === "IN_HOUSE"
    ? `Avrop på avtalen «${a.title}»: tildeling i egenregi til selskap kommunen eier (${ownershipPercent ?? 0} %).`
    : `Avrop på avtalen «${a.title}»: reservert konkurranse etter FOA § 16-9.`;
}

/**
 * A call-off: an order to one of the agreement's suppliers at a line of its price list, made at
 * once (awarded) and then run through the ordinary order lifecycle and payment. Refused outside
 * the agreement's period, above what is left of the ceiling (checked with the agreement locked, so
 * two call-offs at once cannot both pass), or when the supplier cannot be paid yet.
 */
export async function callOff(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: CallOffInput,
  origin: string,
  at: Date = new Date(),
): Promise<Result<{ orderId: string }, AgreementRefusal>> {
  const party = await partyOf(db, actor, agreementId);
  if (!party || party.side !== "buyer" || !can(actor, "agreement:manage", { organizationId: party.agreement.buyerId }))
    return notFound();
  const a = party.agreement;
  const [supplier, price, buyer] = await Promise.all([
    db.agreementSupplier.findFirst({
      where: { id: input.supplierId, agreementId },
      include: { company: { select: { name: true, stripeAccount: { select: { payoutsEnabled: true } } } } },
    }),
    db.agreementPrice.findFirst({ where: { id: input.priceId, agreementId } }),
    db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { municipalityNumber: true } }),
  ]);
  if (!supplier) return refuse("agreementSupplierInvalid", { field: "supplierId" });
  if (!price) return refuse("agreementPriceInvalid", { field: "priceId" });
  const day = osloToday(at);
  if (!inForce(day, storedDay(a.startsOn), storedDay(a.endsOn))) return refuse("agreementNotInForce");
  if (!supplier.company.stripeAccount?.payoutsEnabled)
    return refuse("callOffPayoutsNotEnabled", { field: "supplierId", detail: { company: supplier.company.name } });
  const amountExVatOre = price.priceExVatOre * input.quantity;
  const amounts = amountExVatOre <= a.ceilingOre ? orderAmounts(amountExVatOre, env().PLATFORM_FEE_BASIS_POINTS) : null;
  const created = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Agreement" WHERE id = ${agreementId} FOR UPDATE`;
    const used = await tx.callOff.aggregate({ where: { agreementId, ...COUNTED }, _sum: { amountExVatOre: true } });
    const left = remainingOre(used._sum.amountExVatOre ?? 0, a.ceilingOre);
    if (!amounts || amountExVatOre > left) return { placed: false as const, left };
    const task = await tx.opening.create({
      data: {
        organizationId: actor.organizationId,
        kind: "TASK",
        status: "CLOSED",
        title: input.title,
        description: `${a.title}: ${input.quantity} × ${price.service}`,
        occupationCode: CALL_OFF_OCCUPATION,
        municipalityNumber: buyer.municipalityNumber,
        hoursPerWeek: 0,
        extent: "PART_TIME",
        serviceArea: "OTHER",
        createdById: actor.userId,
        createdAt: at,
        closedAt: at,
      },
    });
    const quote = await tx.quote.create({
      data: {
        taskId: task.id,
        companyId: supplier.companyId,
        createdById: actor.userId,
        priceExVatOre: amountExVatOre,
        vatOre: vatOf(amountExVatOre),
        deliveryPlan: `${input.quantity} × ${price.service}`,
        teamSize: 1,
        participantsInMeasure: 0,
        startDate: dayToStored(day),
        status: "AWARDED",
        confirmedTerms: [],
        createdAt: at,
      },
    });
    const order = await tx.order.create({
      data: {
        quoteId: quote.id,
        taskId: task.id,
        buyerId: actor.organizationId,
        companyId: supplier.companyId,
        amountExVatOre: amounts.amountExVatOre,
        vatOre: amounts.vatOre,
        totalOre: amounts.totalOre,
        platformFeeOre: amounts.platformFeeOre,
        awardReason: awardReasonOf(a, supplier.ownershipPercent),
        awardedAt: at,
      },
    });
    await tx.callOff.create({
      data: {
        agreementId,
        supplierId: supplier.id,
        priceId: price.id,
        quantity: input.quantity,
        amountExVatOre,
        orderId: order.id,
        createdById: actor.userId,
        calledOffAt: at,
      },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      actorOrganizationId: actor.organizationId,
      action: "agreement.callOff",
      entityType: "Order",
      entityId: order.id,
      metadata: { agreementId },
    });
    return { placed: true as const, orderId: order.id };
  });
  if (!created.placed)
    return refuse("callOffOverCeiling", { field: "quantity", detail: { left: (created.left / 100).toFixed(0) } });
  await mailMembers(db, supplier.companyId, (locale) =>
    procurementNoticeMail(locale, {
      kind: "awarded",
      task: input.title,
      link: `${origin}/bestillinger/${created.orderId}`,
    }),
  );
  return ok({ orderId: created.orderId });
}

/** A new line of the price list (lines are never changed: call-offs keep pointing at theirs). */
export async function addPrice(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: { service: string; unit: PriceUnit; priceNok: number },
): Promise<Result<null, AgreementRefusal>> {
  const party = await partyOf(db, actor, agreementId);
  if (!party || party.side !== "buyer" || !can(actor, "agreement:manage")) return notFound();
  await db.agreementPrice.create({
    data: { agreementId, service: input.service, unit: input.unit, priceExVatOre: input.priceNok * 100 },
  });
  await auditBy(db, actor, { action: "agreement.price", entityType: "Agreement", entityId: agreementId });
  return ok();
}

/** Uses one option to extend: the end moves `optionMonths` on, and the 90-day notice will come again. */
export async function extendAgreement(
  db: Db,
  actor: Actor,
  agreementId: string,
  today = osloToday(),
): Promise<Result<{ endsOn: string }, AgreementRefusal>> {
  const party = await partyOf(db, actor, agreementId);
  if (!party || party.side !== "buyer" || !can(actor, "agreement:manage")) return notFound();
  const a = party.agreement;
  if (storedDay(a.endsOn) < today) return refuse("agreementEnded");
  const endsOn = addMonths(storedDay(a.endsOn), a.optionMonths);
  const done = await db.agreement.updateMany({
    where: { id: agreementId, optionsLeft: { gt: 0 }, endsOn: a.endsOn },
    data: { optionsLeft: { decrement: 1 }, endsOn: dayToStored(endsOn) },
  });
  if (done.count !== 1) return refuse("agreementNoOptions");
  await auditBy(db, actor, { action: "agreement.extend", entityType: "Agreement", entityId: agreementId });
  return ok({ endsOn });
}

/** A supplier names its own contact person for the agreement. */
export async function setSupplierContact(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: { contactName: string; contactEmail: string },
): Promise<Result<null, AgreementRefusal>> {
  const party = await partyOf(db, actor, agreementId);
  if (!party || party.side !== "supplier" || !can(actor, "agreement:contact")) return notFound();
  await db.agreementSupplier.update({
    where: { id: party.supplierId },
    data: { contactName: input.contactName, contactEmail: input.contactEmail },
  });
  await auditBy(db, actor, { action: "agreement.contact", entityType: "Agreement", entityId: agreementId });
  return ok();
}

/**
 * The municipality records its share of a company it owns (0 removes it). A company has one
 * recorded owner: one owned by another municipality is refused until that one removes it.
 */
export async function recordOwnership(
  db: Db,
  actor: Actor,
  companyId: string,
  sharePercent: number,
): Promise<Result<null, AgreementRefusal>> {
  if (!can(actor, "ownership:record")) return notFound();
  const company = await db.organization.findFirst({
    where: { id: companyId, kind: "INCLUSION_COMPANY", approved: true },
    select: { ownerId: true },
  });
  if (!company) return refuse("agreementCompanyInvalid", { field: "companyId" });
  if (company.ownerId && company.ownerId !== actor.organizationId)
    return refuse("ownershipOtherOwner", { field: "companyId" });
  await db.organization.update({
    where: { id: companyId },
    data:
      sharePercent > 0
        ? { ownerId: actor.organizationId, ownerSharePercent: sharePercent }
        : { ownerId: null, ownerSharePercent: null },
  });
  await auditBy(db, actor, {
    action: "organization.ownership",
    entityType: "Organization",
    entityId: companyId,
    metadata: { sharePercent },
  });
  return ok();
}

export type AgreementAttention = {
  items: {
    id: string;
    title: string;
    usedOre: number;
    ceilingOre: number;
    percent: number;
    endsOn: string;
    nearCeiling: boolean;
    nearExpiry: boolean;
  }[];
  counts: { nearCeiling: number; nearExpiry: number };
};

/**
 * For the home page: the agreements in force that the actor's organisation is a party to and that
 * are at 80 % of their ceiling or at most 90 days from their end, from one query.
 */
export async function agreementsNeedingAttention(
  db: Db,
  actor: Actor,
  today = osloToday(),
): Promise<AgreementAttention> {
  if (!can(actor, "agreement:read")) return { items: [], counts: { nearCeiling: 0, nearExpiry: 0 } };
  const todayDate = dayToStored(today);
  const horizon = dayToStored(addDays(today, EXPIRY_NOTICE_DAYS));
  const rows = await db.$queryRaw<
    { id: string; title: string; ceilingOre: number; endsOn: Date; used: bigint | number }[]
  >`
    SELECT a.id, a.title, a."ceilingOre", a."endsOn",
           COALESCE(SUM(c."amountExVatOre") FILTER (WHERE o.status <> 'CANCELLED'), 0) AS used
    FROM "Agreement" a
    LEFT JOIN "CallOff" c ON c."agreementId" = a.id
    LEFT JOIN "Order" o ON o.id = c."orderId"
    WHERE a."startsOn" <= ${todayDate} AND a."endsOn" >= ${todayDate}
      AND (a."buyerId" = ${actor.organizationId}
           OR EXISTS (SELECT 1 FROM "AgreementSupplier" s WHERE s."agreementId" = a.id AND s."companyId" = ${actor.organizationId}))
    GROUP BY a.id
    HAVING a."endsOn" <= ${horizon}
        OR COALESCE(SUM(c."amountExVatOre") FILTER (WHERE o.status <> 'CANCELLED'), 0) * 100 >= a."ceilingOre"::bigint * 80
    ORDER BY a."endsOn", a.title`;
  const items = rows.map((r) => {
    const usedOre = Number(r.used);
    const endsOn = storedDay(r.endsOn);
    return {
      id: r.id,
      title: r.title,
      usedOre,
      ceilingOre: r.ceilingOre,
      percent: percentOf(usedOre, r.ceilingOre),
      endsOn,
      nearCeiling: nearCeiling(usedOre, r.ceilingOre),
      nearExpiry: nearExpiry(today, endsOn),
    };
  });
  return {
    items,
    counts: {
      nearCeiling: items.filter((i) => i.nearCeiling).length,
      nearExpiry: items.filter((i) => i.nearExpiry).length,
    },
  };
}
