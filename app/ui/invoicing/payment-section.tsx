import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { formatAccountNumber } from "~/domain/invoicing/account-number";
import type { PaymentDetailsView } from "~/domain/invoicing/payment-details.server";
import { kidChoices, paymentDetailsIntent } from "~/domain/invoicing/payment-schema";
import { Checkbox, ChoiceGroup, KitForm, SubmitButton, TextField } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

/** The supplier's account number and KID choice for its EHF invoices. */
export function PaymentDetailsSection({
  details,
  result,
}: {
  details: PaymentDetailsView;
  result: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(paymentDetailsIntent, result, {
    defaultValue: {
      accountNumber: details ? formatAccountNumber(details.accountNumber) : "",
      kid: details?.kid ?? "NONE",
      foretaksregisteret: details ? (details.foretaksregisteret ? "on" : undefined) : "on",
    },
  });
  const labels = {
    accountNumber: t("invoices.payment.accountNumber"),
    kid: t("invoices.payment.kid"),
    foretaksregisteret: t("invoices.payment.foretaksregisteret"),
  };
  return (
    <section aria-labelledby="payment-title" className="mb-10 max-w-xl">
      <h2 id="payment-title" className="text-xl font-semibold">
        {t("invoices.payment.title")}
      </h2>
      <p className="mb-2 mt-1">{t("invoices.payment.intro")}</p>
      <p className="mb-4">
        {details
          ? t("invoices.payment.current", { account: formatAccountNumber(details.accountNumber) })
          : t("invoices.payment.missing")}
      </p>
      <KitForm form={form} result={result} fields={fields} labels={labels} intent="payment">
        <TextField meta={fields.accountNumber} label={labels.accountNumber} hint={t("invoices.payment.accountHint")} />
        <ChoiceGroup
          meta={fields.kid}
          legend={labels.kid}
          type="radio"
          options={kidChoices.map((value) => ({ value, label: t(`invoices.payment.kidChoices.${value}`) }))}
        />
        <Checkbox
          meta={fields.foretaksregisteret}
          legend={labels.foretaksregisteret}
          label={t("invoices.foretaksregisteret")}
        />
        <SubmitButton>{t("invoices.payment.save")}</SubmitButton>
      </KitForm>
    </section>
  );
}
