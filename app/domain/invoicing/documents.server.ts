import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { notFound, ok, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { storedDay } from "~/lib/dates";

/**
 * Who reads which EHF document: its issuer and its receiver. The buyer of an order sees the
 * supplier's invoice and credit note; the supplier sees those and the platform's fee invoice to it;
 * nobody else learns that a document exists.
 */

const listed = {
  id: true,
  orderId: true,
  kind: true,
  purpose: true,
  supplierKey: true,
  receiverId: true,
  number: true,
  issueDate: true,
  dueDate: true,
  amountExVatOre: true,
  vatOre: true,
  totalOre: true,
  kid: true,
  outbox: { select: { status: true, sentAt: true } },
} as const;

export type DocumentView = {
  id: string;
  orderId: string;
  kind: "INVOICE" | "CREDIT_NOTE";
  purpose: "ORDER" | "PLATFORM_FEE";
  number: number;
  issueDate: string;
  dueDate: string | null;
  amountExVatOre: number;
  vatOre: number;
  totalOre: number;
  kid: string | null;
  /** The reader's relation to it */
  role: "issuer" | "receiver";
  sentAt: string | null;
};

const mayRead = (actor: Actor, d: { supplierKey: string; receiverId: string }) =>
  can(actor, "invoice:read", { organizationId: d.supplierKey }) ||
  can(actor, "invoice:read", { organizationId: d.receiverId });

function view(
  actor: Actor,
  d: {
    id: string;
    orderId: string;
    kind: "INVOICE" | "CREDIT_NOTE";
    purpose: "ORDER" | "PLATFORM_FEE";
    supplierKey: string;
    number: number;
    issueDate: Date;
    dueDate: Date | null;
    amountExVatOre: number;
    vatOre: number;
    totalOre: number;
    kid: string | null;
    outbox: { status: string; sentAt: Date | null } | null;
  },
): DocumentView {
  const { supplierKey, outbox, ...rest } = d;
  return {
    ...rest,
    issueDate: storedDay(d.issueDate),
    dueDate: storedDay(d.dueDate),
    role: can(actor, "invoice:read", { organizationId: supplierKey }) ? "issuer" : "receiver",
    sentAt: outbox?.sentAt?.toISOString() ?? null,
  };
}

/** The documents of the given orders the actor may read, oldest first per order. */
export async function documentsForOrders(
  db: Db,
  actor: Actor,
  orderIds: string[],
): Promise<Map<string, DocumentView[]>> {
  const byOrder = new Map<string, DocumentView[]>();
  if (!can(actor, "invoice:read") || !orderIds.length) return byOrder;
  const docs = await db.ehfDocument.findMany({
    where: {
      orderId: { in: orderIds },
      OR: [{ supplierKey: actor.organizationId }, { receiverId: actor.organizationId }],
    },
    orderBy: [{ createdAt: "asc" }, { number: "asc" }],
    select: listed,
  });
  for (const d of docs) {
    if (!mayRead(actor, d)) continue;
    const list = byOrder.get(d.orderId) ?? [];
    list.push(view(actor, d));
    byOrder.set(d.orderId, list);
  }
  return byOrder;
}

/** One document with its XML as issued; not found for anyone but its issuer and receiver. */
export async function documentForReader(
  db: Db,
  actor: Actor,
  orderId: string,
  documentId: string,
): Promise<Result<DocumentView & { xml: string }>> {
  const d = await db.ehfDocument.findFirst({ where: { id: documentId, orderId }, select: { ...listed, xml: true } });
  if (!d || !mayRead(actor, d)) return notFound();
  return ok({ ...view(actor, d), xml: d.xml });
}

/** The file name a download gets: what it is and its number, nothing about the parties. */
export function documentFileName(d: { kind: string; purpose: string; number: number }, ext: "xml" | "html"): string {
  const what = d.kind === "CREDIT_NOTE" ? "kreditnota" : d.purpose === "PLATFORM_FEE" ? "gebyrfaktura" : "faktura";
  return `${what}-${d.number}.${ext}`;
}
