import { openApiDocument } from "~/domain/openings/openapi";
import { appOrigin } from "~/lib/app-origin.server";
import type { Route } from "./+types/api-openapi";

export function loader({ request }: Route.LoaderArgs) {
  return Response.json(openApiDocument(appOrigin(request)), { headers: { "Access-Control-Allow-Origin": "*" } });
}
