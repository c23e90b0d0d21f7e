import { useTranslation } from "react-i18next";
import { data, href, Link } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { nokToOre } from "~/domain/invoicing/amounts";
import { formatAccountNumber } from "~/domain/invoicing/account-number";
import { documentForReader } from "~/domain/invoicing/documents.server";
import { readUbl, type ReadParty } from "~/domain/invoicing/ubl-read";
import { formatOrgNumber } from "~/domain/organizations/org-number";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { db } from "~/lib/db.server";
import { formatDay } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";
import { DefinitionList } from "~/ui/definition-list";
import { Page } from "~/ui/page";
import type { Route } from "./+types/invoice-document";

/**
 * An EHF invoice or credit note, readable: rendered from the XML as issued (not from today's
 * records), for its issuer and its receiver only. The page prints as the document.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "invoice:read");
  const found = await documentForReader(db(), actor, params.id, params.documentId);
  if (!found.ok) throw data(null, { status: 404 });
  const { xml, ...meta } = found.value;
  return { meta, doc: readUbl(xml) };
}

export default function InvoiceDocument({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { meta, doc } = loaderData;
  const nok = (amount: string) => formatNok(nokToOre(amount), locale, true);
  const day = (d: string) => formatDay(d, locale);
  const kind = t(`invoices.kinds.${doc.kind}`);
  const party = (p: ReadParty) => [
    { term: t("invoices.orgNumber"), details: formatOrgNumber(p.orgNumber) },
    ...(p.vatId ? [{ term: t("invoices.vatId"), details: p.vatId }] : []),
    ...(p.foretaksregisteret ? [{ term: t("invoices.foretaksregisteret"), details: "✓" }] : []),
  ];
  const params = { id: meta.orderId, documentId: meta.id };
  return (
    <Page title={t("invoices.documentTitle", { kind, number: doc.number })}>
      <p className="mb-6 flex flex-wrap gap-x-4 print:hidden">
        <Link to={href("/bestillinger/:id", { id: meta.orderId })} className="text-brand-700 underline">
          {t("invoices.back")}
        </Link>
        <a
          href={href("/bestillinger/:id/dokumenter/:documentId/ehf.xml", params)}
          download
          className="text-brand-700 underline"
        >
          {t("invoices.downloadXml", { kind: kind.toLowerCase(), number: doc.number })}
        </a>
      </p>
      <DefinitionList
        layout="columns"
        items={[
          { term: t("invoices.issued"), details: day(doc.issueDate) },
          ...(doc.dueDate ? [{ term: t("invoices.due"), details: day(doc.dueDate) }] : []),
          ...(doc.credits
            ? [
                {
                  term: t("invoices.kinds.INVOICE"),
                  details: t("invoices.credits", { number: doc.credits.number, date: day(doc.credits.issueDate) }),
                },
              ]
            : []),
          { term: t("invoices.buyerReference"), details: doc.buyerReference ?? "" },
          { term: t("invoices.orderReference"), details: doc.orderReference ?? "" },
          { term: t("invoices.currency"), details: doc.currency },
          ...(doc.payment
            ? [
                { term: t("invoices.payTo"), details: formatAccountNumber(doc.payment.account) },
                { term: t("invoices.kid"), details: doc.payment.kid ?? "" },
              ]
            : []),
        ]}
      />
      <div className="my-6 grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="seller-title">
          <h2 id="seller-title" className="text-lg font-semibold">
            {t("invoices.seller")}: {doc.supplier.name}
          </h2>
          <DefinitionList layout="columns" items={party(doc.supplier)} />
        </section>
        <section aria-labelledby="customer-title">
          <h2 id="customer-title" className="text-lg font-semibold">
            {t("invoices.customer")}: {doc.customer.name}
          </h2>
          <DefinitionList layout="columns" items={party(doc.customer)} />
        </section>
      </div>
      {doc.note ? <p className="mb-4">{doc.note}</p> : null}
      <DataTable
        caption={t("invoices.lines")}
        rows={doc.lines}
        rowKey={(l) => l.id}
        columns={[
          { header: t("invoices.line"), cell: (l) => l.id },
          { header: t("invoices.description"), rowHeader: true, cell: (l) => l.name },
          { header: t("invoices.vatPercent"), numeric: true, cell: (l) => `${l.percent} %` },
          { header: t("invoices.net"), numeric: true, cell: (l) => nok(l.net) },
        ]}
      />
      <div className="mt-6">
        <DefinitionList
          layout="columns"
          items={[
            { term: t("invoices.totalNet"), details: nok(doc.totals.net) },
            ...doc.vat.map((v) => ({ term: `${t("invoices.vatAmount")} ${v.percent} %`, details: nok(v.amount) })),
            {
              term: doc.kind === "INVOICE" ? t("invoices.totalPayable") : t("invoices.totalCredited"),
              details: <strong>{nok(doc.totals.payable)}</strong>,
            },
          ]}
        />
      </div>
    </Page>
  );
}
