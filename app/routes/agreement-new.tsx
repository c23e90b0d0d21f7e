import { useTranslation } from "react-i18next";
import { href, redirect } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { agreementSchema, legalBases, priceUnits } from "~/domain/agreements/agreement-schema";
import { companiesForAgreement, createAgreement } from "~/domain/agreements/agreements.server";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { ChoiceGroup, KitForm, SelectField, SubmitButton, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { resultFor, useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/agreement-new";

/** A municipality makes a partnership agreement: parties, legal basis, ceiling, period, contact and first price. */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor, name } = await requireOrgPermission(request, "agreement:manage");
  return { companies: await companiesForAgreement(db(), actor), contactName: name };
}

export async function action({ request }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "agreement:manage");
  const submission = parseSubmission(await request.formData(), { schema: agreementSchema });
  if (submission.status !== "success") return invalid(submission, "agreement");
  const created = await createAgreement(db(), actor, submission.value);
  if (!created.ok) return refused(request, submission, created, "agreement");
  return redirect(`${href("/avtaler/:id", { id: created.value.id })}?melding=opprettet`);
}

export default function NewAgreement({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const result = resultFor(actionData, "agreement");
  const [form, f] = useZodForm(agreementSchema, result, {
    defaultValue: { buyerContactName: loaderData.contactName, optionsLeft: "2", optionMonths: "12" },
  });
  const labels = {
    title: t("agreements.fields.title"),
    legalBasis: t("agreements.fields.legalBasis"),
    companyIds: t("agreements.fields.companies"),
    ceilingNok: t("agreements.fields.ceiling"),
    startsOn: t("agreements.fields.startsOn"),
    endsOn: t("agreements.fields.endsOn"),
    optionsLeft: t("agreements.fields.optionsLeft"),
    optionMonths: t("agreements.fields.optionMonths"),
    buyerContactName: t("agreements.fields.buyerContactName"),
    buyerContactEmail: t("agreements.fields.buyerContactEmail"),
    service: t("agreements.fields.service"),
    unit: t("agreements.fields.unit"),
    priceNok: t("agreements.fields.priceNok"),
  };
  return (
    <Page title={t("agreements.newTitle")} intro={t("agreements.newIntro")}>
      <KitForm form={form} result={result} fields={f} labels={labels} className="max-w-2xl">
        <TextField meta={f.title} label={labels.title} autoFocus />
        <ChoiceGroup
          meta={f.legalBasis}
          legend={labels.legalBasis}
          type="radio"
          options={legalBases.map((b) => ({ value: b, label: t(`agreements.bases.${b}`) }))}
        />
        <ChoiceGroup
          meta={f.companyIds}
          legend={labels.companyIds}
          hint={t("agreements.fields.companiesHint")}
          options={loaderData.companies.map((c) => ({
            value: c.id,
            label:
              c.ownShare !== null ? t("agreements.fields.ownedShare", { name: c.name, percent: c.ownShare }) : c.name,
          }))}
        />
        <TextField
          meta={f.ceilingNok}
          label={labels.ceilingNok}
          hint={t("agreements.fields.ceilingHint")}
          type="number"
        />
        <TextField meta={f.startsOn} label={labels.startsOn} type="date" />
        <TextField meta={f.endsOn} label={labels.endsOn} type="date" />
        <TextField meta={f.optionsLeft} label={labels.optionsLeft} type="number" />
        <TextField meta={f.optionMonths} label={labels.optionMonths} type="number" />
        <TextField meta={f.buyerContactName} label={labels.buyerContactName} autoComplete="name" />
        <TextField meta={f.buyerContactEmail} label={labels.buyerContactEmail} type="email" autoComplete="email" />
        <fieldset className="mb-5 border-t-2 border-gray-300 pt-4">
          <legend className="text-lg font-semibold">{t("agreements.fields.firstPrice")}</legend>
          <TextField meta={f.service} label={labels.service} />
          <SelectField
            meta={f.unit}
            label={labels.unit}
            placeholder={t("agreements.fields.chooseUnit")}
            options={priceUnits.map((u) => ({ value: u, label: t(`agreements.units.${u}`) }))}
          />
          <TextField meta={f.priceNok} label={labels.priceNok} type="number" />
        </fieldset>
        <SubmitButton>{t("agreements.create")}</SubmitButton>
      </KitForm>
    </Page>
  );
}
