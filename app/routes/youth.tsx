import { useTranslation } from "react-i18next";
import { href, Link } from "react-router";
import { youthSchemeCodes } from "~/domain/measures/youth-schemes";
import { Page } from "~/ui/page";
import { YouthSchemeList } from "~/ui/youth/youth-facts";
import { QUICK_FILTERS, quickFilterHref } from "~/ui/youth/quick-filters";

/**
 * The public page for young people, in plain language (klarspråk): short sentences, the three
 * ways in, each a link into the search with the youth filter set. Static: nothing to load.
 */
export default function Youth() {
  const { t } = useTranslation();
  const search = href("/muligheter");
  const ways = [
    { title: "page.summerTitle", text: "page.summerText", link: "page.summerLink", kinds: QUICK_FILTERS[0]?.kinds },
    {
      title: "page.apprenticeTitle",
      text: "page.apprenticeText",
      link: "page.apprenticeLink",
      kinds: QUICK_FILTERS[1]?.kinds,
    },
    {
      title: "page.placementTitle",
      text: "page.placementText",
      link: "page.placementLink",
      kinds: QUICK_FILTERS[2]?.kinds,
    },
  ] as const;
  return (
    <Page title={t("youth.page.title")} intro={t("youth.page.intro")} width="medium">
      <ul className="space-y-6">
        {ways.map((w) => (
          <li key={w.title} className="rounded border border-gray-300 p-4">
            <h2 className="text-xl font-semibold text-brand-800">{t(`youth.${w.title}`)}</h2>
            <p className="mt-2">{t(`youth.${w.text}`)}</p>
            <p className="mt-3">
              <Link
                to={quickFilterHref(search, w.kinds ?? [])}
                className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
              >
                {t(`youth.${w.link}`)}
              </Link>
            </p>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-xl font-semibold">{t("youth.page.helpTitle")}</h2>
      <p className="mt-2">{t("youth.page.helpText")}</p>
      <p className="mt-4">
        <Link to={search} className="text-brand-700 underline">
          {t("youth.page.allLink")}
        </Link>
      </p>
      <h2 className="mt-8 text-xl font-semibold">{t("youth.page.employersTitle")}</h2>
      <p className="mt-2">{t("youth.page.employersText")}</p>
      <YouthSchemeList codes={youthSchemeCodes} headingLevel={3} />
    </Page>
  );
}
