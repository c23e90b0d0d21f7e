import type { Submission } from "@conform-to/react";
import { data } from "react-router";
import type { Refusal } from "~/domain/result";
import { translate } from "~/i18n/i18n";
import { getLocale } from "~/i18n/locale.server";

/**
 * How an action answers a form it did not carry out. Every answer names the intent, so a page
 * with several forms shows the errors on the form that was sent (resultFor in ui/use-zod-form).
 */

/** The values did not pass the schema: 400, with the errors on their fields. */
export function invalid<S>(submission: Submission<S, string[], unknown>, intent?: string, hideFields?: string[]) {
  return data({ intent, result: submission.reply({ hideFields }) }, { status: 400 });
}

/**
 * The domain said no. "notFound" (not yours, or gone) is a 404 that reveals nothing; any other
 * reason is "not now": 409 with the reason's message (`refusals.<reason>`) on its field or above
 * the form.
 */
export async function refused<S>(
  request: Request,
  submission: Submission<S, string[], unknown>,
  refusal: Refusal,
  intent?: string,
) {
  if (refusal.reason === "notFound") throw data(null, { status: 404 });
  const message = translate(await getLocale(request), `refusals.${refusal.reason}`, refusal.detail);
  const reply = refusal.field
    ? submission.reply({ fieldErrors: { [refusal.field]: [message] } })
    : submission.reply({ formErrors: [message] });
  return data({ intent, result: reply }, { status: 409 });
}
