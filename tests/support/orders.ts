import type { Actor } from "~/auth/actor";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening } from "~/domain/openings/openings.server";
import { orderAmounts } from "~/domain/procurement/money";
import type { Db } from "~/lib/db.server";
import { dayToStored } from "~/lib/dates";

let seq = 0;

/**
 * An order in the given status between a buyer and a supplier, written straight to the database
 * (the award's rules are tested in procurement.test.ts): a task, the supplier's quote and the order.
 */
export async function makeOrder(
  db: Db,
  buyer: Actor,
  supplier: Actor,
  options: { priceExVatOre?: number; title?: string; buyerReference?: string; feeBasisPoints?: number } = {},
) {
  seq++;
  const task = await createOpening(
    db,
    buyer,
    openingSchema.parse({
      kind: "TASK",
      title: options.title ?? `Vedlikehold av parken ${seq}`,
      description: "Vedlikehold av grøntanlegg hver uke gjennom sesongen.",
      occupationCode: "6113",
      municipalityNumber: "4601",
      hoursPerWeek: "10",
      extent: "PART_TIME",
    }),
  );
  const price = options.priceExVatOre ?? 12_345_67;
  const amounts = orderAmounts(price, options.feeBasisPoints ?? 300);
  const quote = await db.quote.create({
    data: {
      taskId: task.id,
      companyId: supplier.organizationId,
      createdById: supplier.userId,
      priceExVatOre: price,
      vatOre: amounts.vatOre,
      deliveryPlan: "Hver uke.",
      teamSize: 2,
      participantsInMeasure: 1,
      startDate: dayToStored("2027-01-04"),
      status: "AWARDED",
    },
  });
  return db.order.create({
    data: {
      quoteId: quote.id,
      taskId: task.id,
      buyerId: buyer.organizationId,
      companyId: supplier.organizationId,
      amountExVatOre: amounts.amountExVatOre,
      vatOre: amounts.vatOre,
      totalOre: amounts.totalOre,
      platformFeeOre: amounts.platformFeeOre,
      awardReason: "Beste tilbud",
      buyerReference: options.buyerReference ?? null,
      status: "DELIVERED",
      deliveredAt: new Date(),
    },
  });
}
