import { useTranslation } from "react-i18next";
import { data, href, redirect } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { isOwnCandidate, updateCandidate, viewCandidate } from "~/domain/candidates/candidates.server";
import { candidateFormValues } from "~/ui/candidate-form-values";
import { parseCandidateForm } from "~/ui/candidate-form.server";
import { db } from "~/lib/db.server";
import { CandidateForm } from "~/ui/candidate-form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/candidate-edit";

export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "candidate:manage");
  const viewed = await viewCandidate(db(), actor, params.id, "edit");
  if (!viewed.ok || viewed.value.personalDataDeletedAt) throw data(null, { status: 404 });
  const c = viewed.value;
  return { id: c.id, code: c.code, values: candidateFormValues(c) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "candidate:manage");
  if (!(await isOwnCandidate(db(), actor, params.id))) throw data(null, { status: 404 });
  const parsed = parseCandidateForm(await request.formData());
  if (!parsed.ok) return data({ result: parsed.result, warnings: parsed.warnings }, { status: 400 });
  const updated = await updateCandidate(db(), actor, params.id, parsed.value);
  if (!updated.ok) throw data(null, { status: updated.reason === "notFound" ? 404 : 409 });
  return redirect(`${href("/kandidater/:id", { id: params.id })}?melding=lagret`);
}

export default function EditCandidate({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <Page title={t("candidates.editTitle", { code: loaderData.code })}>
      <CandidateForm
        lastResult={actionData?.result}
        warnings={actionData?.warnings}
        defaultValue={loaderData.values}
        submitLabel={t("candidates.save")}
        withConsent={false}
      />
    </Page>
  );
}
