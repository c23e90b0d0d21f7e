import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import { acceptInvitationSchema } from "~/auth/login-schema";
import { acceptInvitation, findOpenInvitation } from "~/auth/invitations.server";
import { createSessionCookie } from "~/auth/session.server";
import { getViewer } from "~/auth/viewer.server";
import { db } from "~/lib/db.server";
import { ErrorSummary, firstInvalid, Notice, SubmitButton, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/accept-invitation";

export async function loader({ request }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const invitation = token ? await findOpenInvitation(db(), token) : null;
  const viewer = await getViewer(request);
  return {
    token,
    invitation: invitation ? { organizationName: invitation.organizationName, hasAccount: invitation.hasAccount } : null,
    signedInAsInvitee: Boolean(viewer && invitation && viewer.userId === invitation.existingUserId),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const token = String(formData.get("token") ?? "");
  const invitation = token ? await findOpenInvitation(db(), token) : null;
  if (!invitation) throw data(null, { status: 404 });

  if (invitation.hasAccount) {
    // An existing user proves who they are by being signed in as the invited address.
    const viewer = await getViewer(request);
    if (!viewer || viewer.userId !== invitation.existingUserId) {
      return data({ result: null, error: "invite.wrongUser" }, { status: 403 });
    }
    await acceptInvitation(db(), { token, existingUserId: viewer.userId });
    return redirect("/organisasjon?velkommen=1");
  }

  const submission = parseWithZod(formData, { schema: acceptInvitationSchema });
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }), error: null }, { status: 400 });
  const accepted = await acceptInvitation(db(), { token, name: submission.value.name, password: submission.value.password });
  if (!accepted) throw data(null, { status: 404 });
  const cookie = await createSessionCookie(db(), accepted.userId, accepted.organizationId);
  return redirect("/organisasjon?velkommen=1", { headers: { "Set-Cookie": cookie } });
}

export default function AcceptInvitation({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(acceptInvitationSchema, actionData?.result);
  const { invitation } = loaderData;
  if (!invitation) {
    return <Page title={t("invite.invalid")} />;
  }
  const org = invitation.organizationName;
  const focus = firstInvalid([fields.name, fields.password]);
  return (
    <Page title={t("invite.acceptTitle", { org })} intro={t("invite.acceptIntro", { org })} width="narrow">
      {actionData?.error ? <Notice tone="warning">{t(actionData.error)}</Notice> : null}
      {invitation.hasAccount ? (
        loaderData.signedInAsInvitee ? (
          <Form method="post">
            <input type="hidden" name="token" value={loaderData.token} />
            <SubmitButton>{t("invite.accept")}</SubmitButton>
          </Form>
        ) : (
          <Notice>
            {t("invite.acceptExisting")}{" "}
            <a className="underline" href={`/logg-inn?redirectTo=${encodeURIComponent(`/invitasjon?token=${loaderData.token}`)}`}>
              {t("nav.login")}
            </a>
          </Notice>
        )
      ) : (
        <>
          <ErrorSummary
            resultKey={actionData?.result}
            fields={[
              { meta: fields.name, label: t("invite.name") },
              { meta: fields.password, label: t("invite.password") },
            ]}
          />
          <Form method="post" {...getFormProps(form)}>
            <input type="hidden" name="token" value={loaderData.token} />
            <TextField meta={fields.name} label={t("invite.name")} autoComplete="name" autoFocus={focus === "name"} />
            <TextField
              meta={fields.password}
              label={t("invite.password")}
              hint={t("invite.passwordHint")}
              type="password"
              autoComplete="new-password"
              autoFocus={focus === "password"}
            />
            <SubmitButton>{t("invite.accept")}</SubmitButton>
          </Form>
        </>
      )}
    </Page>
  );
}
