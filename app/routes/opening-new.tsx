import { useTranslation } from "react-i18next";
import { href, redirect } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { saveOpeningIntent } from "~/domain/openings/opening-schema";
import { createOpening } from "~/domain/openings/openings.server";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission } from "~/lib/form-reply.server";
import { OpeningForm } from "~/ui/opening-form";
import { Page } from "~/ui/page";
import { resultFor } from "~/ui/use-zod-form";
import type { Route } from "./+types/opening-new";

export async function loader({ request }: Route.LoaderArgs) {
  await requireOrgPermission(request, "opening:create");
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "opening:create");
  const submission = parseSubmission(await request.formData(), { schema: saveOpeningIntent });
  if (submission.status !== "success") return invalid(submission, "save");
  const opening = await createOpening(db(), actor, submission.value);
  return redirect(`${href("/stillinger/:id", { id: opening.id })}?melding=opprettet`);
}

export default function NewOpening({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <Page title={t("openings.createTitle")}>
      <OpeningForm lastResult={resultFor(actionData, "save")} submitLabel={t("openings.save")} />
    </Page>
  );
}
