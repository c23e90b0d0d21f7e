import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { awardSchema } from "~/domain/procurement/quote-schema";
import type { QuoteForBuyer } from "~/domain/procurement/procurement.server";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { formatOsloDateTime } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";
import { KitForm, SubmitButton, TextField } from "~/ui/form";
import { resultFor, useZodForm, type FormReply } from "~/ui/use-zod-form";
import { useStandingText } from "./serious-sections";
import { needsHmsCards } from "~/domain/procurement/contract-terms";
import type { ServiceArea } from "~/generated/prisma/enums";

/** The tag of an award form's answers: one form per quote. */
export const awardTag = (quoteId: string) => `award:${quoteId}`;

/** The quotes that have an award form: submitted ones, while the task is not awarded. */
export const awardable = (task: { awarded: boolean }, quotes: readonly QuoteForBuyer[]) =>
  task.awarded ? [] : quotes.filter((q) => q.status === "SUBMITTED");

/**
 * The buyer's comparison: price with VAT, team, start, the supplier's documents against what the
 * task requires, its reserved-contract declaration (why it does not count, when it does not), the
 * contract terms it confirmed, its workers' HMS cards, for a cleaning task what Renholdsregisteret
 * said and when it was asked, its payout state, and an award form (with a reason) per quote while
 * the task is not awarded.
 */
export function QuoteComparison({
  task,
  quotes,
  actionData,
}: {
  task: {
    title: string;
    requiredDocuments: string[];
    awarded: boolean;
    cleaning: boolean;
    reservedForInclusion: boolean;
    contractTerms: string[];
    serviceArea: ServiceArea | null;
  };
  quotes: readonly QuoteForBuyer[];
  actionData: FormReply | undefined;
}) {
  const { t } = useTranslation();
  const open = new Set(awardable(task, quotes).map((q) => q.id));
  const locale = useLocale();
  const nok = (ore: number) => formatNok(ore, locale);
  const standing = useStandingText();
  const hmsNeeded = needsHmsCards(task);
  return (
    <DataTable
      caption={t("procurement.quotesCaption")}
      captionHidden
      rows={quotes}
      rowKey={(q) => q.id}
      empty={t("procurement.noQuotes")}
      columns={[
        {
          header: t("procurement.supplier"),
          rowHeader: true,
          cell: (q) => (
            <>
              <span className="font-semibold">{q.company}</span>
              <span className="mt-1 block max-w-xs whitespace-pre-line">{q.deliveryPlan}</span>
            </>
          ),
        },
        { header: t("procurement.exVat"), numeric: true, cell: (q) => nok(q.priceExVatOre) },
        { header: t("procurement.vat"), numeric: true, cell: (q) => nok(q.vatOre) },
        { header: t("procurement.total"), numeric: true, cell: (q) => nok(q.priceExVatOre + q.vatOre) },
        { header: t("procurement.team"), cell: (q) => `${q.teamSize} (${q.participantsInMeasure})` },
        { header: t("procurement.start"), cell: (q) => q.startDate },
        {
          header: t("procurement.documents"),
          cell: (q) => (
            <ul>
              {q.documents.map((d) => (
                <li key={d.kind} className={q.missing.includes(d.kind) ? "font-semibold text-red-800" : undefined}>
                  {t(`procurement.docKinds.${d.kind}`)}: {t(`procurement.docStates.${d.state}`)}
                  {d.validUntil ? ` (${d.validUntil})` : ""}
                  {task.requiredDocuments.includes(d.kind) ? ` – ${t("procurement.required")}` : ""}
                </li>
              ))}
            </ul>
          ),
        },
        {
          header: t("procurement.staffInMeasure"),
          cell: (q) => (q.staffInMeasurePercent === null ? "–" : `${q.staffInMeasurePercent} %`),
        },
        ...(task.reservedForInclusion
          ? [
              {
                header: t("serious.reservedColumn"),
                cell: (q: QuoteForBuyer) => (
                  <span className={q.reserved.ok ? undefined : "font-semibold text-red-800"}>
                    {standing(q.reserved)}
                  </span>
                ),
              },
            ]
          : []),
        ...(task.contractTerms.length
          ? [
              {
                header: t("serious.termsColumn"),
                cell: (q: QuoteForBuyer) => (
                  <ul>
                    {task.contractTerms.map((term) => (
                      <li
                        key={term}
                        className={q.confirmedTerms.includes(term) ? undefined : "font-semibold text-red-800"}
                      >
                        {t(`serious.terms.${term}`)}:{" "}
                        {q.confirmedTerms.includes(term) ? t("serious.confirmed") : t("serious.notConfirmed")}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]
          : []),
        ...(hmsNeeded
          ? [
              {
                header: t("serious.workersColumn"),
                cell: (q: QuoteForBuyer) =>
                  q.workers.length ? (
                    <ul>
                      {q.workers.map((w) => (
                        <li key={w.id} className={w.valid ? undefined : "font-semibold text-red-800"}>
                          {w.name}: {w.valid ? t("serious.cardValid") : t("serious.cardExpired")} ({w.cardExpiresOn})
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="font-semibold text-red-800">{t("serious.noWorkers")}</span>
                  ),
              },
            ]
          : []),
        {
          header: t("procurement.payouts"),
          cell: (q) => (q.payoutsEnabled ? t("procurement.yes") : t("procurement.no")),
        },
        ...(task.cleaning
          ? [
              {
                header: t("registers.cleaningColumn"),
                cell: (q: QuoteForBuyer) =>
                  q.cleaningCheck ? (
                    <span className={q.cleaningCheck.outcome === "APPROVED" ? undefined : "font-semibold text-red-800"}>
                      {t("registers.checkSummary", {
                        outcome: t(`registers.outcomes.${q.cleaningCheck.outcome}`),
                        date: formatOsloDateTime(q.cleaningCheck.checkedAt, locale),
                      })}
                    </span>
                  ) : (
                    t("registers.neverChecked")
                  ),
              },
            ]
          : []),
        {
          header: t("procurement.status"),
          cell: (q) => (
            <>
              {t(`procurement.quoteStatuses.${q.status}`)}
              {open.has(q.id) ? (
                <AwardForm quoteId={q.id} company={q.company} result={resultFor(actionData, awardTag(q.id))} />
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}

function AwardForm({
  quoteId,
  company,
  result,
}: {
  quoteId: string;
  company: string;
  result: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(awardSchema, result);
  const labels = {
    reason: `${t("procurement.awardReason")} (${company})`,
    buyerReference: `${t("invoices.buyerReference")} (${company})`,
  };
  return (
    <div className="mt-2">
      <KitForm form={form} result={result} fields={fields} labels={labels}>
        <input type="hidden" name="quoteId" value={quoteId} />
        <TextField meta={fields.reason} label={labels.reason} />
        <TextField meta={fields.buyerReference} label={labels.buyerReference} hint={t("invoices.buyerReferenceHint")} />
        <SubmitButton>
          {t("procurement.award")}
          <span className="sr-only"> {company}</span>
        </SubmitButton>
      </KitForm>
    </div>
  );
}
