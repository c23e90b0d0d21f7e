import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import { requirePlatformAdmin } from "~/auth/require.server";
import { approvedOrganizationName, approveOrganization, listPendingOrganizations } from "~/domain/organizations/organizations.server";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/admin";
import { useLocale } from "~/i18n/use-locale";

export async function loader({ request }: Route.LoaderArgs) {
  await requirePlatformAdmin(request);
  const approvedId = new URL(request.url).searchParams.get("godkjent");
  const [pending, approved] = await Promise.all([
    listPendingOrganizations(db()),
    approvedId ? approvedOrganizationName(db(), approvedId) : null,
  ]);
  return { pending, approvedName: approved };
}

export async function action({ request }: Route.ActionArgs) {
  const admin = await requirePlatformAdmin(request);
  const form = await request.formData();
  const organizationId = String(form.get("organizationId") ?? "");
  const approved = await approveOrganization(db(), { organizationId, approvedById: admin.userId });
  if (!approved) throw data(null, { status: 404 });
  return redirect(`/admin?godkjent=${encodeURIComponent(approved.id)}`);
}

export default function Admin({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Page title={t("admin.title")}>
      {loaderData.approvedName ? <Notice tone="success">{t("admin.approved", { org: loaderData.approvedName })}</Notice> : null}
      <h2 className="mt-6 text-2xl font-semibold">{t("admin.pendingTitle")}</h2>
      {loaderData.pending.length === 0 ? (
        <p className="mt-3">{t("admin.nonePending")}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {loaderData.pending.map((org) => (
            <li key={org.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-gray-300 p-4">
              <div>
                <p className="font-semibold">{org.name}</p>
                <p className="text-sm text-gray-700">
                  {t(`orgKinds.${org.kind}`)} · {org.orgNumberFormatted} · {org.municipalityName} · {t("admin.registered")}{" "}
                  {formatOsloDateTime(org.createdAt, locale)}
                </p>
              </div>
              <Form method="post">
                <input type="hidden" name="organizationId" value={org.id} />
                <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
                  {t("admin.approve", { org: org.name })}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
