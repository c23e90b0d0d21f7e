import { ErrorSummary } from "~/ui/form";
import type { FormReply } from "~/ui/use-zod-form";

/**
 * The answer to a form the page no longer shows. A refusal usually means the record moved on
 * meanwhile (someone else acted), and the page rendered afresh – always so without JavaScript –
 * no longer has the form that was sent; its messages then stand here, at the top of the page.
 * `placed`: the intents of the forms the page shows.
 */
export function UnplacedReply({
  actionData,
  placed,
}: {
  actionData: FormReply | undefined;
  placed: readonly string[];
}) {
  const result =
    actionData?.intent && !placed.includes(actionData.intent) ? (actionData.result ?? undefined) : undefined;
  const messages = Object.values(result?.error ?? {}).flatMap((e) => e ?? []);
  return <ErrorSummary fields={[]} formErrors={messages} resultKey={result} />;
}
