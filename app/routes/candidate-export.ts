import { data } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { exportCandidate } from "~/domain/candidates/candidates.server";
import { db } from "~/lib/db.server";
import type { Route } from "./+types/candidate-export";

/** One candidate's data as a JSON download (GDPR art. 15/20). Audited in exportCandidate. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "candidate:manage");
  const result = await exportCandidate(db(), actor, params.id);
  if (!result.ok) throw data(null, { status: 404 });
  const exported = result.value;
  return new Response(JSON.stringify(exported, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exported.candidate.code}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
