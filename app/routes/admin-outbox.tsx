import { useTranslation } from "react-i18next";
import { requirePermission } from "~/auth/require.server";
import { useLocale } from "~/i18n/use-locale";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { listOutbox } from "~/lib/mail.server";
import { DefinitionList } from "~/ui/definition-list";
import { Page } from "~/ui/page";
import type { Route } from "./+types/admin-outbox";

/** The app's own record of mail it sent (link tokens are never stored), for the platform admin. */
export async function loader({ request }: Route.LoaderArgs) {
  await requirePermission(request, "outbox:read");
  return { messages: await listOutbox(db(), { take: 100 }) };
}

export default function AdminOutbox({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Page title={t("admin.outboxTitle")} intro={t("admin.outboxIntro")}>
      {loaderData.messages.length === 0 ? (
        <p className="mt-6">{t("admin.outboxEmpty")}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {loaderData.messages.map((m) => (
            <li key={m.id} className="rounded border border-gray-300 p-4">
              <DefinitionList
                layout="columns"
                items={[
                  { term: t("admin.when"), details: formatOsloDateTime(m.createdAt, locale) },
                  { term: t("admin.to"), details: m.to },
                  { term: t("admin.subject"), details: m.subject },
                  {
                    term: t("admin.status"),
                    details: `${m.error ? t("admin.failed") : m.sentAt ? t("admin.sent") : t("admin.queued")} (${m.transport})`,
                  },
                ]}
              />
              <pre className="mt-3 whitespace-pre-wrap rounded bg-gray-50 p-3 text-sm">{m.text}</pre>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
