import { useTranslation } from "react-i18next";
import { data, Link } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { suggestOpeningsForCandidate } from "~/domain/matching/matching.server";
import { db } from "~/lib/db.server";
import { MatchExplanation } from "~/ui/match-explanation";
import { Page } from "~/ui/page";
import type { Route } from "./+types/candidate-openings";

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireOrgPermission(request, "proposal:create");
  const actor = { userId: viewer.userId, organizationId: viewer.organization.id };
  const candidate = await db().candidate.findFirst({ where: { id: params.id, organizationId: actor.organizationId }, select: { id: true, code: true, status: true } });
  if (!candidate) throw data(null, { status: 404 });
  return { candidate, openings: (await suggestOpeningsForCandidate(db(), actor, candidate.id)) ?? [] };
}

export default function CandidateOpenings({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { candidate, openings } = loaderData;
  return (
    <Page title={t("matching.openingsTitle", { code: candidate.code })} intro={t("matching.openingsIntro")}>
      <p className="mb-4">
        <Link to={`/kandidater/${candidate.id}`} className="text-brand-700 underline">
          {t("proposals.back")}
        </Link>
      </p>
      {openings.length === 0 ? <p>{t("matching.none")}</p> : null}
      <ol className="space-y-4">
        {openings.map((o) => (
          <li key={o.id} className="rounded border border-gray-300 p-4">
            <h2 className="text-lg font-semibold">{o.title}</h2>
            <p className="text-sm text-gray-800">
              {t(`kinds.${o.kind}`)} · {o.employer} · {o.municipality} · {t("search.hours", { hours: o.hoursPerWeek })}
            </p>
            <div className="mt-2">
              <MatchExplanation match={o.match} id={`m-${o.id}`} />
            </div>
            <p className="mt-3">
              {o.proposalId ? (
                <Link to={`/forslag/${o.proposalId}`} className="text-brand-700 underline">
                  {t("matching.proposed")}
                </Link>
              ) : candidate.status !== "ACTIVE" ? null : (
                <Link to={`/kandidater/${candidate.id}/foresla/${o.id}`} aria-label={`${t("matching.propose")}: ${o.title}`} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
                  {t("matching.propose")}
                </Link>
              )}
            </p>
          </li>
        ))}
      </ol>
    </Page>
  );
}
