import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { payIntent, stepIntent, type OrderStep } from "~/domain/procurement/order-schema";
import { ActionButton } from "~/ui/form";
import { resultFor, useZodForm, type FormReply } from "~/ui/use-zod-form";

const stepLabels = { start: "procurement.startDelivery", deliver: "procurement.markDelivered", accept: "procurement.accept" } as const;
const payLabels = { pay: "procurement.pay", invoice: "procurement.payByInvoice" } as const;

/** The buttons of the steps this party may take now, and the two ways to pay an accepted order. */
export function OrderSteps({ steps, payable, actionData }: { steps: readonly OrderStep[]; payable: boolean; actionData: FormReply | undefined }) {
  if (!steps.length && !payable) return null;
  return (
    <div className="mb-6 flex flex-wrap items-start gap-3">
      {steps.map((step) => (
        <StepButton key={step} step={step} result={resultFor(actionData, step)} />
      ))}
      {payable ? (["pay", "invoice"] as const).map((how) => <PayButton key={how} how={how} result={resultFor(actionData, how)} />) : null}
    </div>
  );
}

function StepButton({ step, result }: { step: OrderStep; result: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form] = useZodForm(stepIntent, result);
  return (
    <ActionButton form={form} result={result} intent={step}>
      {t(stepLabels[step])}
    </ActionButton>
  );
}

function PayButton({ how, result }: { how: "pay" | "invoice"; result: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form] = useZodForm(payIntent, result);
  return (
    <ActionButton form={form} result={result} intent={how}>
      {t(payLabels[how])}
    </ActionButton>
  );
}
