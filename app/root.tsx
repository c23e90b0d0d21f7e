import { useMemo } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import {
  data,
  href,
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import "./app.css";
import { getViewer } from "./auth/viewer.server";
import { unreadCount } from "./domain/notifications/notifications.server";
import { usingTestDouble } from "./domain/payments/stripe.server";
import { db } from "./lib/db.server";
import { defaultLocale, getI18n, type Locale } from "./i18n/i18n";
import { getLocale } from "./i18n/locale.server";
import { localeFromPath } from "./i18n/localized-paths";
import { useNonce } from "./ui/nonce";
import { SiteHeader } from "./ui/site-header";

export async function loader({ request }: Route.LoaderArgs) {
  const [cookieLocale, viewer] = await Promise.all([getLocale(request), getViewer(request)]);
  const locale = localeFromPath(new URL(request.url).pathname) ?? cookieLocale;
  const unread = viewer ? await unreadCount(db(), viewer.userId) : 0;
  return data({ locale, viewer, unread, testPayments: usingTestDouble() });
}

export type RootLoaderData = Awaited<ReturnType<typeof loader>>["data"];

export function useRootData(): RootLoaderData | undefined {
  return useRouteLoaderData<typeof loader>("root");
}

export function Layout({ children }: { children: React.ReactNode }) {
  const rootData = useRootData();
  const locale: Locale = rootData?.locale ?? defaultLocale;
  const i18n = useMemo(() => getI18n(locale), [locale]);
  const nonce = useNonce();
  return (
    <html lang={locale === "nb" ? "nb" : "en"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col bg-white font-sans text-gray-900">
        <I18nextProvider i18n={i18n}>
          <SkipLink />
          <SiteHeader
            viewer={rootData?.viewer ?? null}
            unread={rootData?.unread ?? 0}
            testPayments={rootData?.testPayments ?? false}
          />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <Footer />
        </I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-800 focus:shadow"
    >
      {t("app.skipToContent")}
    </a>
  );
}

function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="border-t border-gray-200 bg-gray-50">
      <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-gray-700">{t("app.footer")}</p>
    </footer>
  );
}

export default function App() {
  return <Outlet />;
}

const knownStatuses = [400, 401, 403, 404, 429, 500] as const;

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const key = (knownStatuses as readonly number[]).includes(status) ? status : status >= 500 ? 500 : 400;
  return (
    <section aria-labelledby="error-title" className="max-w-2xl">
      <title>{`${t(`errorPage.title${key}`)} – Arbeidsbro`}</title>
      <p className="text-sm font-semibold text-gray-700">{t("errorPage.status", { status })}</p>
      <h1 id="error-title" className="mt-2 text-3xl font-bold">
        {t(`errorPage.title${key}`)}
      </h1>
      <p className="mt-4 text-lg">{t(`errorPage.text${key}`)}</p>
      <p className="mt-6">
        <a href={href("/")} className="text-brand-700 underline">
          {t("errorPage.backHome")}
        </a>
      </p>
    </section>
  );
}
