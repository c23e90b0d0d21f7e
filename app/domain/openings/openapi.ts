import { z } from "zod";
import { apiListParams, apiOpening, apiOpeningList } from "./api-schema";
import { FACET_FIELDS } from "./public-search-params";

/** OpenAPI 3.1 for the open API, generated from the same Zod schemas the handlers use. */
export function openApiDocument(origin: string) {
  const paramsSchema = z.toJSONSchema(apiListParams, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, unknown>;
  };
  const parameters = Object.entries(paramsSchema.properties ?? {}).map(([name, schema]) => ({
    name,
    in: "query",
    required: false,
    schema,
    ...((FACET_FIELDS as readonly string[]).includes(name) ? { style: "form", explode: true } : {}),
  }));
  const schemas = z.toJSONSchema(z.object({ a: apiOpening, b: apiOpeningList }), { target: "draft-2020-12" }) as {
    $defs?: Record<string, unknown>;
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Arbeidsbro open API",
      version: "1.0.0",
      description:
        "Published jobs, tasks, apprenticeships, training-candidate places, summer jobs and work placements (public data only).",
    },
    servers: [{ url: origin }],
    paths: {
      "/api/v1/openings": {
        get: {
          summary: "Search published openings",
          parameters,
          responses: {
            "200": {
              description: "A page of openings",
              content: { "application/json": { schema: { $ref: "#/components/schemas/OpeningList" } } },
            },
          },
        },
      },
      "/api/v1/openings/{id}": {
        get: {
          summary: "One published opening",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": {
              description: "The opening",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Opening" } } },
            },
            "404": { description: "No published opening with this id" },
          },
        },
      },
    },
    components: {
      schemas: JSON.parse(
        JSON.stringify(schemas.$defs ?? {}).replaceAll("#/$defs/", "#/components/schemas/"),
      ) as Record<string, unknown>,
    },
  };
}
