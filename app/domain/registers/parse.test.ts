import { describe, expect, it } from "vitest";
import { parseCleaning, parseEntity } from "./parse";
import { isCleaningOccupation } from "./cleaning";

// Answers in Enhetsregisteret's shape (data.brreg.no/enhetsregisteret/api/enheter/{orgnr}).
const active = {
  organisasjonsnummer: "923609016",
  navn: "EQUINOR ASA",
  organisasjonsform: { kode: "ASA", beskrivelse: "Allmennaksjeselskap", _links: {} },
  forretningsadresse: {
    land: "Norge",
    landkode: "NO",
    postnummer: "4035",
    poststed: "STAVANGER",
    adresse: ["Forusbeen 50"],
    kommune: "STAVANGER",
    kommunenummer: "1103",
  },
  registrertIMvaregisteret: true,
  konkurs: false,
  underAvvikling: false,
  underTvangsavviklingEllerTvangsopplosning: false,
  _links: { self: { href: "https://data.brreg.no/enhetsregisteret/api/enheter/923609016" } },
};

describe("Enhetsregisteret's answer", () => {
  it("reads name, organisation form, address and VAT registration of an active unit", () => {
    expect(parseEntity(200, active)).toEqual({
      kind: "found",
      record: {
        orgNumber: "923609016",
        name: "EQUINOR ASA",
        organisationForm: { code: "ASA", description: "Allmennaksjeselskap" },
        address: "Forusbeen 50, 4035 STAVANGER",
        bankrupt: false,
        underLiquidation: false,
        underForcedLiquidation: false,
        vatRegistered: true,
        deleted: false,
        deletedOn: null,
      },
    });
  });

  it.each([
    ["konkurs", "bankrupt"],
    ["underAvvikling", "underLiquidation"],
    ["underTvangsavviklingEllerTvangsopplosning", "underForcedLiquidation"],
  ] as const)("reads %s as %s", (field, key) => {
    const found = parseEntity(200, { ...active, [field]: true });
    expect(found.kind === "found" && found.record[key]).toBe(true);
  });

  it("reads a 410 Gone with slettedato as a deleted unit, with or without the date", () => {
    const gone = parseEntity(410, { organisasjonsnummer: "923609016", slettedato: "2024-11-15" });
    expect(gone.kind === "found" && [gone.record.deleted, gone.record.deletedOn]).toEqual([true, "2024-11-15"]);
    const bare = parseEntity(410, { organisasjonsnummer: "923609016" });
    expect(bare.kind === "found" && [bare.record.deleted, bare.record.deletedOn]).toEqual([true, null]);
  });

  it("says not found for a 404, and unavailable for a server error or an unreadable body", () => {
    expect(parseEntity(404, { feilmelding: "Ingen enhet" })).toEqual({ kind: "notFound" });
    expect(parseEntity(503, null).kind).toBe("unavailable");
    expect(parseEntity(500, active).kind).toBe("unavailable");
    expect(parseEntity(200, "<html>").kind).toBe("unavailable");
    expect(parseEntity(200, { navn: "uten nummer" }).kind).toBe("unavailable");
  });

  it("falls back to the postal address and to the form's code", () => {
    const { forretningsadresse: _omit, ...rest } = active;
    const found = parseEntity(200, {
      ...rest,
      organisasjonsform: { kode: "FLI" },
      postadresse: { adresse: ["Postboks 1"], postnummer: "0101", poststed: "OSLO" },
    });
    expect(found.kind === "found" && [found.record.address, found.record.organisationForm]).toEqual([
      "Postboks 1, 0101 OSLO",
      { code: "FLI", description: "FLI" },
    ]);
  });
});

describe("Renholdsregisteret's answer", () => {
  it("reads Godkjent as approved, with the date the status changed", () => {
    expect(
      parseCleaning(200, { Organisasjonsnummer: "923609016", Status: "Godkjent", StatusEndret: "2023-05-10T12:00:00" }),
    ).toEqual({
      kind: "found",
      record: { orgNumber: "923609016", status: "Godkjent", approved: true, statusChangedOn: "2023-05-10" },
    });
  });

  it("reads every other status as not approved", () => {
    for (const Status of ["Ikke godkjent", "Under behandling", "Godkjenning trukket tilbake"]) {
      const found = parseCleaning(200, { Organisasjonsnummer: "923609016", Status });
      expect(found.kind === "found" && found.record.approved).toBe(false);
    }
  });

  it("says not found for a 404 and unavailable otherwise", () => {
    expect(parseCleaning(404, null)).toEqual({ kind: "notFound" });
    expect(parseCleaning(502, null).kind).toBe("unavailable");
    expect(parseCleaning(200, { Organisasjonsnummer: "923609016" }).kind).toBe("unavailable");
  });
});

describe("cleaning tasks", () => {
  it("are the cleaning occupations of FOR-2012-03-08-213, not laundry or vehicle care", () => {
    expect(["9112", "9111", "5151", "9123", "9129"].every(isCleaningOccupation)).toBe(true);
    expect(["9121", "8157", "9122", "9214"].some(isCleaningOccupation)).toBe(false);
  });
});
