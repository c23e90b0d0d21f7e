import { describe, expect, it } from "vitest";
import { translate } from "~/i18n/i18n";
import { procurementRefusalsEn } from "~/i18n/procurement.en";
import { procurementRefusalsNb } from "~/i18n/procurement.nb";
import { cancellationFor, payableBy, stepsFor } from "./order-lifecycle";

describe("the order's lifecycle as the page offers it", () => {
  it("each party sees only its own steps, and only from the statuses they start from", () => {
    expect(stepsFor("company", "AWARDED")).toEqual(["start", "deliver"]);
    expect(stepsFor("company", "IN_DELIVERY")).toEqual(["deliver"]);
    expect(stepsFor("buyer", "AWARDED")).toEqual([]);
    expect(stepsFor("buyer", "DELIVERED")).toEqual(["accept"]);
    expect(stepsFor("company", "DELIVERED")).toEqual([]);
    expect([payableBy("buyer", "ACCEPTED"), payableBy("company", "ACCEPTED"), payableBy("buyer", "PAID")]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("cancel alone before acceptance; after it ask, answer the other party, or wait", () => {
    const open = (openedBySide: "buyer" | "company") => [{ id: "d1", status: "OPEN" as const, openedBySide }];
    expect(cancellationFor({ status: "IN_DELIVERY", side: "buyer" }, true, [])).toEqual({ kind: "cancel" });
    expect(cancellationFor({ status: "IN_DELIVERY", side: "buyer" }, false, [])).toEqual({ kind: "adminsOnly" });
    expect(cancellationFor({ status: "PAID", side: "buyer" }, true, [])).toEqual({ kind: "dispute" });
    expect(cancellationFor({ status: "PAID", side: "company" }, true, open("buyer"))).toEqual({
      kind: "answer",
      disputeId: "d1",
    });
    expect(cancellationFor({ status: "PAID", side: "buyer" }, true, open("buyer"))).toEqual({ kind: "waiting" });
    expect(
      cancellationFor({ status: "PAID", side: "buyer" }, true, [
        { id: "d1", status: "DECIDED_KEEP", openedBySide: "buyer" },
      ]),
    ).toEqual({ kind: "dispute" });
    expect(cancellationFor({ status: "CANCELLED", side: "buyer" }, true, [])).toEqual({ kind: "cancelled" });
  });
});

describe("refusal messages", () => {
  it("every reason has a message in both languages", () => {
    expect(Object.keys(procurementRefusalsEn).sort()).toEqual(Object.keys(procurementRefusalsNb).sort());
    for (const reason of Object.keys(procurementRefusalsNb))
      expect(translate("nb", `refusals.${reason}`)).not.toBe(`refusals.${reason}`);
  });

  it("a step refused now names the order's status in the reader's words", () => {
    expect(translate("nb", "refusals.orderStepNotNow", { status: "DELIVERED" })).toContain(
      "bestillingen har status «Levert»",
    );
    expect(translate("en", "refusals.orderStepNotNow", { status: "PAID" })).toContain("the order's status is “Paid”");
  });
});
