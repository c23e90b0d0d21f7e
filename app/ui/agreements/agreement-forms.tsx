import { useTranslation } from "react-i18next";
import {
  callOffIntent,
  contactIntent,
  extendIntent,
  priceIntent,
  priceUnits,
} from "~/domain/agreements/agreement-schema";
import { KitForm, SelectField, SubmitButton, TextField } from "~/ui/form";
import { resultFor, useZodForm, type FormReply } from "~/ui/use-zod-form";

/** The forms of an agreement's page, one per intent, each with its own error summary. */

type Option = { value: string; label: string };

export function CallOffForm({
  actionData,
  left,
  suppliers,
  prices,
}: {
  actionData: FormReply | undefined;
  left: string;
  suppliers: Option[];
  prices: Option[];
}) {
  const { t } = useTranslation();
  const result = resultFor(actionData, "callOff");
  const [form, f] = useZodForm(callOffIntent, result, {
    id: "callOff",
    defaultValue: suppliers.length === 1 ? { supplierId: suppliers[0]?.value } : undefined,
  });
  const labels = {
    title: t("agreements.callOff.name"),
    supplierId: t("agreements.callOff.supplier"),
    priceId: t("agreements.callOff.price"),
    quantity: t("agreements.callOff.quantity"),
  };
  return (
    <section aria-labelledby="calloff-title" className="mb-6 max-w-2xl rounded border-2 border-gray-300 p-4">
      <h3 id="calloff-title" className="mb-1 text-lg font-semibold">
        {t("agreements.callOff.title")}
      </h3>
      <p className="mb-4">{t("agreements.callOff.intro", { left })}</p>
      <KitForm form={form} result={result} fields={f} labels={labels} intent="callOff">
        <TextField meta={f.title} label={labels.title} />
        <SelectField
          meta={f.supplierId}
          label={labels.supplierId}
          placeholder={t("agreements.callOff.chooseSupplier")}
          options={suppliers}
        />
        <SelectField
          meta={f.priceId}
          label={labels.priceId}
          placeholder={t("agreements.callOff.choosePrice")}
          options={prices}
        />
        <TextField meta={f.quantity} label={labels.quantity} type="number" />
        <SubmitButton>{t("agreements.callOff.submit")}</SubmitButton>
      </KitForm>
    </section>
  );
}

export function PriceForm({ actionData }: { actionData: FormReply | undefined }) {
  const { t } = useTranslation();
  const result = resultFor(actionData, "price");
  const [form, f] = useZodForm(priceIntent, result, { id: "price" });
  const labels = {
    service: t("agreements.fields.service"),
    unit: t("agreements.fields.unit"),
    priceNok: t("agreements.fields.priceNok"),
  };
  return (
    <details className="mt-4 max-w-2xl">
      <summary className="cursor-pointer font-semibold text-brand-800">{t("agreements.addPrice.title")}</summary>
      <KitForm form={form} result={result} fields={f} labels={labels} intent="price" className="mt-3">
        <TextField meta={f.service} label={labels.service} />
        <SelectField
          meta={f.unit}
          label={labels.unit}
          placeholder={t("agreements.fields.chooseUnit")}
          options={priceUnits.map((u) => ({ value: u, label: t(`agreements.units.${u}`) }))}
        />
        <TextField meta={f.priceNok} label={labels.priceNok} type="number" />
        <SubmitButton tone="secondary">{t("agreements.addPrice.submit")}</SubmitButton>
      </KitForm>
    </details>
  );
}

export function ExtendForm({
  actionData,
  months,
  until,
}: {
  actionData: FormReply | undefined;
  months: number;
  until: string;
}) {
  const { t } = useTranslation();
  const result = resultFor(actionData, "extend");
  const [form, f] = useZodForm(extendIntent, result, { id: "extend" });
  return (
    <section aria-labelledby="extend-title" className="mt-8 max-w-2xl">
      <h2 id="extend-title" className="mb-1 text-xl font-semibold">
        {t("agreements.extend.title")}
      </h2>
      <p className="mb-3">{t("agreements.extend.intro", { months, until })}</p>
      <KitForm form={form} result={result} fields={f} labels={{}} intent="extend">
        <SubmitButton tone="secondary">{t("agreements.extend.submit")}</SubmitButton>
      </KitForm>
    </section>
  );
}

export function ContactForm({
  actionData,
  defaults,
}: {
  actionData: FormReply | undefined;
  defaults: { contactName: string | null; contactEmail: string | null };
}) {
  const { t } = useTranslation();
  const result = resultFor(actionData, "contact");
  const [form, f] = useZodForm(contactIntent, result, {
    id: "contact",
    defaultValue: { contactName: defaults.contactName ?? "", contactEmail: defaults.contactEmail ?? "" },
  });
  const labels = { contactName: t("agreements.contact.name"), contactEmail: t("agreements.contact.email") };
  return (
    <section aria-labelledby="contact-title" className="mt-6 max-w-2xl">
      <h3 id="contact-title" className="mb-2 text-lg font-semibold">
        {t("agreements.contact.title")}
      </h3>
      <KitForm form={form} result={result} fields={f} labels={labels} intent="contact">
        <TextField meta={f.contactName} label={labels.contactName} autoComplete="name" />
        <TextField meta={f.contactEmail} label={labels.contactEmail} type="email" autoComplete="email" />
        <SubmitButton tone="secondary">{t("agreements.contact.submit")}</SubmitButton>
      </KitForm>
    </section>
  );
}
