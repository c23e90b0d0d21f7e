import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import { createSessionCookie } from "~/auth/session.server";
import { municipalityOptions } from "~/domain/municipalities/register";
import { signupSchema } from "~/domain/organizations/signup-schema";
import { signUpOrganization } from "~/domain/organizations/organizations.server";
import { db } from "~/lib/db.server";
import { ErrorSummary, firstInvalid, SelectField, SubmitButton, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/signup";

const kinds = ["EMPLOYER", "MUNICIPALITY", "INCLUSION_COMPANY"] as const;

export function loader() {
  return { municipalities: municipalityOptions() };
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: signupSchema });
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  const outcome = await signUpOrganization(db(), submission.value);
  if (!outcome.ok) {
    return data({ result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] }, hideFields: ["password"] }) }, { status: 400 });
  }
  const cookie = await createSessionCookie(db(), outcome.userId);
  return redirect("/organisasjon?registrert=1", { headers: { "Set-Cookie": cookie } });
}

export default function Signup({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(signupSchema, actionData?.result);
  const ordered = [fields.kind, fields.orgNumber, fields.orgName, fields.municipalityNumber, fields.name, fields.email, fields.password];
  const focus = firstInvalid(ordered);
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
      <ErrorSummary resultKey={actionData?.result} formErrors={form.errors} fields={ordered.map((meta) => ({ meta, label: labels[meta.name as keyof typeof labels] }))} />
      <Form method="post" {...getFormProps(form)}>
        <fieldset className="mb-6">
          <legend className="mb-3 text-xl font-semibold">{t("signup.orgSection")}</legend>
          <SelectField
            meta={fields.kind}
            label={labels.kind}
            placeholder={t("signup.chooseKind")}
            options={kinds.map((k) => ({ value: k, label: t(`orgKinds.${k}`) }))}
            autoFocus={focus === "kind"}
          />
          <TextField meta={fields.orgNumber} label={labels.orgNumber} hint={t("signup.orgNumberHint")} autoFocus={focus === "orgNumber"} />
          <TextField meta={fields.orgName} label={labels.orgName} autoComplete="organization" autoFocus={focus === "orgName"} />
          <SelectField
            meta={fields.municipalityNumber}
            label={labels.municipalityNumber}
            placeholder={t("signup.chooseMunicipality")}
            options={loaderData.municipalities.map((m) => ({ value: m.code, label: m.label }))}
            autoFocus={focus === "municipalityNumber"}
          />
        </fieldset>
        <fieldset className="mb-6">
          <legend className="mb-3 text-xl font-semibold">{t("signup.userSection")}</legend>
          <TextField meta={fields.name} label={labels.name} autoComplete="name" autoFocus={focus === "name"} />
          <TextField meta={fields.email} label={labels.email} type="email" autoComplete="email" autoFocus={focus === "email"} />
          <TextField meta={fields.password} label={labels.password} hint={t("signup.passwordHint")} type="password" autoComplete="new-password" autoFocus={focus === "password"} />
        </fieldset>
        <SubmitButton>{t("signup.submit")}</SubmitButton>
      </Form>
    </Page>
  );
}
