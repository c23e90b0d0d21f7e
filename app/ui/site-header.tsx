import { useTranslation } from "react-i18next";
import { href, Link, NavLink, useLocation } from "react-router";
import { z } from "zod";
import { can } from "~/auth/permissions";
import type { Viewer } from "~/auth/viewer";
import { languageSchema } from "~/i18n/language-schema";
import { twinPath } from "~/i18n/localized-paths";
import { useLocale } from "~/i18n/use-locale";
import { KitForm } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

export function SiteHeader({
  viewer,
  unread = 0,
  testPayments = false,
}: {
  viewer: Viewer | null;
  unread?: number;
  testPayments?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const location = useLocation();
  const here = location.pathname + location.search;
  const otherLocale: "nb" | "en" = locale === "en" ? "nb" : "en";
  const navClass = ({ isActive }: { isActive: boolean }) =>
    `rounded px-2 py-1 underline-offset-4 hover:underline ${isActive ? "font-semibold underline" : ""}`;

  return (
    <header className="border-b border-gray-200 bg-brand-50">
      {testPayments ? (
        <p className="bg-amber-100 px-4 py-1 text-center text-sm font-semibold text-amber-950">
          {t("procurement.testPayments")}
        </p>
      ) : null}
      {/* On a phone the menu folds into a disclosure (no JavaScript needed), so content starts
          within the first screen; from 768 px it is an open row (app.css). */}
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2 md:py-3">
        <Link to={href("/")} className="text-xl font-bold text-brand-800">
          {t("app.name")}
        </Link>
        <details className="nav-disclosure order-last w-full md:order-none md:w-auto">
          <summary className="cursor-pointer rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800">
            {t("youth.menu")}
          </summary>
          <nav aria-label={t("app.mainNav")}>
            <ul className="flex flex-wrap items-center gap-2 text-brand-900">
              <li>
                {can(viewer, "worklist:read") ? (
                  <NavLink to={href("/oppgaver")} className={navClass}>
                    {t("nav.myTasks")}
                  </NavLink>
                ) : (
                  <NavLink to={href("/")} end className={navClass}>
                    {t("nav.home")}
                  </NavLink>
                )}
              </li>
              <li>
                <NavLink to={href("/muligheter")} className={navClass}>
                  {t("nav.search")}
                </NavLink>
              </li>
              <li>
                <NavLink to={href("/ung")} className={navClass}>
                  {t("youth.navLink")}
                </NavLink>
              </li>
              <li>
                <NavLink to={href("/kostnadskalkulator")} className={navClass}>
                  {t("nav.calculator")}
                </NavLink>
              </li>
              {can(viewer, "opening:list") ? (
                <li>
                  <NavLink to={href("/stillinger")} className={navClass}>
                    {t("nav.openings")}
                  </NavLink>
                </li>
              ) : null}
              {can(viewer, "candidate:manage") ? (
                <li>
                  <NavLink to={href("/kandidater")} className={navClass}>
                    {t("nav.candidates")}
                  </NavLink>
                </li>
              ) : null}
              {can(viewer, "nav:decide") ? (
                <li>
                  <NavLink to={href("/nav")} className={navClass}>
                    {t("navOffice.menu")}
                  </NavLink>
                </li>
              ) : null}
              {can(viewer, "followup:record") ? (
                <li>
                  <NavLink to={href("/oppfolging")} className={navClass}>
                    {t("followUp.title")}
                  </NavLink>
                </li>
              ) : null}
              {can(viewer, "order:read") ? (
                <li>
                  <NavLink to={href("/bestillinger")} className={navClass}>
                    {t("nav.orders")}
                  </NavLink>
                </li>
              ) : null}
              {can(viewer, "agreement:read") ? (
                <li>
                  <NavLink to={href("/avtaler")} className={navClass}>
                    {t("agreements.nav")}
                  </NavLink>
                </li>
              ) : null}
              {can(viewer, "supplier:manage") ? (
                <li>
                  <NavLink to={href("/organisasjon/leverandor")} className={navClass}>
                    {t("nav.supplier")}
                  </NavLink>
                </li>
              ) : null}
              {can(viewer, "statistics:read") ? (
                <li>
                  <NavLink to={href("/kommune/statistikk")} className={navClass}>
                    {t("nav.statistics")}
                  </NavLink>
                </li>
              ) : null}
              {can(viewer, "talent:search") ? (
                <li>
                  <NavLink to={href("/talentsok")} className={navClass}>
                    {t("nav.talent")}
                  </NavLink>
                </li>
              ) : null}
              {viewer ? (
                <li>
                  <NavLink to={href("/varsler")} className={navClass}>
                    {unread ? t("nav.notificationsUnread", { count: unread }) : t("nav.notifications")}
                  </NavLink>
                </li>
              ) : null}
              {viewer?.organization ? (
                <li>
                  <NavLink to={href("/organisasjon")} className={navClass}>
                    {t("nav.organization")}
                  </NavLink>
                </li>
              ) : null}
              {viewer?.isPlatformAdmin ? (
                <>
                  <li>
                    <NavLink to={href("/admin")} end className={navClass}>
                      {t("nav.admin")}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to={href("/admin/utboks")} className={navClass}>
                      {t("nav.outbox")}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to={href("/admin/stripe")} className={navClass}>
                      {t("nav.stripeEvents")}
                    </NavLink>
                  </li>
                </>
              ) : null}
              {viewer ? null : (
                <>
                  <li>
                    <NavLink to={href("/registrer")} className={navClass}>
                      {t("nav.signup")}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to={href("/logg-inn")} className={navClass}>
                      {t("nav.login")}
                    </NavLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
        </details>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {viewer ? (
            <p data-testid="viewer" className="text-gray-800">
              <span className="block font-semibold">{t("app.signedInAs", { name: viewer.name })}</span>
              <span className="block">
                {viewer.organization
                  ? t("app.orgAndRole", {
                      org: viewer.organization.name,
                      role: t(`roles.${viewer.organization.role}`),
                    })
                  : viewer.isPlatformAdmin
                    ? t("roles.platformAdmin")
                    : null}
              </span>
            </p>
          ) : null}
          <LanguageSwitch to={otherLocale} redirectTo={twinPath(here, otherLocale)} />
          {viewer ? <SignOut /> : null}
        </div>
      </div>
    </header>
  );
}

/** The switch to the other language; it brings the reader back to the same page in that language. */
function LanguageSwitch({ to, redirectTo }: { to: "nb" | "en"; redirectTo: string }) {
  const { t } = useTranslation();
  const [form] = useZodForm(languageSchema, undefined);
  return (
    <KitForm form={form} result={undefined} fields={{}} labels={{}} action={href("/sprak")}>
      <input type="hidden" name="locale" value={to} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <button
        type="submit"
        lang={to}
        aria-label={t("app.switchToLabel")}
        className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-100"
      >
        {t("app.switchTo")}
      </button>
    </KitForm>
  );
}

/** Signing out takes no values: the form is the button. */
const signOutSchema = z.object({});

function SignOut() {
  const { t } = useTranslation();
  const [form] = useZodForm(signOutSchema, undefined);
  return (
    <KitForm form={form} result={undefined} fields={{}} labels={{}} action={href("/logg-ut")}>
      <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white hover:bg-brand-800">
        {t("nav.logout")}
      </button>
    </KitForm>
  );
}
