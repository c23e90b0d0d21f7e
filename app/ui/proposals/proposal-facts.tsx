import { useTranslation } from "react-i18next";
import { isMeasureCode, measureLabels } from "~/domain/measures/measure-codes";
import { occupationLabel } from "~/domain/openings/occupations";
import type { IntroducedContact, ProposalView } from "~/domain/proposals/proposals.server";
import { useLocale } from "~/i18n/use-locale";
import { DataTable } from "~/ui/data-table";
import { DefinitionList } from "~/ui/definition-list";

/** The candidate as the employer sees them (anonymised), beside the support package proposed. */
export function ProposalFacts({ p }: { p: ProposalView }) {
  const { t } = useTranslation();
  const lang = useLocale();
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section aria-labelledby="candidate-title">
        <h2 id="candidate-title" className="text-xl font-semibold">
          {t("proposals.candidate")}
        </h2>
        <DefinitionList
          items={[
            {
              term: t("talent.occupations"),
              details: p.candidate.occupationCodes.map((c) => occupationLabel(c, lang)).join(", "),
            },
            { term: t("talent.skills"), details: p.candidate.skills.join(", ") },
            { term: t("talent.summary"), details: p.candidate.summary, multiline: true },
            { term: t("talent.place"), details: p.candidate.municipalityName },
            { term: t("talent.availability"), details: t("talent.hours", { hours: p.candidate.hoursPerWeek }) },
            { term: t("proposals.proposedBy"), details: p.companyName },
          ]}
        />
      </section>
      <section aria-labelledby="package-title">
        <h2 id="package-title" className="mb-2 text-xl font-semibold">
          {t("proposals.package")}
        </h2>
        <DataTable
          caption={t("proposals.package")}
          captionHidden
          rows={p.measures}
          rowKey={(m) => m.code}
          columns={[
            {
              header: t("proposals.measure"),
              rowHeader: true,
              cell: (m) => (isMeasureCode(m.code) ? measureLabels[m.code][lang] : m.code),
            },
            { header: t("proposals.percent"), numeric: true, cell: (m) => m.percent ?? "–" },
            { header: t("proposals.months"), numeric: true, cell: (m) => m.months ?? t("proposals.openEnded") },
          ]}
        />
        <p className="mt-2">
          {t("proposals.followUpLine", {
            frequency: t(`proposals.frequencies.${p.followUpFrequency}`),
            person: p.contactPerson,
          })}
        </p>
        {p.accommodations.length ? (
          <p className="mt-1">{p.accommodations.map((a) => t(`accommodationCategories.${a}`)).join(", ")}</p>
        ) : null}
        {p.trialPeriodWeeks ? <p className="mt-1">{t("proposals.trialLine", { weeks: p.trialPeriodWeeks })}</p> : null}
        <blockquote className="mt-3 whitespace-pre-line border-l-4 border-gray-300 pl-3">{p.message}</blockquote>
      </section>
    </div>
  );
}

/** Name and contact data, once the candidate consented to be introduced to this employer. */
export function ContactSection({ contact }: { contact: IntroducedContact }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="contact-title" className="mb-8 rounded border-2 border-green-700 p-4">
      <h2 id="contact-title" className="text-xl font-semibold">
        {t("proposals.contact")}
      </h2>
      <p className="text-sm">{t("proposals.contactHint")}</p>
      <DefinitionList
        items={[
          { term: t("proposals.contactName"), details: contact.name },
          { term: t("proposals.contactEmail"), details: contact.email },
          { term: t("proposals.contactPhone"), details: contact.phone },
        ]}
      />
    </section>
  );
}
