import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IndexSettings, SearchDoc, SearchIndex, TenantScopable } from "../port";

/**
 * The contract every search adapter passes. Documents are anonymised opening-like records, in
 * Norwegian, chosen so that stemming, synonyms and typos each decide a result.
 */
export type ContractDoc = SearchDoc & {
  title: string;
  description: string;
  skills: string[];
  county: string;
  kind: string;
  hours: number;
  measures: string[];
  publishedAt: string;
  /** The tenant: the company that owns the document. */
  company: string;
};

export const contractSettings: IndexSettings = {
  searchable: ["title", "skills", "description"],
  filterable: ["county", "kind", "hours", "measures", "company"],
  sortable: ["publishedAt", "hours"],
  synonyms: [["renhold", "vaskehjelp", "renholder"]],
  typoTolerance: { enabled: true, minWordLength: 5 },
};

export const contractDocs: ContractDoc[] = [
  {
    id: "o1",
    title: "Renholder i barnehage",
    description: "Daglig renhold av lokaler.",
    skills: ["renhold"],
    county: "46",
    kind: "JOB",
    hours: 20,
    measures: ["MENTOR"],
    publishedAt: "2026-10-01",
    company: "c1",
  },
  {
    id: "o2",
    title: "Lagerarbeider",
    description: "Plukk og pakk på lager i Trondheim.",
    skills: ["truckførerbevis", "lager"],
    county: "50",
    kind: "JOB",
    hours: 37.5,
    measures: ["ARBEIDSTRENING", "MIDLERTIDIG_LONNSTILSKUDD"],
    publishedAt: "2026-10-05",
    company: "c2",
  },
  {
    id: "o3",
    title: "Kokk til kantine",
    description: "Matlaging for 200 ansatte.",
    skills: ["matlaging", "hygiene"],
    county: "46",
    kind: "JOB",
    hours: 30,
    measures: [],
    publishedAt: "2026-09-20",
    company: "c1",
  },
  {
    id: "o4",
    title: "Vaskehjelp til kontorbygg",
    description: "Oppdrag: ukentlig vask av kontorer.",
    skills: ["vask"],
    county: "03",
    kind: "TASK",
    hours: 10,
    measures: ["VTA_O"],
    publishedAt: "2026-10-10",
    company: "c2",
  },
  {
    id: "o5",
    title: "Assistent i barnehagen",
    description: "Du blir med på tur og lek med barna.",
    skills: ["barn"],
    county: "50",
    kind: "JOB",
    hours: 25,
    measures: ["MENTOR", "ARBEIDSTRENING"],
    publishedAt: "2026-10-03",
    company: "c2",
  },
];

type ContractIndex = SearchIndex<ContractDoc> & TenantScopable<ContractDoc>;

export function runSearchContract(
  name: string,
  makeIndex: () => Promise<{ index: ContractIndex; close: () => Promise<void> }>,
): void {
  describe(`search contract: ${name}`, () => {
    let index: ContractIndex;
    let close: () => Promise<void>;
    const ids = (r: { hits: { id: string }[] }) => r.hits.map((h) => h.id).sort();

    beforeAll(async () => {
      ({ index, close } = await makeIndex());
      await index.applySettings(contractSettings);
      await index.clear();
      await index.upsert(contractDocs);
    });
    afterAll(async () => {
      await close();
    });

    // Meilisearch does not stem Norwegian; these pairs are also one or two typos apart, so both
    // engines find them, each in its own way. ("lager" → "lag" in the snowball stemmer, so
    // lager/lagerarbeider is no stemming example.)
    it("finds inflected forms (barnehagen → barnehage, renholdet → renhold, lokalet → lokaler)", async () => {
      expect(ids(await index.search({ q: "barnehagen" }))).toEqual(["o1", "o5"]);
      expect(ids(await index.search({ q: "renholdet" }))).toEqual(["o1"]);
      expect(ids(await index.search({ q: "lokalet" }))).toEqual(["o1"]);
    });

    it("expands synonyms (vaskehjelp finds renhold and renholder)", async () => {
      expect(ids(await index.search({ q: "vaskehjelp" }))).toEqual(["o1", "o4"]);
    });

    it("tolerates typos (barnehgae, lagerarbieder)", async () => {
      expect(ids(await index.search({ q: "barnehgae" }))).toEqual(["o1", "o5"]);
      expect(ids(await index.search({ q: "lagerarbieder" }))).toEqual(["o2"]);
    });

    it("requires every query word", async () => {
      expect(ids(await index.search({ q: "kokk kantine" }))).toEqual(["o3"]);
      expect(ids(await index.search({ q: "kokk lager" }))).toEqual([]);
    });

    it("filters by equality, list membership (arrays too) and numeric range", async () => {
      expect(ids(await index.search({ filters: [{ field: "county", op: "eq", value: "46" }] }))).toEqual(["o1", "o3"]);
      expect(ids(await index.search({ filters: [{ field: "measures", op: "eq", value: "MENTOR" }] }))).toEqual([
        "o1",
        "o5",
      ]);
      expect(ids(await index.search({ filters: [{ field: "kind", op: "in", values: ["TASK"] }] }))).toEqual(["o4"]);
      expect(ids(await index.search({ filters: [{ field: "hours", op: "range", gte: 25, lte: 30 }] }))).toEqual([
        "o3",
        "o5",
      ]);
      expect(
        ids(await index.search({ q: "barnehage", filters: [{ field: "county", op: "eq", value: "50" }] })),
      ).toEqual(["o5"]);
    });

    it("counts facets over the filtered result, arrays counted per value", async () => {
      const r = await index.search({
        filters: [{ field: "kind", op: "eq", value: "JOB" }],
        facets: ["county", "measures"],
      });
      expect(r.total).toBe(4);
      expect(r.facets.county).toEqual([
        { value: "46", count: 2 },
        { value: "50", count: 2 },
      ]);
      expect(r.facets.measures).toEqual([
        { value: "ARBEIDSTRENING", count: 2 },
        { value: "MENTOR", count: 2 },
        { value: "MIDLERTIDIG_LONNSTILSKUDD", count: 1 },
      ]);
    });

    it("scopes a tenant's search to its own documents", async () => {
      const c1 = index.forTenant("company", "c1");
      expect(ids(await c1.search({}))).toEqual(["o1", "o3"]);
      expect((await c1.search({})).total).toBe(2);
      expect(ids(await c1.search({ q: "barnehage" }))).toEqual(["o1"]); // o5 is c2's
      expect(ids(await c1.search({ q: "vaskehjelp" }))).toEqual(["o1"]); // o4 is c2's
      expect(ids(await index.forTenant("company", "c2").search({ q: "barnehage" }))).toEqual(["o5"]);
      expect((await index.forTenant("company", "nobody").search({})).total).toBe(0);
    });

    it("never returns another tenant's documents, whatever the query filters on", async () => {
      const c1 = index.forTenant("company", "c1");
      const other = await c1.search({ filters: [{ field: "company", op: "eq", value: "c2" }] });
      expect(other.hits).toEqual([]);
      expect(other.total).toBe(0);
      expect(ids(await c1.search({ filters: [{ field: "company", op: "in", values: ["c2", "c1"] }] }))).toEqual([
        "o1",
        "o3",
      ]);
      expect(ids(await c1.search({ q: "lager" }))).toEqual([]); // only in c2's o2
      // A value that would break out of a filter string stays a value.
      expect((await index.forTenant("company", 'c1" OR company = "c2').search({})).total).toBe(0);
    });

    it("counts facets over the tenant's documents only", async () => {
      const r = await index.forTenant("company", "c2").search({ facets: ["county", "company", "measures"] });
      expect(r.total).toBe(3);
      expect(r.facets.company).toEqual([{ value: "c2", count: 3 }]);
      expect(r.facets.county).toEqual([
        { value: "50", count: 2 },
        { value: "03", count: 1 },
      ]);
      expect(r.facets.measures).toEqual([
        { value: "ARBEIDSTRENING", count: 2 },
        { value: "MENTOR", count: 1 },
        { value: "MIDLERTIDIG_LONNSTILSKUDD", count: 1 },
        { value: "VTA_O", count: 1 },
      ]);
    });

    it("refuses a tenant field that is not filterable", () => {
      expect(() => index.forTenant("title", "x")).toThrow();
    });

    it("sorts by a field and pages", async () => {
      const first = await index.search({ sort: { field: "publishedAt", direction: "desc" }, perPage: 2, page: 1 });
      expect(first.hits.map((h) => h.id)).toEqual(["o4", "o2"]);
      expect(first.total).toBe(5);
      const third = await index.search({ sort: { field: "publishedAt", direction: "desc" }, perPage: 2, page: 3 });
      expect(third.hits.map((h) => h.id)).toEqual(["o3"]);
      const beyond = await index.search({ perPage: 2, page: 9 });
      expect(beyond.hits).toEqual([]);
      expect(beyond.total).toBe(5);
    });

    it("highlights the matched words as parts, not markup", async () => {
      const r = await index.search({ q: "kokk" });
      const parts = r.hits[0]?.highlights.title ?? [];
      expect(parts.filter((p) => p.match).map((p) => p.text.toLowerCase())).toContain("kokk");
      expect(parts.map((p) => p.text).join("")).toBe("Kokk til kantine");
    });

    it("highlights array fields as joined text", async () => {
      const r = await index.search({ q: "matlaging" });
      const parts = r.hits[0]?.highlights.skills ?? [];
      expect(parts.map((p) => p.text).join("")).toBe("matlaging, hygiene");
      expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["matlaging"]);
    });

    it("ranks a match in an earlier searchable field first", async () => {
      const extra = (id: string, title: string, description: string): ContractDoc => ({
        id,
        title,
        description,
        skills: [],
        county: "99",
        kind: "JOB",
        hours: 37.5,
        measures: [],
        publishedAt: "2026-01-01",
        company: "c3",
      });
      // Inserted description-first, so document order cannot produce the expected ranking.
      await index.upsert([
        extra("r1", "Verkstedarbeider", "Noe sveising og montering."),
        extra("r2", "Sveiser til verksted", "Fast stilling."),
      ]);
      try {
        expect((await index.search({ q: "sveis" })).hits.map((h) => h.id)).toEqual(["r2", "r1"]);
      } finally {
        await index.delete(["r1", "r2"]);
      }
    });

    it("applies changed settings: searchable fields and synonyms", async () => {
      expect(ids(await index.search({ q: "trondheim" }))).toEqual(["o2"]);
      expect(ids(await index.search({ q: "sjef" }))).toEqual([]);
      await index.applySettings({
        ...contractSettings,
        searchable: ["title", "skills"],
        synonyms: [...contractSettings.synonyms, ["sjef", "kokk"]],
      });
      try {
        expect(ids(await index.search({ q: "trondheim" }))).toEqual([]); // only in a description
        expect(ids(await index.search({ q: "sjef" }))).toEqual(["o3"]);
      } finally {
        await index.applySettings(contractSettings);
      }
      expect(ids(await index.search({ q: "trondheim" }))).toEqual(["o2"]);
      expect(ids(await index.search({ q: "sjef" }))).toEqual([]);
    });

    it("counts only the facets the settings allow", async () => {
      await index.applySettings({ ...contractSettings, facets: ["county"] });
      try {
        expect((await index.search({ facets: ["county"] })).facets.county).toHaveLength(3);
        await expect(index.search({ facets: ["measures"] })).rejects.toThrow();
      } finally {
        await index.applySettings(contractSettings);
      }
    });

    it("replaces a document on upsert and removes it on delete", async () => {
      await index.upsert([{ ...contractDocs[2]!, title: "Kokk til sykehjem" }]);
      expect(ids(await index.search({ q: "sykehjem" }))).toEqual(["o3"]);
      expect(ids(await index.search({ q: "kantine" }))).toEqual([]); // the old title is gone
      expect(ids(await index.search({ q: "matlaging" }))).toEqual(["o3"]);
      await index.delete(["o3"]);
      expect(ids(await index.search({ q: "sykehjem" }))).toEqual([]);
      expect((await index.search({})).total).toBe(4);
    });

    it("refuses to filter on a field that is not filterable", async () => {
      await expect(index.search({ filters: [{ field: "title", op: "eq", value: "x" }] })).rejects.toThrow();
    });

    it("reports the engine as healthy", async () => {
      expect(await index.health()).toBe(true);
    });

    it("clears the index", async () => {
      await index.clear();
      expect((await index.search({})).total).toBe(0);
    });
  });
}
