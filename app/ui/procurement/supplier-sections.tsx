import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { documentKinds, type DocumentStatus } from "~/domain/procurement/supplier-documents";
import { documentIntent, stripeIntent } from "~/domain/procurement/supplier-schema";
import { DataTable } from "~/ui/data-table";
import { ActionButton, KitForm, SelectField, SubmitButton, TextField } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

/** The newest document of each kind and whether it is valid today; expired and missing ones stand out. */
export function DocumentTable({ statuses }: { statuses: readonly DocumentStatus[] }) {
  const { t } = useTranslation();
  return (
    <div className="mb-6 max-w-2xl">
      <DataTable
        caption={t("procurement.documents")}
        captionHidden
        rows={statuses}
        rowKey={(s) => s.kind}
        columns={[
          { header: t("procurement.kind"), rowHeader: true, cell: (s) => t(`procurement.docKinds.${s.kind}`) },
          {
            header: t("procurement.status"),
            cell: (s) => (
              <span className={s.state === "valid" ? undefined : "font-semibold text-red-800"}>
                {t(`procurement.docStates.${s.state}`)}
              </span>
            ),
          },
          { header: t("procurement.validUntil"), cell: (s) => s.validUntil ?? "–" },
          { header: t("procurement.reference"), cell: (s) => s.reference ?? "–" },
        ]}
      />
    </div>
  );
}

export function AddDocumentForm({ today, result }: { today: string; result: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(documentIntent, result, { defaultValue: { issuedOn: today } });
  const labels = {
    kind: t("procurement.kind"),
    reference: t("procurement.reference"),
    issuedOn: t("procurement.issuedOn"),
    validUntil: t("procurement.validUntil"),
  };
  return (
    <section aria-labelledby="add-document-title" className="mb-8 max-w-xl rounded border border-gray-300 p-4">
      <h2 id="add-document-title" className="mb-2 text-lg font-semibold">
        {t("procurement.addDocument")}
      </h2>
      <KitForm form={form} result={result} fields={fields} labels={labels} intent="document">
        <SelectField
          meta={fields.kind}
          label={labels.kind}
          options={documentKinds.map((k) => ({ value: k, label: t(`procurement.docKinds.${k}`) }))}
        />
        <TextField meta={fields.reference} label={labels.reference} />
        <TextField meta={fields.issuedOn} label={labels.issuedOn} type="date" />
        <TextField meta={fields.validUntil} label={labels.validUntil} type="date" />
        <SubmitButton>{t("procurement.save")}</SubmitButton>
      </KitForm>
    </section>
  );
}

/** Payouts through Stripe Connect: ready, or a button to (finish) onboarding. */
export function StripeSection({
  payoutsEnabled,
  result,
}: {
  payoutsEnabled: boolean;
  result: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form] = useZodForm(stripeIntent, result);
  return (
    <section aria-labelledby="stripe-title" className="max-w-xl">
      <h2 id="stripe-title" className="text-xl font-semibold">
        {t("procurement.stripeTitle")}
      </h2>
      <p className="mb-2 mt-1">{payoutsEnabled ? t("procurement.stripeReady") : t("procurement.stripeNotReady")}</p>
      {payoutsEnabled ? null : (
        <ActionButton form={form} result={result} intent="stripe">
          {t("procurement.connectStripe")}
        </ActionButton>
      )}
    </section>
  );
}
