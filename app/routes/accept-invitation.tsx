import { useTranslation } from "react-i18next";
import { data, href, Link, redirect } from "react-router";
import { acceptInvitation, findOpenInvitation } from "~/auth/invitations.server";
import { acceptInvitationSchema, joinInvitationSchema } from "~/auth/login-schema";
import { createSessionCookie } from "~/auth/session.server";
import { getViewer } from "~/auth/viewer.server";
import { getLocale } from "~/i18n/locale.server";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { KitForm, Notice, SubmitButton, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { resultFor, useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/accept-invitation";

export async function loader({ request }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const invitation = token ? await findOpenInvitation(db(), token) : null;
  const viewer = await getViewer(request);
  return {
    token,
    invitation: invitation
      ? { organizationName: invitation.organizationName, hasAccount: invitation.hasAccount }
      : null,
    signedInAsInvitee: Boolean(viewer && invitation && viewer.userId === invitation.existingUserId),
  };
}

/** A new person joins with a name and password ("create"); an existing user, signed in as the invitee, confirms ("join"). */
export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  switch (formData.get("intent")) {
    case "create":
      return createAccountAction(request, formData);
    case "join":
      return joinAction(request, formData);
    default:
      throw data(null, { status: 400 });
  }
}

async function createAccountAction(request: Request, formData: FormData) {
  const submission = parseSubmission(formData, { schema: acceptInvitationSchema });
  if (submission.status !== "success") return invalid(submission, "create", ["password"]);
  const accepted = await acceptInvitation(db(), { ...submission.value, locale: await getLocale(request) });
  if (!accepted.ok) return refused(request, submission, accepted, "create");
  const cookie = await createSessionCookie(db(), accepted.value.userId, accepted.value.organizationId);
  return redirect(`${href("/organisasjon")}?velkommen=1`, { headers: { "Set-Cookie": cookie } });
}

async function joinAction(request: Request, formData: FormData) {
  const submission = parseSubmission(formData, { schema: joinInvitationSchema });
  if (submission.status !== "success") return invalid(submission, "join");
  // An existing user proves who they are by being signed in as the invited address.
  const viewer = await getViewer(request);
  const accepted = await acceptInvitation(db(), {
    token: submission.value.token,
    existingUserId: viewer?.userId ?? "",
  });
  if (!accepted.ok) return refused(request, submission, accepted, "join");
  return redirect(`${href("/organisasjon")}?velkommen=1`);
}

export default function AcceptInvitation({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { invitation } = loaderData;
  if (!invitation) return <Page title={t("invite.invalid")} />;
  const org = invitation.organizationName;
  return (
    <Page title={t("invite.acceptTitle", { org })} intro={t("invite.acceptIntro", { org })} width="narrow">
      {!invitation.hasAccount ? (
        <NewAccountForm token={loaderData.token} result={resultFor(actionData, "create")} />
      ) : loaderData.signedInAsInvitee ? (
        <JoinForm token={loaderData.token} result={resultFor(actionData, "join")} />
      ) : (
        <Notice>
          {t("invite.acceptExisting")}{" "}
          <Link
            className="underline"
            to={`${href("/logg-inn")}?redirectTo=${encodeURIComponent(`${href("/invitasjon")}?token=${loaderData.token}`)}`}
          >
            {t("nav.login")}
          </Link>
        </Notice>
      )}
    </Page>
  );
}

function NewAccountForm({ token, result }: { token: string; result: ReturnType<typeof resultFor> }) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(acceptInvitationSchema, result);
  const labels = { name: t("invite.name"), password: t("invite.password") };
  return (
    <KitForm form={form} result={result} fields={fields} labels={labels} intent="create">
      <input type="hidden" name="token" value={token} />
      <TextField meta={fields.name} label={labels.name} autoComplete="name" />
      <TextField
        meta={fields.password}
        label={labels.password}
        hint={t("invite.passwordHint")}
        type="password"
        autoComplete="new-password"
      />
      <SubmitButton>{t("invite.accept")}</SubmitButton>
    </KitForm>
  );
}

function JoinForm({ token, result }: { token: string; result: ReturnType<typeof resultFor> }) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(joinInvitationSchema, result);
  return (
    <KitForm form={form} result={result} fields={fields} labels={{}} intent="join">
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{t("invite.accept")}</SubmitButton>
    </KitForm>
  );
}
