import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Link, redirect } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { getLocale } from "~/i18n/locale.server";
import { sharesSensitive } from "~/domain/candidates/employer-view";
import { measureLabels, sensitiveMeasureCodes } from "~/domain/measures/measure-codes";
import { checkPackage } from "~/domain/proposals/package";
import { proposalSchema } from "~/domain/proposals/proposal-schema";
import { createProposal } from "~/domain/proposals/proposals.server";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import { ProposalForm } from "~/ui/proposal-form";
import type { Route } from "./+types/proposal-new";
import { useLocale } from "~/i18n/use-locale";

async function load(request: Request, params: { id: string; openingId: string }) {
  const viewer = await requireOrgPermission(request, "proposal:create");
  const [candidate, opening] = await Promise.all([
    db().candidate.findFirst({ where: { id: params.id, organizationId: viewer.organization.id, status: "ACTIVE", personalDataDeletedAt: null }, select: { id: true, code: true, accommodations: true, accommodationConsentAt: true } }),
    db().opening.findFirst({ where: { id: params.openingId, status: "PUBLISHED" }, select: { id: true, title: true, hoursPerWeek: true } }),
  ]);
  // Another company's candidate, or an opening that is not published: not found.
  if (!candidate || !opening) throw data(null, { status: 404 });
  return { viewer, candidate, opening };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { viewer, candidate, opening } = await load(request, params);
  // A rough wage for the estimate: 200 kr an hour, which the company adjusts.
  const wage = Math.round((opening.hoursPerWeek * 52 * 200) / 12 / 100) * 100;
  // The candidate's needs are offered pre-ticked only when they may go to the employer at all.
  const shares = sharesSensitive(candidate);
  return {
    candidate: { id: candidate.id, code: candidate.code },
    opening,
    shares,
    defaults: { monthlyWageNok: String(wage), contactPerson: viewer.name, accommodations: shares ? candidate.accommodations : [] },
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { viewer, candidate, opening } = await load(request, params);
  const submission = parseWithZod(await request.formData(), { schema: proposalSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), duplicate: false }, { status: 400 });
  const problems = checkPackage(submission.value, new Date(), await getLocale(request));
  if (problems) return data({ result: submission.reply(problems), duplicate: false }, { status: 400 });
  const created = await createProposal(db(), { userId: viewer.userId, organizationId: viewer.organization.id }, candidate.id, opening.id, submission.value, appOrigin());
  if (!created.ok) {
    if (created.error === "sharingConsent") return data({ result: submission.reply(created.problems), duplicate: false }, { status: 400 });
    if (created.error === "duplicate") return data({ result: submission.reply(), duplicate: true }, { status: 409 });
    throw data(null, { status: 404 });
  }
  return redirect(`/forslag/${created.id}?melding=sendt`);
}

export default function NewProposal({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const sensitive = sensitiveMeasureCodes.map((m) => measureLabels[m][lang]).join(", ");
  return (
    <Page title={t("proposals.newTitle", { code: loaderData.candidate.code, opening: loaderData.opening.title })}>
      {actionData?.duplicate ? <Notice tone="warning">{t("proposals.duplicate")}</Notice> : null}
      {loaderData.shares ? null : (
        <Notice tone="info">
          {t("proposals.noSharingConsent", { measures: sensitive })}{" "}
          <Link to={`/kandidater/${loaderData.candidate.id}`} className="underline">
            {t("proposals.noSharingConsentLink")}
          </Link>
        </Notice>
      )}
      <ProposalForm lastResult={actionData?.result} defaultValue={loaderData.defaults} />
    </Page>
  );
}
