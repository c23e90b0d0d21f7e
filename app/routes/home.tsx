import { useTranslation } from "react-i18next";
import { href, redirect } from "react-router";
import { can } from "~/auth/permissions";
import { getViewer } from "~/auth/viewer.server";
import { useRootData } from "~/root";
import { Notice } from "~/ui/form";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/home";

/** A signed-in member works from "Mine oppgaver"; the front page is for visitors. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await getViewer(request);
  if (can(viewer, "worklist:read")) throw redirect(href("/oppgaver"));
  return null;
}

export default function Home() {
  const { t } = useTranslation();
  const viewer = useRootData()?.viewer ?? null;
  const audiences = [
    ["home.forEmployers", "home.forEmployersText"],
    ["home.forCompanies", "home.forCompaniesText"],
    ["home.forMunicipalities", "home.forMunicipalitiesText"],
  ] as const;
  return (
    <>
      <PageTitle>{t("home.title")}</PageTitle>
      {viewer?.organization && !viewer.organization.approved ? (
        <Notice tone="warning">{t("home.pendingApproval", { org: viewer.organization.name })}</Notice>
      ) : null}
      <h1 className="text-3xl font-bold text-brand-900">
        {viewer ? t("home.welcome", { name: viewer.name }) : t("home.title")}
      </h1>
      <p className="mt-4 max-w-3xl text-lg">{t("home.intro")}</p>
      <ul className="mt-8 grid gap-6 md:grid-cols-3">
        {audiences.map(([title, text]) => (
          <li key={title} className="min-w-0 rounded border border-gray-300 p-5 hyphens-auto [overflow-wrap:anywhere]">
            <h2 className="text-xl font-semibold text-brand-800">{t(title)}</h2>
            <p className="mt-2">{t(text)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
