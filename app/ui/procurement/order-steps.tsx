import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { payIntent, stepIntent, type OrderStep } from "~/domain/procurement/order-schema";
import { ActionButton } from "~/ui/form";
import { resultFor, useZodForm, type FormReply } from "~/ui/use-zod-form";

/** Each button's form: its schema and its label. */
const buttons = {
  start: { schema: stepIntent, label: "procurement.startDelivery" },
  deliver: { schema: stepIntent, label: "procurement.markDelivered" },
  accept: { schema: stepIntent, label: "procurement.accept" },
  pay: { schema: payIntent, label: "procurement.pay" },
  invoice: { schema: payIntent, label: "procurement.payByInvoice" },
} as const;

/** The buttons of the steps this party may take now, and the two ways to pay an accepted order. */
export function OrderSteps({
  steps,
  payable,
  actionData,
}: {
  steps: readonly OrderStep[];
  payable: boolean;
  actionData: FormReply | undefined;
}) {
  const intents: (keyof typeof buttons)[] = [...steps, ...(payable ? (["pay", "invoice"] as const) : [])];
  if (!intents.length) return null;
  return (
    <div className="mb-6 flex flex-wrap items-start gap-3">
      {intents.map((intent) => (
        <OrderButton key={intent} intent={intent} result={resultFor(actionData, intent)} />
      ))}
    </div>
  );
}

function OrderButton({
  intent,
  result,
}: {
  intent: keyof typeof buttons;
  result: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form] = useZodForm(buttons[intent].schema, result);
  return (
    <ActionButton form={form} result={result} intent={intent}>
      {t(buttons[intent].label)}
    </ActionButton>
  );
}
