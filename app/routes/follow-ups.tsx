import { useTranslation } from "react-i18next";
import { data, useSearchParams } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { followUpOverview } from "~/domain/follow-up/follow-up.server";
import { db } from "~/lib/db.server";
import { Notice } from "~/ui/form";
import { CheckInTable } from "~/ui/follow-up/check-in-table";
import { Page } from "~/ui/page";
import type { Route } from "./+types/follow-ups";

/** The company's follow-up after hires: check-ins to do now (missed ones marked), coming, and done. */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "followup:record");
  const overview = await followUpOverview(db(), actor);
  if (!overview.ok) throw data(null, { status: 404 });
  return overview.value;
}

export default function FollowUps({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <Page title={t("followUp.title")} intro={t("followUp.intro")}>
      {params.get("registrert") ? <Notice tone="success">{t("followUp.recorded")}</Notice> : null}
      {d.missed ? <Notice tone="warning">{t("followUp.missedForAdmin", { count: d.missed })}</Notice> : null}
      <CheckInTable title={t("followUp.due")} rows={d.due} empty={t("followUp.noneDue")} action />
      <CheckInTable title={t("followUp.upcoming")} rows={d.upcoming} empty={t("followUp.noneUpcoming")} />
      <CheckInTable title={t("followUp.done")} rows={d.done} empty={t("followUp.noneDone")} />
    </Page>
  );
}
