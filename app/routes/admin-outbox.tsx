import { useTranslation } from "react-i18next";
import { requirePermission } from "~/auth/require.server";
import { listOutbox } from "~/lib/mail.server";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { Page } from "~/ui/page";
import type { Route } from "./+types/admin-outbox";
import { useLocale } from "~/i18n/use-locale";

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
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="font-semibold">{t("admin.when")}</dt>
                <dd>{formatOsloDateTime(m.createdAt, locale)}</dd>
                <dt className="font-semibold">{t("admin.to")}</dt>
                <dd>{m.to}</dd>
                <dt className="font-semibold">{t("admin.subject")}</dt>
                <dd>{m.subject}</dd>
                <dt className="font-semibold">{t("admin.status")}</dt>
                <dd>
                  {m.error ? t("admin.failed") : m.sentAt ? t("admin.sent") : t("admin.queued")} ({m.transport})
                </dd>
              </dl>
              <pre className="mt-3 whitespace-pre-wrap rounded bg-gray-50 p-3 text-sm">{m.text}</pre>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
