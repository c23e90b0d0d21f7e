import { href, redirect } from "react-router";
import { logout } from "~/auth/session.server";
import { db } from "~/lib/db.server";
import type { Route } from "./+types/logout";

export async function action({ request }: Route.ActionArgs) {
  const clearCookie = await logout(db(), request);
  return redirect(`${href("/logg-inn")}?utlogget=1`, { headers: { "Set-Cookie": clearCookie } });
}

// Signing out changes state, so it is a POST; a GET (a prefetch, a crawler) only goes home.
export function loader() {
  return redirect(href("/"));
}
