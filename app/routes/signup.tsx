import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect, useSearchParams } from "react-router";
import { municipalityOptions } from "~/domain/municipalities/register";
import { signupSchema } from "~/domain/organizations/signup-schema";
import { requestSignup } from "~/domain/organizations/signup.server";
import { translate } from "~/i18n/i18n";
import { getLocale } from "~/i18n/locale.server";
import { db } from "~/lib/db.server";
import { ErrorSummary, firstInvalid, Notice, SelectField, SubmitButton, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/signup";

const kinds = ["EMPLOYER", "MUNICIPALITY", "INCLUSION_COMPANY"] as const;

export function loader() {
  return { municipalities: municipalityOptions() };
}

export async function action({ request, context }: Route.ActionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: signupSchema });
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  const locale = await getLocale(request);
  const outcome = await requestSignup(db(), submission.value, { ip: context.clientIp, locale });
  if (!outcome.ok && outcome.error === "errors.rateLimited") {
    const message = translate(locale, outcome.error, { minutes: Math.ceil(outcome.retryAfterSeconds / 60) });
    return data({ result: submission.reply({ formErrors: [message], hideFields: ["password"] }) }, { status: 429 });
  }
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: { orgNumber: [outcome.error] }, hideFields: ["password"] }) }, { status: 400 });
  // The same answer whether or not the address already has an account (no account enumeration).
  return redirect("/registrer?sendt=1");
}

export default function Signup({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  if (searchParams.get("sendt")) {
    return (
      <Page title={t("signup.sentTitle")} width="narrow">
        <Notice tone="success">{t("signup.sent")}</Notice>
      </Page>
    );
  }
  return <SignupForm municipalities={loaderData.municipalities} result={actionData?.result} />;
}

function SignupForm({ municipalities, result }: { municipalities: Route.ComponentProps["loaderData"]["municipalities"]; result: Parameters<typeof useZodForm>[1] }) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(signupSchema, result);
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
      <ErrorSummary resultKey={result} formErrors={form.errors} fields={ordered.map((meta) => ({ meta, label: labels[meta.name as keyof typeof labels] }))} />
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
            options={municipalities.map((m) => ({ value: m.code, label: m.label }))}
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
