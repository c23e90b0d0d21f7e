import { createCookie } from "react-router";
import { defaultLocale, isLocale, type Locale } from "./i18n";

/** The chosen language is kept in a cookie for a year; no personal data in it. */
export const localeCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
  secure: process.env.NODE_ENV === "production",
});

export async function getLocale(request: Request): Promise<Locale> {
  const value: unknown = await localeCookie.parse(request.headers.get("Cookie"));
  return isLocale(value) ? value : defaultLocale;
}
