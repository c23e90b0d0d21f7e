import { useTranslation } from "react-i18next";
import { data, href, Link, redirect, useSearchParams } from "react-router";
import { z } from "zod";
import { requireViewer } from "~/auth/require.server";
import { checkbox } from "~/domain/forms/zod-fields";
import {
  emailNotificationsOn,
  listNotifications,
  markAllRead,
  setEmailNotifications,
} from "~/domain/notifications/notifications.server";
import { useLocale } from "~/i18n/use-locale";
import { db } from "~/lib/db.server";
import { formatDay, formatOsloDateTime } from "~/lib/dates";
import { invalid, parseSubmission } from "~/lib/form-reply.server";
import { ActionButton, Checkbox, KitForm, Notice, SubmitButton } from "~/ui/form";
import { Page } from "~/ui/page";
import { resultFor, useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/notifications";

/** The page's two forms, one per intent. */
const readIntent = z.object({ intent: z.literal("read") });
const emailIntent = z.object({ intent: z.literal("email"), email: checkbox });

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  return {
    notifications: await listNotifications(db(), viewer.userId),
    email: await emailNotificationsOn(db(), viewer.userId),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = await requireViewer(request);
  const formData = await request.formData();
  switch (formData.get("intent")) {
    case "read": {
      const submission = parseSubmission(formData, { schema: readIntent });
      if (submission.status !== "success") return invalid(submission, "read");
      await markAllRead(db(), viewer.userId);
      return redirect(href("/varsler"));
    }
    case "email": {
      const submission = parseSubmission(formData, { schema: emailIntent });
      if (submission.status !== "success") return invalid(submission, "email");
      await setEmailNotifications(db(), viewer.userId, submission.value.email);
      return redirect(`${href("/varsler")}?melding=lagret`);
    }
    default:
      throw data(null, { status: 400 });
  }
}

export default function Notifications({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const { notifications, email } = loaderData;
  const readResult = resultFor(actionData, "read");
  const emailResult = resultFor(actionData, "email");
  const [readForm] = useZodForm(readIntent, readResult);
  const [emailForm, emailFields] = useZodForm(emailIntent, emailResult, {
    defaultValue: { email: email ? "on" : undefined },
  });
  const labels = { email: t("notifications.emailLabel") };
  return (
    <Page title={t("notifications.title")}>
      {params.get("melding") === "lagret" && !actionData ? (
        <Notice tone="success">{t("notifications.saved")}</Notice>
      ) : null}
      {notifications.length === 0 ? <p>{t("notifications.none")}</p> : null}
      {notifications.some((n) => !n.read) ? (
        <div className="mb-4">
          <ActionButton form={readForm} result={readResult} intent="read" tone="secondary">
            {t("notifications.markAllRead")}
          </ActionButton>
        </div>
      ) : null}
      <ol className="space-y-2">
        {notifications.map((n) => (
          <li
            key={n.id}
            className={`rounded border p-3 ${n.read ? "border-gray-200" : "border-brand-700 bg-brand-50"}`}
          >
            <p className="text-sm text-gray-800">
              <time dateTime={n.at}>{formatOsloDateTime(n.at, locale)}</time>
              {n.read ? "" : ` · ${t("notifications.unread")}`}
            </p>
            <Link to={n.link} className="text-brand-700 underline">
              {t(`notifications.kinds.${n.kind}`, {
                ...n.params,
                code: n.params.code ?? "",
                opening: n.params.opening ?? "",
                deadline: n.params.deadline ? formatDay(n.params.deadline, locale) : "",
                from: n.params.from ?? "",
                defaultValue: n.kind,
              })}
            </Link>
          </li>
        ))}
      </ol>
      <div className="mt-8">
        <KitForm form={emailForm} result={emailResult} fields={emailFields} labels={labels} intent="email">
          <Checkbox meta={emailFields.email} legend={t("notifications.emailTitle")} label={labels.email} />
          <SubmitButton>{t("notifications.save")}</SubmitButton>
        </KitForm>
      </div>
    </Page>
  );
}
