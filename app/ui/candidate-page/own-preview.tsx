import { useTranslation } from "react-i18next";
import type { OwnPage } from "~/domain/candidate-page/own-page.server";
import { isMeasureCode, measureLabels } from "~/domain/measures/measure-codes";
import { useLocale } from "~/i18n/use-locale";
import { AnonymisedProfile } from "~/ui/candidates/anonymised-profile";

/** Exactly what an employer is shown, by the employer's own component, and what sharing would add. */
export function OwnPreview({ page }: { page: OwnPage }) {
  const { t } = useTranslation();
  const lang = useLocale();
  const adds = [
    ...page.sharingAdds.accommodations.map((a) => t(`accommodationCategories.${a}`)),
    ...page.sharingAdds.measures.map((m) => (isMeasureCode(m) ? measureLabels[m][lang] : m)),
  ];
  return (
    <section aria-labelledby="preview-title" className="mt-6">
      <h2 id="preview-title" className="text-xl font-semibold">
        {t("candidatePage.preview.title")}
      </h2>
      <p className="mb-3 mt-1">
        {page.listed
          ? t("candidatePage.preview.listed", { code: page.code })
          : t("candidatePage.preview.notListed", { code: page.code })}
      </p>
      <div className="rounded border border-gray-300 p-3">
        <AnonymisedProfile profile={page.preview} />
      </div>
      {!page.consents.SHARE_ACCOMMODATIONS && adds.length ? (
        <p className="mt-3">{t("candidatePage.preview.sharingAdds", { items: adds.join(", ") })}</p>
      ) : null}
    </section>
  );
}
