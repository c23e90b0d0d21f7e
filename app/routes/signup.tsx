import { useTranslation } from "react-i18next";
import { href, redirect, useSearchParams } from "react-router";
import { municipalityOptions } from "~/domain/municipalities/register";
import { signupSchema } from "~/domain/organizations/signup-schema";
import { requestSignup } from "~/domain/organizations/signup.server";
import { getLocale } from "~/i18n/locale.server";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { KitForm, Notice, SelectField, SubmitButton, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/signup";

const kinds = ["EMPLOYER", "MUNICIPALITY", "INCLUSION_COMPANY", "NAV_OFFICE"] as const;

export function loader() {
  return { municipalities: municipalityOptions() };
}

export async function action({ request, context }: Route.ActionArgs) {
  const submission = parseSubmission(await request.formData(), { schema: signupSchema });
  if (submission.status !== "success") return invalid(submission, undefined, ["password"]);
  const requested = await requestSignup(db(), submission.value, {
    ip: context.clientIp,
    locale: await getLocale(request),
  });
  if (!requested.ok) return refused(request, submission, requested);
  // The same answer whether or not the address already has an account (no account enumeration).
  // A register that did not answer is said too: the sign-up is kept and checked again on confirming.
  const pending = requested.value.registerUnavailable ? "&register=venter" : "";
  return redirect(`${href("/registrer")}?sendt=1${pending}`);
}

export default function Signup({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const [form, fields] = useZodForm(signupSchema, actionData?.result);
  if (searchParams.get("sendt")) {
    return (
      <Page title={t("signup.sentTitle")} width="narrow">
        <Notice tone="success">{t("signup.sent")}</Notice>
        {searchParams.get("register") === "venter" ? (
          <Notice tone="warning">{t("registers.signupRegisterPending")}</Notice>
        ) : null}
      </Page>
    );
  }
  const labels = {
    kind: t("signup.kind"),
    orgNumber: t("signup.orgNumber"),
    orgName: t("signup.orgName"),
    municipalityNumber: t("signup.municipality"),
    name: t("signup.name"),
    email: t("signup.email"),
    password: t("signup.password"),
  };
  return (
    <Page title={t("signup.title")} intro={t("signup.intro")} width="medium">
      <KitForm form={form} result={actionData?.result} fields={fields} labels={labels}>
        <fieldset className="mb-6">
          <legend className="mb-3 text-xl font-semibold">{t("signup.orgSection")}</legend>
          <SelectField
            meta={fields.kind}
            label={labels.kind}
            placeholder={t("signup.chooseKind")}
            options={kinds.map((k) => ({ value: k, label: t(`orgKinds.${k}`) }))}
          />
          <TextField meta={fields.orgNumber} label={labels.orgNumber} hint={t("signup.orgNumberHint")} />
          <TextField meta={fields.orgName} label={labels.orgName} autoComplete="organization" />
          <SelectField
            meta={fields.municipalityNumber}
            label={labels.municipalityNumber}
            placeholder={t("signup.chooseMunicipality")}
            options={loaderData.municipalities.map((m) => ({ value: m.code, label: m.label }))}
          />
        </fieldset>
        <fieldset className="mb-6">
          <legend className="mb-3 text-xl font-semibold">{t("signup.userSection")}</legend>
          <TextField meta={fields.name} label={labels.name} autoComplete="name" />
          <TextField meta={fields.email} label={labels.email} type="email" autoComplete="email" />
          <TextField
            meta={fields.password}
            label={labels.password}
            hint={t("signup.passwordHint")}
            type="password"
            autoComplete="new-password"
          />
        </fieldset>
        <SubmitButton>{t("signup.submit")}</SubmitButton>
      </KitForm>
    </Page>
  );
}
