import { useTranslation } from "react-i18next";
import { Form, Link, redirect, useSearchParams } from "react-router";
import { requireViewer } from "~/auth/require.server";
import { emailNotificationsOn, listNotifications, markAllRead, setEmailNotifications } from "~/domain/notifications/notifications.server";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/notifications";
import { useLocale } from "~/i18n/use-locale";

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  return { notifications: await listNotifications(db(), viewer.userId), email: await emailNotificationsOn(db(), viewer.userId) };
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = await requireViewer(request);
  const form = await request.formData();
  if (form.get("intent") === "email") {
    await setEmailNotifications(db(), viewer.userId, form.get("email") === "on");
    return redirect("/varsler?melding=lagret");
  }
  await markAllRead(db(), viewer.userId);
  return redirect("/varsler");
}

export default function Notifications({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const { notifications, email } = loaderData;
  return (
    <Page title={t("notifications.title")}>
      {params.get("melding") === "lagret" ? <Notice tone="success">{t("notifications.saved")}</Notice> : null}
      {notifications.length === 0 ? <p>{t("notifications.none")}</p> : null}
      {notifications.some((n) => !n.read) ? (
        <Form method="post" className="mb-4">
          <input type="hidden" name="intent" value="read" />
          <button type="submit" className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
            {t("notifications.markAllRead")}
          </button>
        </Form>
      ) : null}
      <ol className="space-y-2">
        {notifications.map((n) => (
          <li key={n.id} className={`rounded border p-3 ${n.read ? "border-gray-200" : "border-brand-700 bg-brand-50"}`}>
            <p className="text-sm text-gray-800">
              <time dateTime={n.at}>{formatOsloDateTime(n.at, locale)}</time>
              {n.read ? "" : ` · ${t("notifications.unread")}`}
            </p>
            <Link to={n.link} className="text-brand-700 underline">
              {t(`notifications.kinds.${n.kind}`, { code: n.params.code ?? "", opening: n.params.opening ?? "", defaultValue: n.kind })}
            </Link>
          </li>
        ))}
      </ol>
      <Form method="post" className="mt-8">
        <input type="hidden" name="intent" value="email" />
        <fieldset>
          <legend className="text-xl font-semibold">{t("notifications.emailTitle")}</legend>
          <label className="mt-2 inline-flex items-center gap-2">
            <input type="checkbox" name="email" value="on" defaultChecked={email} className="h-5 w-5" />
            {t("notifications.emailLabel")}
          </label>
        </fieldset>
        <button type="submit" className="mt-3 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("notifications.save")}
        </button>
      </Form>
    </Page>
  );
}
