import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import { inviteSchema } from "~/auth/login-schema";
import { createInvitation } from "~/auth/invitations.server";
import { requireOrgPermission } from "~/auth/require.server";
import { translate } from "~/i18n/i18n";
import { getLocale } from "~/i18n/locale.server";
import { db } from "~/lib/db.server";
import { ErrorSummary, firstInvalid, SelectField, SubmitButton, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/organization-invite";

export async function loader({ request }: Route.LoaderArgs) {
  await requireOrgPermission(request, "member:invite");
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const viewer = await requireOrgPermission(request, "member:invite");
  const submission = parseWithZod(await request.formData(), { schema: inviteSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const locale = await getLocale(request);
  const outcome = await createInvitation(db(), {
    organizationId: viewer.organization.id,
    invitedById: viewer.userId,
    email: submission.value.email,
    role: submission.value.role,
    locale,
    ip: context.clientIp,
  });
  if (!outcome.ok && outcome.error === "errors.rateLimited") {
    const message = translate(locale, "errors.rateLimited", { minutes: Math.ceil(outcome.retryAfterSeconds / 60) });
    return data({ result: submission.reply({ formErrors: [message] }) }, { status: 429 });
  }
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: { email: [outcome.error] } }) }, { status: 400 });
  return redirect("/organisasjon?invitert=1");
}

export default function InviteColleague({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(inviteSchema, actionData?.result, { defaultValue: { role: "MEMBER" } });
  const focus = firstInvalid([fields.email, fields.role]);
  return (
    <Page title={t("invite.title")} width="narrow">
      <ErrorSummary
        resultKey={actionData?.result}
        formErrors={form.errors}
        fields={[
          { meta: fields.email, label: t("invite.email") },
          { meta: fields.role, label: t("invite.role") },
        ]}
      />
      <Form method="post" {...getFormProps(form)}>
        <TextField meta={fields.email} label={t("invite.email")} type="email" autoComplete="off" autoFocus={focus === "email" || !focus} />
        <SelectField
          meta={fields.role}
          label={t("invite.role")}
          options={[
            { value: "MEMBER", label: t("roles.MEMBER") },
            { value: "ADMIN", label: t("roles.ADMIN") },
          ]}
          autoFocus={focus === "role"}
        />
        <SubmitButton>{t("invite.submit")}</SubmitButton>
      </Form>
    </Page>
  );
}
