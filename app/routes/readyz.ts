import { data } from "react-router";
import { checkReadiness } from "~/lib/health.server";

/** Readiness: database reachable, this build's migrations applied, search engine reachable (503 otherwise). */
export async function loader() {
  const readiness = await checkReadiness();
  return data(readiness, {
    status: readiness.status === "ready" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
