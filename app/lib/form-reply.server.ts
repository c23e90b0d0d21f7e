import type { Submission } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import { data } from "react-router";
import type { Refusal } from "~/domain/result";
import { translate } from "~/i18n/i18n";
import { getLocale } from "~/i18n/locale.server";

/**
 * How an action answers a form it did not carry out. Every answer names the intent, so a page
 * with several forms shows the errors on the form that was sent (resultFor in ui/use-zod-form).
 */

/** Control characters (NUL and the like) have no place in anything a person types, and PostgreSQL refuses NUL in text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * A posted form parsed with its schema, the one way every action reads a form: control
 * characters are removed first (tabs and line breaks stay), so no value a browser can send makes
 * the database refuse it.
 */
export function parseSubmission<Schema extends z.ZodType>(formData: FormData, options: { schema: Schema }) {
  return parseWithZod(withoutControlCharacters(formData), options);
}

/** The form's values with control characters removed (for the few forms read without a Conform submission). */
export function withoutControlCharacters(formData: FormData): FormData {
  const clean = new FormData();
  for (const [name, value] of formData) {
    clean.append(name.replace(CONTROL, ""), typeof value === "string" ? value.replace(CONTROL, "") : value);
  }
  return clean;
}

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
