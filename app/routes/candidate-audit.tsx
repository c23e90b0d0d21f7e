import { useTranslation } from "react-i18next";
import { requireOrgPermission } from "~/auth/require.server";
import { listCandidateAudit } from "~/domain/candidates/candidates.server";
import { useLocale } from "~/i18n/use-locale";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";
import { Page } from "~/ui/page";
import type { Route } from "./+types/candidate-audit";

export async function loader({ request }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "candidate:audit");
  return { events: await listCandidateAudit(db(), actor.organizationId) };
}

export default function CandidateAudit({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Page title={t("candidates.auditTitle")} intro={t("candidates.auditIntro")}>
      <DataTable
        caption={t("candidates.auditTitle")}
        captionHidden
        rows={loaderData.events}
        rowKey={(e) => e.id}
        empty={t("candidates.auditNone")}
        columns={[
          { header: t("candidates.auditWhen"), cell: (e) => formatOsloDateTime(e.at, locale) },
          { header: t("candidates.auditWho"), cell: (e) => e.who || t("candidates.auditSystem") },
          {
            header: t("candidates.auditWhat"),
            cell: (e) => t(`candidates.auditActions.${e.action.replaceAll(".", "_")}`, { defaultValue: e.action }),
          },
          { header: t("candidates.auditCandidate"), cell: (e) => e.code ?? "–" },
        ]}
      />
    </Page>
  );
}
