import { useTranslation } from "react-i18next";
import { data, href, Link, redirect } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { measureLabels, sensitiveMeasureCodes } from "~/domain/measures/measure-codes";
import { proposalProblems } from "~/domain/proposals/package";
import { proposalSchema } from "~/domain/proposals/proposal-schema";
import { createProposal, proposalDraft } from "~/domain/proposals/proposals.server";
import { getLocale } from "~/i18n/locale.server";
import { useLocale } from "~/i18n/use-locale";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import { ProposalForm } from "~/ui/proposal-form";
import type { Route } from "./+types/proposal-new";

/** Another company's candidate, or an opening that is not published: not found. */
async function load(request: Request, params: { id: string; openingId: string }) {
  const viewer = await requireOrgPermission(request, "proposal:create");
  const draft = await proposalDraft(db(), viewer.actor, params.id, params.openingId);
  if (!draft.ok) throw data(null, { status: 404 });
  return { viewer, draft: draft.value };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { viewer, draft } = await load(request, params);
  const { candidate, opening, shares } = draft;
  // A rough wage for the estimate: 200 kr an hour, which the company adjusts.
  const wage = Math.round((opening.hoursPerWeek * 52 * 200) / 12 / 100) * 100;
  return {
    candidate: { id: candidate.id, code: candidate.code },
    opening: { id: opening.id, title: opening.title },
    shares,
    // The candidate's needs are offered pre-ticked only when they may go to the employer at all.
    defaults: {
      monthlyWageNok: String(wage),
      contactPerson: viewer.name,
      accommodations: shares ? candidate.accommodations : [],
    },
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { viewer, draft } = await load(request, params);
  const submission = parseSubmission(await request.formData(), { schema: proposalSchema });
  if (submission.status !== "success") return invalid(submission);
  // The catalogue's reasons and what needs the candidate's consent, each on its field, at once.
  const problems = proposalProblems(submission.value, draft.shares, new Date(), await getLocale(request));
  if (problems) return data({ intent: undefined, result: submission.reply(problems) }, { status: 400 });
  const created = await createProposal(
    db(),
    viewer.actor,
    draft.candidate.id,
    draft.opening.id,
    submission.value,
    appOrigin(),
  );
  if (!created.ok) return refused(request, submission, created);
  return redirect(`${href("/forslag/:id", { id: created.value.id })}?melding=sendt`);
}

export default function NewProposal({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const sensitive = sensitiveMeasureCodes.map((m) => measureLabels[m][lang]).join(", ");
  return (
    <Page title={t("proposals.newTitle", { code: loaderData.candidate.code, opening: loaderData.opening.title })}>
      {loaderData.shares ? null : (
        <Notice tone="info">
          {t("proposals.noSharingConsent", { measures: sensitive })}{" "}
          <Link to={href("/kandidater/:id", { id: loaderData.candidate.id })} className="underline">
            {t("proposals.noSharingConsentLink")}
          </Link>
        </Notice>
      )}
      <ProposalForm lastResult={actionData?.result} defaultValue={loaderData.defaults} />
    </Page>
  );
}
