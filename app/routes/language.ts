import { href, redirect } from "react-router";
import { getViewer } from "~/auth/viewer.server";
import { setPreferredLocale } from "~/domain/notifications/notifications.server";
import { languageSchema } from "~/i18n/language-schema";
import { localeCookie } from "~/i18n/locale.server";
import { db } from "~/lib/db.server";
import { safeRedirectPath } from "~/lib/safe-redirect";
import type { Route } from "./+types/language";
import { parseSubmission } from "~/lib/form-reply.server";

/** The header's language switch: sets the language cookie and goes back (a language we do not have changes nothing). */
export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const to = safeRedirectPath(formData.get("redirectTo"));
  const submission = parseSubmission(formData, { schema: languageSchema });
  if (submission.status !== "success") return redirect(to);
  // A signed-in person's mail follows the language they chose last.
  const viewer = await getViewer(request);
  if (viewer) await setPreferredLocale(db(), viewer.userId, submission.value.locale);
  return redirect(to, { headers: { "Set-Cookie": await localeCookie.serialize(submission.value.locale) } });
}

export function loader() {
  return redirect(href("/"));
}
