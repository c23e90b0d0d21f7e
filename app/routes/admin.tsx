import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { href, redirect } from "react-router";
import { requirePlatformAdmin } from "~/auth/require.server";
import { approveSchema } from "~/domain/organizations/approve-schema";
import {
  approvedOrganizationName,
  approveOrganization,
  listPendingOrganizations,
} from "~/domain/organizations/organizations.server";
import { useLocale } from "~/i18n/use-locale";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { ActionButton, Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import { resultFor, useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/admin";

/** The platform admin approves organisations that have signed up. */
export async function loader({ request }: Route.LoaderArgs) {
  await requirePlatformAdmin(request);
  const approvedId = new URL(request.url).searchParams.get("godkjent");
  const [pending, approved] = await Promise.all([
    listPendingOrganizations(db()),
    approvedId ? approvedOrganizationName(db(), approvedId) : null,
  ]);
  return { pending, approvedName: approved };
}

/** The tag of an approval's answers: one button per organisation. */
const approvalTag = (organizationId: string) => `approve:${organizationId}`;

export async function action({ request }: Route.ActionArgs) {
  const admin = await requirePlatformAdmin(request);
  const formData = await request.formData();
  const tag = approvalTag(String(formData.get("organizationId") ?? ""));
  const submission = parseSubmission(formData, { schema: approveSchema });
  if (submission.status !== "success") return invalid(submission, tag);
  const approved = await approveOrganization(db(), {
    organizationId: submission.value.organizationId,
    approvedById: admin.userId,
  });
  if (!approved.ok) return refused(request, submission, approved, tag);
  return redirect(`${href("/admin")}?godkjent=${encodeURIComponent(approved.value.id)}`);
}

export default function Admin({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Page title={t("admin.title")}>
      {loaderData.approvedName ? (
        <Notice tone="success">{t("admin.approved", { org: loaderData.approvedName })}</Notice>
      ) : null}
      <h2 className="mt-6 text-2xl font-semibold">{t("admin.pendingTitle")}</h2>
      {loaderData.pending.length === 0 ? (
        <p className="mt-3">{t("admin.nonePending")}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {loaderData.pending.map((org) => (
            <li
              key={org.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded border border-gray-300 p-4"
            >
              <div>
                <p className="font-semibold">{org.name}</p>
                <p className="text-sm text-gray-700">
                  {t(`orgKinds.${org.kind}`)} · {org.orgNumberFormatted} · {org.municipalityName} ·{" "}
                  {t("admin.registered")} {formatOsloDateTime(org.createdAt, locale)}
                </p>
                <p className="text-sm text-gray-700">
                  {t("registers.enhetsregisteret")}:{" "}
                  {org.registerCheck
                    ? t("registers.checkSummary", {
                        outcome: t(`registers.outcomes.${org.registerCheck.outcome}`),
                        date: formatOsloDateTime(org.registerCheck.checkedAt, locale),
                      })
                    : t("registers.neverChecked")}
                </p>
              </div>
              <ApproveButton organization={org} result={resultFor(actionData, approvalTag(org.id))} />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

function ApproveButton({
  organization,
  result,
}: {
  organization: { id: string; name: string };
  result: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form] = useZodForm(approveSchema, result);
  return (
    <ActionButton form={form} result={result} intent="approve" values={{ organizationId: organization.id }}>
      {t("admin.approve", { org: organization.name })}
    </ActionButton>
  );
}
