import { data, href, redirect } from "react-router";
import { findCandidateSelf } from "~/auth/candidate-session.server";
import { exportOwnData } from "~/domain/candidate-page/own-page.server";
import { db } from "~/lib/db.server";
import type { Route } from "./+types/candidate-own-export";

/** The candidate downloads their own data (GDPR art. 15/20): the company's export, audited as theirs. */
export async function loader({ request }: Route.LoaderArgs) {
  const self = await findCandidateSelf(db(), request);
  if (!self) throw redirect(href("/min-side/inn"));
  const result = await exportOwnData(db(), self);
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
