import { useTranslation } from "react-i18next";
import { data, href, Link } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { suggestOpeningsForCandidate } from "~/domain/matching/matching.server";
import { db } from "~/lib/db.server";
import { linkButtonClass } from "~/ui/form";
import { MatchExplanation } from "~/ui/match-explanation";
import { Page } from "~/ui/page";
import type { Route } from "./+types/candidate-openings";

/** The best published openings for one of the company's own candidates; another company's is not found. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "proposal:create");
  const suggested = await suggestOpeningsForCandidate(db(), actor, params.id);
  if (!suggested.ok) throw data(null, { status: 404 });
  return suggested.value;
}

export default function CandidateOpenings({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { candidate, openings } = loaderData;
  return (
    <Page title={t("matching.openingsTitle", { code: candidate.code })} intro={t("matching.openingsIntro")}>
      <p className="mb-4">
        <Link to={href("/kandidater/:id", { id: candidate.id })} className="text-brand-700 underline">
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
                <Link to={href("/forslag/:id", { id: o.proposalId })} className="text-brand-700 underline">
                  {t("matching.proposed")}
                </Link>
              ) : candidate.status !== "ACTIVE" ? null : (
                <Link
                  to={href("/kandidater/:id/foresla/:openingId", { id: candidate.id, openingId: o.id })}
                  aria-label={`${t("matching.propose")}: ${o.title}`}
                  className={`inline-block ${linkButtonClass}`}
                >
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
