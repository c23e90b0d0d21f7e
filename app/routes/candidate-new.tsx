import { useTranslation } from "react-i18next";
import { data, href, redirect } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { createCandidate } from "~/domain/candidates/candidates.server";
import { parseCandidateForm } from "~/ui/candidate-form.server";
import { db } from "~/lib/db.server";
import { CandidateForm } from "~/ui/candidate-form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/candidate-new";

export async function loader({ request }: Route.LoaderArgs) {
  await requireOrgPermission(request, "candidate:manage");
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "candidate:manage");
  const parsed = parseCandidateForm(await request.formData());
  if (!parsed.ok) return data({ result: parsed.result, warnings: parsed.warnings }, { status: 400 });
  const candidate = await createCandidate(db(), actor, parsed.value);
  return redirect(`${href("/kandidater/:id", { id: candidate.id })}?melding=opprettet`);
}

export default function NewCandidate({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <Page title={t("candidates.createTitle")}>
      <CandidateForm
        lastResult={actionData?.result}
        warnings={actionData?.warnings}
        submitLabel={t("candidates.save")}
        withConsent
      />
    </Page>
  );
}
