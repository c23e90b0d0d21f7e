import { href, redirect } from "react-router";
import { getViewer } from "~/auth/viewer.server";
import { setPreferredLocale } from "~/domain/notifications/notifications.server";
import { isLocale } from "~/i18n/i18n";
import { localeCookie } from "~/i18n/locale.server";
import { db } from "~/lib/db.server";
import { safeRedirectPath } from "~/lib/safe-redirect";
import type { Route } from "./+types/language";

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const locale = form.get("locale");
  const to = safeRedirectPath(form.get("redirectTo"));
  if (!isLocale(locale)) return redirect(to);
  // A signed-in person's mail follows the language they chose last.
  const viewer = await getViewer(request);
  if (viewer) await setPreferredLocale(db(), viewer.userId, locale);
  return redirect(to, { headers: { "Set-Cookie": await localeCookie.serialize(locale) } });
}

export function loader() {
  return redirect(href("/"));
}
