import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening } from "~/domain/openings/openings.server";
import { db } from "~/lib/db.server";
import { OpeningForm } from "~/ui/opening-form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/opening-new";

export async function loader({ request }: Route.LoaderArgs) {
  await requireOrgPermission(request, "opening:create");
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = await requireOrgPermission(request, "opening:create");
  const submission = parseWithZod(await request.formData(), { schema: openingSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const opening = await createOpening(db(), { userId: viewer.userId, organizationId: viewer.organization.id }, submission.value);
  return redirect(`/stillinger/${opening.id}?melding=opprettet`);
}

export default function NewOpening({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <Page title={t("openings.createTitle")}>
      <OpeningForm lastResult={actionData?.result} submitLabel={t("openings.save")} />
    </Page>
  );
}
