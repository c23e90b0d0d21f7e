import { useTranslation } from "react-i18next";
import { youthSchemes, youthSchemesFor } from "~/domain/measures/youth-schemes";
import { isTrainingKind } from "~/domain/openings/opening-kinds";
import { programmeAreas, tradeLabel, type ProgrammeArea } from "~/domain/openings/trades";
import { useLocale } from "~/i18n/use-locale";
import { DefinitionList } from "~/ui/definition-list";

type YouthOpening = {
  kind: string;
  tradeCode: string | null;
  programmeArea: string | null;
  trainingMonths: number | null;
  approvedTrainingCompany: boolean;
  startDate: string | null;
  endDate: string | null;
  ageMin: number | null;
  ageMax: number | null;
};

/** The facts of an apprenticeship, training-candidate place, summer job or placement, and the support that may apply. */
export function YouthFacts({ opening: o }: { opening: YouthOpening }) {
  const { t } = useTranslation();
  const lang = useLocale();
  const items = [
    ...(isTrainingKind(o.kind)
      ? [
          { term: t("youth.trade"), details: tradeLabel(o.tradeCode, lang) },
          {
            term: t("youth.programmeArea"),
            details: o.programmeArea ? (programmeAreas[o.programmeArea as ProgrammeArea]?.[lang] ?? "") : "",
          },
          {
            term: t("youth.length"),
            details: o.trainingMonths ? t("youth.months", { count: o.trainingMonths }) : "",
          },
          { term: t("youth.approved"), details: o.approvedTrainingCompany ? t("youth.yes") : t("youth.no") },
        ]
      : []),
    ...(o.startDate && o.endDate
      ? [{ term: t("youth.period"), details: t("youth.periodValue", { start: o.startDate, end: o.endDate }) }]
      : []),
    ...(o.ageMin !== null && o.ageMax !== null
      ? [{ term: t("youth.ages"), details: t("youth.agesValue", { min: o.ageMin, max: o.ageMax }) }]
      : []),
  ];
  const schemes = youthSchemesFor(o.kind);
  if (!items.length && !schemes.length) return null;
  return (
    <>
      {items.length ? (
        <div className="mb-6">
          <DefinitionList layout="columns" items={items} />
        </div>
      ) : null}
      {schemes.length ? <YouthSchemeList codes={schemes} headingLevel={2} /> : null}
    </>
  );
}

/** Support schemes with their rule, payer and source; provisional ones say so. */
export function YouthSchemeList({
  codes,
  headingLevel,
}: {
  codes: readonly (keyof typeof youthSchemes)[];
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation();
  const lang = useLocale();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const ItemHeading = headingLevel === 2 ? "h3" : "h4";
  return (
    <section className="mb-6 max-w-2xl">
      <Heading className="mt-6 text-xl font-semibold">{t("youth.schemesTitle")}</Heading>
      <ul className="mt-2 space-y-3">
        {codes.map((code) => {
          const s = youthSchemes[code];
          return (
            <li key={code}>
              <ItemHeading className="font-semibold">
                {s.label[lang]} {s.provisional ? <span className="font-normal">{t("youth.provisional")}</span> : null}
              </ItemHeading>
              <p>{s.rule[lang]}</p>
              <p className="text-sm">
                {t("youth.payer")}: {s.payer[lang]}.{" "}
                <a href={s.source.url} className="text-brand-700 underline break-words">
                  {t("youth.source")}: {s.source.title}
                </a>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
