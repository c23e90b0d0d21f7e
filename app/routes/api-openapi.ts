import { openApiDocument } from "~/domain/openings/openapi";
import { appOrigin } from "~/lib/app-origin.server";

export function loader() {
  return Response.json(openApiDocument(appOrigin()), { headers: { "Access-Control-Allow-Origin": "*" } });
}
