import type { SubmissionResult } from "@conform-to/react";
import { answerIntent, cancelIntent, decideIntent, disputeIntent } from "~/domain/procurement/order-schema";
import { ChoiceButtons, HiddenValues, KitForm, TextArea, type ButtonChoice } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

type ReasonSchema = typeof cancelIntent | typeof disputeIntent | typeof answerIntent | typeof decideIntent;

/**
 * One written reason and the buttons that send it: cancelling, asking to cancel, answering a
 * request (agree or decline) and the platform admin's decision. With `intent` the form posts that
 * intent and has one button; without, each button posts its own `intent` value.
 */
export function ReasonForm({
  schema,
  result,
  intent,
  values = {},
  label,
  hint,
  buttons,
}: {
  schema: ReasonSchema;
  result: SubmissionResult<string[]> | undefined;
  intent?: string;
  /** Hidden values, e.g. which dispute is answered */
  values?: Record<string, string>;
  label: string;
  hint?: string;
  buttons: readonly ButtonChoice[];
}) {
  const [form, fields] = useZodForm(schema, result);
  return (
    <KitForm
      form={form}
      result={result}
      fields={fields}
      labels={{ reason: label }}
      intent={intent}
      className="mb-6 max-w-xl rounded border border-gray-300 p-4"
    >
      <HiddenValues values={values} />
      <TextArea meta={fields.reason} label={label} hint={hint} rows={3} />
      <ChoiceButtons name="intent" choices={buttons} />
    </KitForm>
  );
}
