import { useTranslation } from "react-i18next";
import { href, redirect } from "react-router";
import { createInvitation } from "~/auth/invitations.server";
import { inviteSchema } from "~/auth/login-schema";
import { requireOrgPermission } from "~/auth/require.server";
import { getLocale } from "~/i18n/locale.server";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { KitForm, SelectField, SubmitButton, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/organization-invite";

/**
 * The simplest complete example of a page with a form and a permission check: the loader and
 * the action each ask for the permission, the action parses with the form's Zod schema, calls
 * one domain function and answers with its refusal or a redirect.
 */
export async function loader({ request }: Route.LoaderArgs) {
  await requireOrgPermission(request, "member:invite");
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const viewer = await requireOrgPermission(request, "member:invite");
  const submission = parseSubmission(await request.formData(), { schema: inviteSchema });
  if (submission.status !== "success") return invalid(submission);
  const invited = await createInvitation(db(), {
    organizationId: viewer.organization.id,
    invitedById: viewer.userId,
    email: submission.value.email,
    role: submission.value.role,
    locale: await getLocale(request),
    ip: context.clientIp,
  });
  if (!invited.ok) return refused(request, submission, invited);
  return redirect(`${href("/organisasjon")}?invitert=1`);
}

export default function InviteColleague({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(inviteSchema, actionData?.result, { defaultValue: { role: "MEMBER" } });
  const labels = { email: t("invite.email"), role: t("invite.role") };
  return (
    <Page title={t("invite.title")} width="narrow">
      <KitForm form={form} result={actionData?.result} fields={fields} labels={labels}>
        <TextField meta={fields.email} label={labels.email} type="email" autoComplete="off" autoFocus />
        <SelectField
          meta={fields.role}
          label={labels.role}
          options={[
            { value: "MEMBER", label: t("roles.MEMBER") },
            { value: "ADMIN", label: t("roles.ADMIN") },
          ]}
        />
        <SubmitButton>{t("invite.submit")}</SubmitButton>
      </KitForm>
    </Page>
  );
}
