import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { updateCandidate, viewCandidate } from "~/domain/candidates/candidates.server";
import { candidateFormValues } from "~/domain/candidates/form-values";
import { parseCandidateForm } from "~/domain/candidates/parse-candidate-form";
import { db } from "~/lib/db.server";
import { CandidateForm } from "~/ui/candidate-form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/candidate-edit";

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireOrgPermission(request, "candidate:manage");
  const c = await viewCandidate(db(), { userId: viewer.userId, organizationId: viewer.organization.id }, params.id, "edit");
  if (!c || c.personalDataDeletedAt) throw data(null, { status: 404 });
  return { id: c.id, code: c.code, values: candidateFormValues(c) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireOrgPermission(request, "candidate:manage");
  const parsed = parseCandidateForm(await request.formData());
  if (!parsed.ok) return data({ result: parsed.result, warnings: parsed.warnings }, { status: 400 });
  const updated = await updateCandidate(db(), { userId: viewer.userId, organizationId: viewer.organization.id }, params.id, parsed.value);
  if (!updated) throw data(null, { status: 404 });
  return redirect(`/kandidater/${params.id}?melding=lagret`);
}

export default function EditCandidate({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <Page title={t("candidates.editTitle", { code: loaderData.code })}>
      <CandidateForm lastResult={actionData?.result} warnings={actionData?.warnings} defaultValue={loaderData.values} submitLabel={t("candidates.save")} withConsent={false} />
    </Page>
  );
}
