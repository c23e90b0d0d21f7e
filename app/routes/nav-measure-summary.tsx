import { useTranslation } from "react-i18next";
import { data, href, Link } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { measureCatalogue, subsidyPercentForMonth } from "~/domain/measures/catalogue";
import { employerTaxRates, type EmployerTaxZone } from "~/domain/measures/cost";
import { isMeasureCode, measureLabels } from "~/domain/measures/measure-codes";
import { measureSummary } from "~/domain/nav/nav.server";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { db } from "~/lib/db.server";
import { formatDay } from "~/lib/dates";
import { DefinitionList } from "~/ui/definition-list";
import { Page } from "~/ui/page";
import type { Route } from "./+types/nav-measure-summary";

/**
 * The printable summary of one measure NAV approved: every field NAV's measure agreement asks for
 * (parties, period, percentage, wage basis, follow-up plan, contacts), so the employer fills NAV's
 * own form in one go. For the employer, the company and the invited NAV office; anyone else 404.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "nav:summary");
  const found = await measureSummary(db(), actor, params.id, params.tiltak);
  if (!found.ok) throw data(null, { status: 404 });
  return { summary: found.value, proposalId: params.id };
}

export default function NavMeasureSummary({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const { summary: s, proposalId } = loaderData;
  const code = s.measureCode;
  const name = isMeasureCode(code) ? measureLabels[code][lang] : code;
  const day = (d: string | null) => (d ? formatDay(d, lang) : "–");
  const nok = (ore: number) => formatNok(ore, lang);
  const rule = isMeasureCode(code) ? measureCatalogue[code] : null;
  const schedule = rule?.wageSubsidy
    ? s.reducedWorkCapacity
      ? rule.wageSubsidy.reducedWorkCapacity
      : rule.wageSubsidy.normal
    : null;
  const first = s.estimate?.periods[0];
  const later = schedule && s.measure.months !== null && s.measure.months > schedule.firstPeriodMonths;
  const zone = s.employerTaxZone as EmployerTaxZone;
  return (
    <Page
      title={t("navOffice.summaryTitle", { measure: name, code: s.participantCode })}
      intro={t("navOffice.summaryIntro")}
    >
      <p className="mb-6 flex flex-wrap gap-4 print:hidden">
        <Link to={href("/forslag/:id", { id: proposalId })} className="text-brand-700 underline">
          {t("navOffice.backToProposal")}
        </Link>
        <span>{t("navOffice.printHint")}</span>
      </p>
      <section aria-labelledby="summary-parties" className="mb-6">
        <h2 id="summary-parties" className="text-xl font-semibold">
          {t("navOffice.parties")}
        </h2>
        <DefinitionList
          layout="columns"
          items={[
            {
              term: t("navOffice.employer"),
              details: `${s.employer.name} (${t("navOffice.orgNumber")} ${s.employer.orgNumber})`,
            },
            {
              term: t("navOffice.company"),
              details: `${s.company.name} (${t("navOffice.orgNumber")} ${s.company.orgNumber})`,
            },
            {
              term: t("navOffice.navOffice"),
              details: `${s.navOffice.name} (${t("navOffice.orgNumber")} ${s.navOffice.orgNumber})`,
            },
            { term: t("navOffice.participant"), details: t("navOffice.participantLine", { code: s.participantCode }) },
            {
              term: t("navOffice.position"),
              details: t("navOffice.positionLine", { title: s.openingTitle, hours: s.hoursPerWeek }),
            },
          ]}
        />
      </section>
      <section aria-labelledby="summary-measure" className="mb-6">
        <h2 id="summary-measure" className="text-xl font-semibold">
          {t("navOffice.measureAndPeriod")}
        </h2>
        <DefinitionList
          layout="columns"
          items={[
            { term: t("proposals.measure"), details: name },
            { term: t("navOffice.decision"), details: t("navOffice.approvedOn", { date: day(s.decision.decidedOn) }) },
            { term: t("navOffice.period"), details: `${day(s.decision.periodFrom)} – ${day(s.decision.periodTo)}` },
            { term: t("proposals.months"), details: s.measure.months ?? t("proposals.openEnded") },
            ...(s.decision.percent !== null
              ? [
                  {
                    term: t("navOffice.percent"),
                    details: later
                      ? t("navOffice.percentWithStepDown", {
                          percent: s.decision.percent,
                          months: schedule.firstPeriodMonths,
                          later: subsidyPercentForMonth(s.measure, schedule.firstPeriodMonths + 1),
                        })
                      : `${s.decision.percent} %`,
                  },
                ]
              : []),
            {
              term: t("navOffice.reducedWorkCapacity"),
              details: s.reducedWorkCapacity ? t("navOffice.yes") : t("navOffice.no"),
            },
          ]}
        />
      </section>
      <section aria-labelledby="summary-wage" className="mb-6">
        <h2 id="summary-wage" className="text-xl font-semibold">
          {t("navOffice.wageBasis")}
        </h2>
        <DefinitionList
          layout="columns"
          items={[
            { term: t("navOffice.monthlyWage"), details: nok(s.estimatedMonthlyWageOre) },
            { term: t("navOffice.holidayPay"), details: "12 %" },
            { term: t("navOffice.pension"), details: "2 %" },
            {
              term: t("navOffice.employerTax"),
              details: t("navOffice.employerTaxLine", {
                zone: s.employerTaxZone,
                rate: ((employerTaxRates[zone] ?? 0) * 100).toFixed(1).replace(".", lang === "nb" ? "," : "."),
              }),
            },
            { term: t("navOffice.wageCostBasis"), details: s.estimate ? nok(s.estimate.monthlyWageCostOre) : "–" },
            ...(first && first.monthlySubsidyOre > 0
              ? [{ term: t("navOffice.monthlySubsidy"), details: nok(first.monthlySubsidyOre) }]
              : []),
            ...(s.estimate ? [{ term: t("navOffice.totalPublic"), details: nok(s.estimate.totalPublicOre) }] : []),
          ]}
        />
      </section>
      <section aria-labelledby="summary-follow-up" className="mb-6">
        <h2 id="summary-follow-up" className="text-xl font-semibold">
          {t("navOffice.followUpPlan")}
        </h2>
        <DefinitionList
          layout="columns"
          items={[
            { term: t("navOffice.followUpBy"), details: s.company.name },
            { term: t("navOffice.frequency"), details: t(`proposals.frequencies.${s.followUpFrequency}`) },
            {
              term: t("navOffice.trialPeriod"),
              details: s.trialPeriodWeeks ? t("proposals.trialLine", { weeks: s.trialPeriodWeeks }) : "–",
            },
          ]}
        />
      </section>
      <section aria-labelledby="summary-contacts" className="mb-6">
        <h2 id="summary-contacts" className="text-xl font-semibold">
          {t("navOffice.contacts")}
        </h2>
        <DefinitionList
          layout="columns"
          items={[
            {
              term: t("navOffice.employerContact"),
              details: [s.employer.contactName, s.employer.contactEmail].filter(Boolean).join(", "),
            },
            { term: t("navOffice.companyContact"), details: s.company.contactPerson },
            {
              term: t("navOffice.navContact"),
              details: [s.navOffice.caseHandlerName, s.navOffice.caseHandlerEmail].filter(Boolean).join(", "),
            },
          ]}
        />
      </section>
    </Page>
  );
}
