import { apiOpening, apiOpeningList } from "../../app/domain/openings/api-schema";
import { expect, test } from "./support/fixtures";

test("open API: filters like the page, cursor paging to the end, one opening, OpenAPI document", async ({
  request,
}) => {
  const first = await request.get("/api/v1/openings?q=renhld&county=46&limit=2");
  expect(first.status()).toBe(200);
  const page1 = apiOpeningList.parse(await first.json());
  expect(page1.total).toBeGreaterThan(2);
  for (const item of page1.items) expect(item.countyCode).toBe("46");

  const seen = new Set(page1.items.map((i) => i.id));
  let cursor = page1.nextCursor;
  while (cursor) {
    const next = apiOpeningList.parse(
      await (await request.get(`/api/v1/openings?q=renhld&county=46&limit=2&cursor=${cursor}`)).json(),
    );
    for (const item of next.items) {
      expect(seen.has(item.id)).toBe(false);
      seen.add(item.id);
    }
    cursor = next.nextCursor;
  }
  expect(seen.size).toBe(page1.total);

  const one = await request.get(`/api/v1/openings/${page1.items[0]!.id}`);
  expect(apiOpening.parse(await one.json()).id).toBe(page1.items[0]!.id);
  expect((await request.get("/api/v1/openings/not-published")).status()).toBe(404);
  expect((await request.get("/api/v1/openings?limit=abc&sort=nonsense")).status()).toBe(200);

  const doc = (await (await request.get("/api/openapi.json")).json()) as {
    openapi: string;
    paths: Record<string, unknown>;
    components: { schemas: Record<string, unknown> };
  };
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(["/api/v1/openings", "/api/v1/openings/{id}"]);
  expect(Object.keys(doc.components.schemas).sort()).toEqual(["Opening", "OpeningList"]);
});

test("Atom feed of newly published openings", async ({ request }) => {
  const res = await request.get("/muligheter/feed.atom");
  expect(res.headers()["content-type"]).toContain("application/atom+xml");
  const body = await res.text();
  expect(body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  expect((body.match(/<entry>/g) ?? []).length).toBeGreaterThanOrEqual(50);
});
