import { useTranslation } from "react-i18next";
import { requireOrgPermission } from "~/auth/require.server";
import { listCandidateAudit } from "~/domain/candidates/candidates.server";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { Page } from "~/ui/page";
import type { Route } from "./+types/candidate-audit";
import { useLocale } from "~/i18n/use-locale";

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireOrgPermission(request, "candidate:audit");
  return { events: await listCandidateAudit(db(), viewer.organization.id) };
}

export default function CandidateAudit({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Page title={t("candidates.auditTitle")} intro={t("candidates.auditIntro")}>
      {loaderData.events.length === 0 ? (
        <p>{t("candidates.auditNone")}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-gray-400">
              <th scope="col" className="py-2 pr-4">{t("candidates.auditWhen")}</th>
              <th scope="col" className="py-2 pr-4">{t("candidates.auditWho")}</th>
              <th scope="col" className="py-2 pr-4">{t("candidates.auditWhat")}</th>
              <th scope="col" className="py-2">{t("candidates.auditCandidate")}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.events.map((e) => (
              <tr key={e.id} className="border-b border-gray-200">
                <td className="py-2 pr-4">{formatOsloDateTime(e.at, locale)}</td>
                <td className="py-2 pr-4">{e.who || t("candidates.auditSystem")}</td>
                <td className="py-2 pr-4">{t(`candidates.auditActions.${e.action.replaceAll(".", "_")}`, { defaultValue: e.action })}</td>
                <td className="py-2">{e.code ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
