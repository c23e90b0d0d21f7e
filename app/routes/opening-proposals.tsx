import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Link, redirect, useSearchParams } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { suggestCandidatesForOpening } from "~/domain/matching/matching.server";
import { occupationLabel } from "~/domain/openings/occupations";
import { packageCost } from "~/domain/proposals/package";
import { stageSchema } from "~/domain/proposals/proposal-schema";
import { listProposalsForOpening, moveProposal } from "~/domain/proposals/proposals.server";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { formatNok } from "~/i18n/format";
import { Notice } from "~/ui/form";
import { MatchExplanation } from "~/ui/match-explanation";
import { Page } from "~/ui/page";
import { ProposalStageForm } from "~/ui/proposal-stage-form";
import type { Route } from "./+types/opening-proposals";
import { useLocale } from "~/i18n/use-locale";

const STAGES = ["PROPOSED", "SHORTLISTED", "MEETING", "TRIAL", "HIRED", "REJECTED"] as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireOrgPermission(request, "proposal:manage");
  const actor = { userId: viewer.userId, organizationId: viewer.organization.id };
  const proposals = await listProposalsForOpening(db(), actor, params.id);
  // Another employer's opening: not found, and nothing of its proposals.
  if (!proposals) throw data(null, { status: 404 });
  const opening = await db().opening.findUniqueOrThrow({ where: { id: params.id }, select: { id: true, title: true } });
  return {
    opening,
    proposals: proposals.map((p) => ({ id: p.id, code: p.candidate.code, occupations: p.candidate.occupationCodes, companyName: p.companyName, stage: p.stage, employerTotalOre: packageCost(p, new Date(p.createdAt))?.totalEmployerOre ?? null, createdAt: p.createdAt })),
    suggestions: (await suggestCandidatesForOpening(db(), actor, params.id, 5)) ?? [],
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireOrgPermission(request, "proposal:manage");
  const form = await request.formData();
  const proposalId = form.get("proposalId");
  const submission = parseWithZod(form, { schema: stageSchema });
  if (typeof proposalId !== "string" || submission.status !== "success") throw data(null, { status: 400 });
  const owned = await db().proposal.findFirst({ where: { id: proposalId, openingId: params.id }, select: { id: true } });
  if (!owned || !(await moveProposal(db(), { userId: viewer.userId, organizationId: viewer.organization.id }, proposalId, submission.value.stage, submission.value.reason, appOrigin()))) {
    throw data(null, { status: 404 });
  }
  const view = new URL(request.url).searchParams.get("visning");
  return redirect(`/stillinger/${params.id}/forslag?melding=flyttet${view ? `&visning=${view}` : ""}`);
}

export default function OpeningProposals({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const [params] = useSearchParams();
  const board = params.get("visning") === "tavle";
  const { opening, proposals, suggestions } = loaderData;
  const base = `/stillinger/${opening.id}/forslag`;
  const card = (p: (typeof proposals)[number]) => (
    <div className="rounded border border-gray-300 p-3">
      <p className="font-semibold">
        <Link to={`/forslag/${p.id}`} className="text-brand-700 underline">
          {t("talent.profileTitle", { code: p.code })}
        </Link>
      </p>
      <p className="text-sm">{p.occupations.map((c) => occupationLabel(c, lang)).join(", ")}</p>
      <p className="text-sm text-gray-800">
        {p.companyName}
        {p.employerTotalOre === null ? "" : ` · ${t("proposals.totalEmployer")}: ${formatNok(p.employerTotalOre, lang)}`}
      </p>
      <div className="mt-2">
        <ProposalStageForm proposalId={p.id} stage={p.stage} action={board ? `${base}?visning=tavle` : base} label={p.code} />
      </div>
    </div>
  );
  return (
    <Page title={t("proposals.pipelineTitle", { opening: opening.title })}>
      {params.get("melding") === "flyttet" && !actionData ? <Notice tone="success">{t("proposals.moved")}</Notice> : null}
      <p className="mb-4 flex flex-wrap gap-4">
        <Link to={`/stillinger/${opening.id}`} className="text-brand-700 underline">
          {t("proposals.back")}
        </Link>
        <Link to={base} aria-current={board ? undefined : "page"} className={`underline ${board ? "text-brand-700" : "font-semibold"}`}>
          {t("proposals.listView")}
        </Link>
        <Link to={`${base}?visning=tavle`} aria-current={board ? "page" : undefined} className={`underline ${board ? "font-semibold" : "text-brand-700"}`}>
          {t("proposals.columnView")}
        </Link>
      </p>
      {proposals.length === 0 ? <p>{t("proposals.pipelineNone")}</p> : null}
      {board ? (
        <div className="grid gap-4 md:grid-cols-3 lg:grid-cols-6">
          {STAGES.map((s) => (
            <section key={s} aria-labelledby={`col-${s}`} className="rounded bg-gray-50 p-2">
              <h2 id={`col-${s}`} className="mb-2 font-semibold">
                {t(`proposals.stages.${s}`)} ({proposals.filter((p) => p.stage === s).length})
              </h2>
              <ul className="space-y-2">
                {proposals
                  .filter((p) => p.stage === s)
                  .map((p) => (
                    <li key={p.id}>{card(p)}</li>
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
              {card(p)}
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
                <Link to={`/talentsok/${s.code}`} className="text-brand-700 underline">
                  {t("talent.profileTitle", { code: s.code })}
                </Link>
              </p>
              <p className="text-sm">
                {s.occupationCodes.map((c) => occupationLabel(c, lang)).join(", ")} · {s.municipalityName} · {s.companyName}
              </p>
              <MatchExplanation match={s.match} id={`s-${s.id}`} />
            </li>
          ))}
        </ol>
      </section>
    </Page>
  );
}
