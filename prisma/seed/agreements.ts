import type { Actor } from "~/auth/actor";
import { actorFor } from "~/auth/actor.server";
import { agreementSchema } from "~/domain/agreements/agreement-schema";
import {
  addPrice,
  callOff,
  createAgreement,
  getAgreement,
  recordOwnership,
} from "~/domain/agreements/agreements.server";
import { moveOrder } from "~/domain/procurement/procurement.server";
import { usingTestDouble } from "~/domain/payments/stripe.server";
import { addDays, osloMidnight, osloToday } from "~/lib/dates";
import type { Db } from "~/lib/db.server";

const ORIGIN = "http://localhost:3000";

/**
 * Partnership agreements with a year of call-offs (docs/decisions/0021): Bergen's reserved
 * agreement with Bergen Arbeid, past 80 % of its ceiling (Vestlandsbro is not on it, which the
 * authorisation matrix relies on), and Trondheim's in-house
 * agreement with Nidaros Jobbsenter, which it owns, ending within 90 days. Call-offs become orders,
 * so like the other demo orders they need suppliers that can be paid: without the Stripe test
 * double none are made. All fictional.
 */
export async function seedAgreements(
  db: Db,
  orgIds: Map<string, string>,
  onboard: (admin: Actor) => Promise<void>,
): Promise<number> {
  const adminOfOrganization = async (organizationId: string) => {
    const admin = await db.membership.findFirstOrThrow({
      where: { organizationId, role: "ADMIN" },
      select: { userId: true },
    });
    return actorFor(db, admin.userId, organizationId);
  };
  const adminOf = (key: string) => {
    const organizationId = orgIds.get(key);
    if (!organizationId) throw new Error(`unknown demo organisation ${key}`);
    return adminOfOrganization(organizationId);
  };
  const today = osloToday();
  const [bergen, trondheim, bergenArbeid, nidaros] = await Promise.all(
    ["bergen", "trondheim", "bergenarbeid", "nidarosjobb"].map(adminOf),
  );
  if (!bergen || !trondheim || !bergenArbeid || !nidaros) throw new Error("demo organisations missing");
  await recordOwnership(db, trondheim, nidaros.organizationId, 100);
  if (usingTestDouble() && !(await db.stripeAccount.findUnique({ where: { organizationId: nidaros.organizationId } })))
    await onboard(nidaros);

  const plans = [
    {
      buyer: bergen,
      form: {
        title: "Arbeidstrening og grøntanlegg 2026–2027",
        legalBasis: "RESERVED_COMPETITION",
        companyIds: [bergenArbeid.organizationId],
        ceilingNok: "2300000",
        startsOn: addDays(today, -380),
        endsOn: addDays(today, 350),
        optionsLeft: "2",
        optionMonths: "12",
        buyerContactName: "Kari Nordmann",
        buyerContactEmail: "kari.nordmann@bergen.kommune.no",
        service: "Arbeidstrening med tett oppfølging",
        unit: "PARTICIPANT_MONTH",
        priceNok: "14500",
      },
      more: [{ service: "Vedlikehold av parker og grøntanlegg", unit: "HOUR" as const, priceNok: 650 }],
      // Days ago, price line, quantity, supplier (index): about 82 % of the ceiling in a year.
      callOffs: [
        [350, 0, 12, 0],
        [320, 1, 300, 0],
        [290, 0, 10, 0],
        [250, 1, 260, 0],
        [210, 0, 14, 0],
        [170, 1, 240, 0],
        [130, 0, 12, 0],
        [90, 1, 280, 0],
        [60, 0, 16, 0],
        [30, 1, 220, 0],
        [12, 0, 10, 0],
      ],
    },
    {
      buyer: trondheim,
      form: {
        title: "Kantine og vaskeri i egenregi",
        legalBasis: "IN_HOUSE",
        companyIds: [nidaros.organizationId],
        ceilingNok: "1500000",
        startsOn: addDays(today, -300),
        endsOn: addDays(today, 75),
        optionsLeft: "1",
        optionMonths: "24",
        buyerContactName: "Ingrid Berg",
        buyerContactEmail: "ingrid.berg@trondheim.kommune.no",
        service: "Kantinedrift med arbeidstrening",
        unit: "MONTH",
        priceNok: "68000",
      },
      more: [{ service: "Vask av arbeidstøy", unit: "DELIVERY" as const, priceNok: 4200 }],
      callOffs: [
        [280, 0, 2, 0],
        [240, 1, 20, 0],
        [200, 0, 2, 0],
        [150, 1, 25, 0],
        [110, 0, 3, 0],
        [70, 1, 22, 0],
        [40, 0, 2, 0],
        [8, 1, 15, 0],
      ],
    },
  ] as const;

  let made = 0;
  for (const plan of plans) {
    if (await db.agreement.findFirst({ where: { buyerId: plan.buyer.organizationId, title: plan.form.title } }))
      continue;
    const created = await createAgreement(db, plan.buyer, agreementSchema.parse(plan.form));
    if (!created.ok) throw new Error(`demo agreement refused: ${created.reason}`);
    made++;
    for (const line of plan.more) await addPrice(db, plan.buyer, created.value.id, line);
    const view = await getAgreement(db, plan.buyer, created.value.id);
    if (!view.ok) throw new Error("demo agreement not found");
    const { prices, supplierRows } = view.value;
    for (const [daysAgo, priceIndex, quantity, supplierIndex] of plan.callOffs) {
      const price = prices[priceIndex];
      const supplier = supplierRows[supplierIndex];
      if (!price || !supplier) continue;
      // Mid-morning in Oslo on that day, so each call-off lands in the quarter the table shows.
      const at = new Date(osloMidnight(addDays(today, -daysAgo)).getTime() + 10 * 3_600_000);
      const done = await callOff(
        db,
        plan.buyer,
        created.value.id,
        {
          title: `${price.service}, ${addDays(today, -daysAgo).slice(0, 7)}`,
          supplierId: supplier.id,
          priceId: price.id,
          quantity,
        },
        ORIGIN,
        at,
      );
      // No payable supplier (no Stripe double): the agreement stands without call-offs.
      if (!done.ok) continue;
      if (daysAgo < 45) continue;
      const { companyId } = await db.order.findUniqueOrThrow({
        where: { id: done.value.orderId },
        select: { companyId: true },
      });
      const company = await adminOfOrganization(companyId);
      await moveOrder(db, company, done.value.orderId, "deliver", ORIGIN);
      await moveOrder(db, plan.buyer, done.value.orderId, "accept", ORIGIN);
    }
  }
  return made;
}
