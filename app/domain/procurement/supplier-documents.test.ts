import { describe, expect, it } from "vitest";
import { documentStatuses, expiryOf, meetsReservedContractCriterion, missingRequired } from "./supplier-documents";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("supplier documents", () => {
  it("a tax certificate counts six months from its date, an HMS declaration a year", () => {
    expect(expiryOf({ kind: "TAX_CERTIFICATE", issuedOn: d("2026-05-10"), validUntil: null, reference: "x" })).toBe(
      "2026-11-10",
    );
    expect(expiryOf({ kind: "HMS_DECLARATION", issuedOn: d("2026-01-15"), validUntil: null, reference: "x" })).toBe(
      "2027-01-15",
    );
    // An earlier own expiry date wins.
    expect(
      expiryOf({ kind: "TAX_CERTIFICATE", issuedOn: d("2026-05-10"), validUntil: d("2026-08-01"), reference: "x" }),
    ).toBe("2026-08-01");
    expect(
      expiryOf({ kind: "TILTAKSARRANGOR_APPROVAL", issuedOn: d("2020-01-01"), validUntil: null, reference: "x" }),
    ).toBeNull();
  });

  it("uses the newest document of a kind and flags expired and missing ones", () => {
    const statuses = documentStatuses(
      [
        { kind: "TAX_CERTIFICATE", issuedOn: d("2026-01-01"), validUntil: null, reference: "old" },
        { kind: "TAX_CERTIFICATE", issuedOn: d("2026-04-01"), validUntil: null, reference: "new" },
        { kind: "HMS_DECLARATION", issuedOn: d("2025-06-01"), validUntil: null, reference: "hms" },
      ],
      "2026-09-01",
    );
    expect(statuses.find((s) => s.kind === "TAX_CERTIFICATE")).toEqual({
      kind: "TAX_CERTIFICATE",
      state: "valid",
      validUntil: "2026-10-01",
      reference: "new",
    });
    expect(statuses.find((s) => s.kind === "HMS_DECLARATION")?.state).toBe("expired");
    expect(statuses.find((s) => s.kind === "HMS_CARD")?.state).toBe("missing");
    expect(missingRequired(["TAX_CERTIFICATE", "HMS_DECLARATION"], statuses)).toEqual(["HMS_DECLARATION"]);
  });

  it("the certificate's last day still counts; the day after does not", () => {
    const doc = [{ kind: "TAX_CERTIFICATE", issuedOn: d("2026-05-10"), validUntil: null, reference: "x" }];
    expect(missingRequired(["TAX_CERTIFICATE"], documentStatuses(doc, "2026-11-10"))).toEqual([]);
    expect(missingRequired(["TAX_CERTIFICATE"], documentStatuses(doc, "2026-11-11"))).toEqual(["TAX_CERTIFICATE"]);
  });

  it.each([
    [null, false],
    [29, false],
    [30, true],
    [80, true],
  ])("reserved-contract criterion with %s %% staff in a measure: %s", (pct, ok) =>
    expect(meetsReservedContractCriterion(pct)).toBe(ok),
  );
});
