import { useTranslation } from "react-i18next";
import { data, href, Link, redirect, useSearchParams } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { measureLabels } from "~/domain/measures/measure-codes";
import { decisionIntent } from "~/domain/nav/decision-schema";
import { getNavCase, recordNavDecision } from "~/domain/nav/nav.server";
import { packageCost } from "~/domain/proposals/package";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { appOrigin } from "~/lib/app-origin.server";
import { osloToday } from "~/lib/dates";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { CostEstimateView } from "~/ui/cost-estimate";
import { Notice } from "~/ui/form";
import { DecisionForm, decideReplyKey } from "~/ui/nav/decision-form";
import { NavDecisionsTable } from "~/ui/nav/decisions-table";
import { Page } from "~/ui/page";
import { ProposalFacts } from "~/ui/proposals/proposal-facts";
import { UnplacedReply } from "~/ui/unplaced-reply";
import { resultFor } from "~/ui/use-zod-form";
import type { Route } from "./+types/nav-case";

/**
 * One case of a NAV office: the proposal exactly as its employer sees it (the same components),
 * NAV's decisions so far, one decision form per measure of the package, and the estimate with
 * the figures NAV approved. Another office, or a proposal this office was not invited into: 404.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "nav:decide");
  const found = await getNavCase(db(), actor, params.id);
  if (!found.ok) throw data(null, { status: 404 });
  const { proposal, decisions, decidedMeasures } = found.value;
  return {
    proposal,
    decisions,
    today: osloToday(),
    cost: packageCost({ ...proposal, measures: decidedMeasures }, new Date(proposal.createdAt)),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "nav:decide");
  if (!(await getNavCase(db(), actor, params.id)).ok) throw data(null, { status: 404 });
  const formData = await request.formData();
  if (formData.get("intent") !== "decide") throw data(null, { status: 400 });
  const key = decideReplyKey(String(formData.get("measureCode") ?? "").slice(0, 40));
  const submission = parseSubmission(formData, { schema: decisionIntent });
  if (submission.status !== "success") return invalid(submission, key);
  const saved = await recordNavDecision(db(), actor, params.id, submission.value, appOrigin());
  if (!saved.ok) return refused(request, submission, saved, key);
  return redirect(`${href("/nav/saker/:id", { id: params.id })}?melding=lagret`);
}

export default function NavCase({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const [params] = useSearchParams();
  const { proposal: p, decisions, today, cost } = loaderData;
  const placed = p.measures.map((m) => decideReplyKey(m.code));
  return (
    <Page title={t("navOffice.caseTitle", { code: p.candidate.code, opening: p.opening.title })}>
      {params.get("melding") === "lagret" && !actionData ? (
        <Notice tone="success">{t("navOffice.decisionSaved")}</Notice>
      ) : null}
      <UnplacedReply actionData={actionData} placed={placed} />
      <p className="mb-2">{t("navOffice.caseIntro", { employer: p.opening.employerName, company: p.companyName })}</p>
      <p className="mb-6">
        <Link to={href("/nav")} className="text-brand-700 underline">
          {t("navOffice.backToCases")}
        </Link>
      </p>
      <ProposalFacts p={p} />
      <section aria-labelledby="nav-decisions-title" className="mt-8">
        <h2 id="nav-decisions-title" className="mb-2 text-xl font-semibold">
          {t("navOffice.decisionsTitle")}
        </h2>
        <NavDecisionsTable proposalId={p.id} decisions={decisions} caption={t("navOffice.decisionsTitle")} />
      </section>
      {p.measures.map((m) => (
        <section
          key={m.code}
          aria-labelledby={`decide-${m.code}-title`}
          className="mt-8 rounded border border-gray-300 p-4"
        >
          <h2 id={`decide-${m.code}-title`} className="mb-2 text-xl font-semibold">
            {t("navOffice.decideTitle", { measure: measureLabels[m.code][lang] })}
          </h2>
          <p className="mb-3 text-sm">
            {t("navOffice.asked", {
              percent: m.percent ?? "–",
              months: m.months ?? t("proposals.openEnded"),
            })}
          </p>
          <DecisionForm
            measure={m}
            decision={decisions.find((d) => d.measureCode === m.code)}
            today={today}
            result={resultFor(actionData, decideReplyKey(m.code))}
          />
        </section>
      ))}
      <section aria-labelledby="cost-title" className="mt-8">
        <h2 id="cost-title" className="text-xl font-semibold">
          {t("proposals.cost")}
        </h2>
        <p className="mb-2 text-sm">
          {t("proposals.costIntro", { wage: formatNok(p.estimatedMonthlyWageOre, lang), zone: p.employerTaxZone })}{" "}
          {decisions.length ? t("navOffice.costUsesDecisions") : null}
        </p>
        {cost ? <CostEstimateView estimate={cost} /> : null}
      </section>
    </Page>
  );
}
