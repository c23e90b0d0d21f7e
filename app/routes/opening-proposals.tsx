import { useTranslation } from "react-i18next";
import { data, href, Link, redirect, useSearchParams } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { suggestCandidatesForOpening } from "~/domain/matching/matching.server";
import { occupationLabel } from "~/domain/openings/occupations";
import { packageCost } from "~/domain/proposals/package";
import { moveIntent, proposalStages } from "~/domain/proposals/proposal-schema";
import { listProposalsForOpening, moveProposal } from "~/domain/proposals/proposals.server";
import { useLocale } from "~/i18n/use-locale";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { Notice } from "~/ui/form";
import { MatchExplanation } from "~/ui/match-explanation";
import { Page } from "~/ui/page";
import { PipelineCard } from "~/ui/proposals/pipeline-card";
import { moveReplyKey } from "~/ui/proposals/stage-form";
import type { Route } from "./+types/opening-proposals";

/** The employer's pipeline of one of its openings (list or board), with suggested candidates. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "proposal:manage");
  // Another employer's opening: not found, and nothing of its proposals.
  const pipeline = await listProposalsForOpening(db(), actor, params.id);
  if (!pipeline.ok) throw data(null, { status: 404 });
  const suggestions = await suggestCandidatesForOpening(db(), actor, params.id, 5);
  return {
    opening: pipeline.value.opening,
    proposals: pipeline.value.proposals.map((p) => ({
      id: p.id,
      code: p.candidate.code,
      occupations: p.candidate.occupationCodes,
      companyName: p.companyName,
      stage: p.stage,
      employerTotalOre: packageCost(p, new Date(p.createdAt))?.totalEmployerOre ?? null,
      createdAt: p.createdAt,
    })),
    suggestions: suggestions.ok ? suggestions.value : [],
  };
}

/** The page's one form: a proposal's stage move, answered on that proposal's card. */
export async function action({ request, params }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "proposal:manage");
  const formData = await request.formData();
  if (formData.get("intent") !== "move") throw data(null, { status: 400 });
  const key = moveReplyKey(String(formData.get("proposalId") ?? ""));
  const submission = parseSubmission(formData, { schema: moveIntent });
  if (submission.status !== "success") return invalid(submission, key);
  const { proposalId, stage, reason } = submission.value;
  // Only a proposal to THIS opening, of the actor's organisation: anything else is not found.
  const moved = await moveProposal(db(), actor, proposalId, stage, reason, appOrigin(), params.id);
  if (!moved.ok) return refused(request, submission, moved, key);
  const board = new URL(request.url).searchParams.get("visning") === "tavle";
  return redirect(
    `${href("/stillinger/:id/forslag", { id: params.id })}?melding=flyttet${board ? "&visning=tavle" : ""}`,
  );
}

export default function OpeningProposals({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const [params] = useSearchParams();
  const board = params.get("visning") === "tavle";
  const { opening, proposals, suggestions } = loaderData;
  const list = href("/stillinger/:id/forslag", { id: opening.id });
  const boardHref = `${list}?visning=tavle`;
  const action = board ? boardHref : list;
  return (
    <Page title={t("proposals.pipelineTitle", { opening: opening.title })}>
      {params.get("melding") === "flyttet" && !actionData ? (
        <Notice tone="success">{t("proposals.moved")}</Notice>
      ) : null}
      <p className="mb-4 flex flex-wrap gap-4">
        <Link to={href("/stillinger/:id", { id: opening.id })} className="text-brand-700 underline">
          {t("proposals.back")}
        </Link>
        <Link
          to={list}
          aria-current={board ? undefined : "page"}
          className={`underline ${board ? "text-brand-700" : "font-semibold"}`}
        >
          {t("proposals.listView")}
        </Link>
        <Link
          to={boardHref}
          aria-current={board ? "page" : undefined}
          className={`underline ${board ? "font-semibold" : "text-brand-700"}`}
        >
          {t("proposals.columnView")}
        </Link>
      </p>
      {proposals.length === 0 ? <p>{t("proposals.pipelineNone")}</p> : null}
      {board ? (
        <div className="grid gap-4 md:grid-cols-3 lg:grid-cols-6">
          {proposalStages.map((s) => (
            <section key={s} aria-labelledby={`col-${s}`} className="rounded bg-gray-50 p-2">
              <h2 id={`col-${s}`} className="mb-2 font-semibold">
                {t(`proposals.stages.${s}`)} ({proposals.filter((p) => p.stage === s).length})
              </h2>
              <ul className="space-y-2">
                {proposals
                  .filter((p) => p.stage === s)
                  .map((p) => (
                    <li key={p.id}>
                      <PipelineCard p={p} action={action} actionData={actionData} />
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      ) : proposals.length ? (
        <ul className="space-y-3">
          {proposals.map((p) => (
            <li key={p.id}>
              <p className="text-sm font-semibold">
                {t("proposals.stage")}: {t(`proposals.stages.${p.stage}`)}
              </p>
              <PipelineCard p={p} action={action} actionData={actionData} />
            </li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="suggestions-title" className="mt-10">
        <h2 id="suggestions-title" className="text-xl font-semibold">
          {t("matching.candidatesTitle")}
        </h2>
        <p className="mb-3">{t("matching.candidatesIntro")}</p>
        {suggestions.length === 0 ? <p>{t("matching.noCandidates")}</p> : null}
        <ol className="space-y-3">
          {suggestions.map((s) => (
            <li key={s.id} className="rounded border border-gray-300 p-3">
              <p className="font-semibold">
                <Link to={href("/talentsok/:code", { code: s.code })} className="text-brand-700 underline">
                  {t("talent.profileTitle", { code: s.code })}
                </Link>
              </p>
              <p className="text-sm">
                {s.occupationCodes.map((c) => occupationLabel(c, lang)).join(", ")} · {s.municipalityName} ·{" "}
                {s.companyName}
              </p>
              <MatchExplanation match={s.match} id={`s-${s.id}`} />
            </li>
          ))}
        </ol>
      </section>
    </Page>
  );
}
