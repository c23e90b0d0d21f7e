import { useTranslation } from "react-i18next";
import { href, Link } from "react-router";
import type { DocumentView } from "~/domain/invoicing/documents.server";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { formatDay } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";

/** Links to one document: its readable page and its EHF XML. */
export function DocumentLinks({ d }: { d: DocumentView }) {
  const { t } = useTranslation();
  const names = { kind: t(`invoices.kinds.${d.kind}`).toLowerCase(), number: d.number };
  const params = { id: d.orderId, documentId: d.id };
  return (
    <span className="inline-flex flex-wrap gap-x-3">
      <Link to={href("/bestillinger/:id/dokumenter/:documentId", params)} className="text-brand-700 underline">
        {t("invoices.view", names)}
      </Link>
      <a
        href={href("/bestillinger/:id/dokumenter/:documentId/ehf.xml", params)}
        download
        className="text-brand-700 underline"
      >
        {t("invoices.downloadXml", names)}
      </a>
    </span>
  );
}

/** The order's EHF invoices and credit notes that the reader may see, with their links. */
export function DocumentsSection({ documents }: { documents: DocumentView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="invoices-title" className="mb-8">
      <h2 id="invoices-title" className="text-xl font-semibold">
        {t("invoices.title")}
      </h2>
      <DataTable
        caption={t("invoices.title")}
        captionHidden
        rows={documents}
        rowKey={(d) => d.id}
        empty={t("invoices.none")}
        columns={[
          {
            header: t("invoices.what"),
            rowHeader: true,
            cell: (d) => `${t(`invoices.kinds.${d.kind}`)} ${d.number}: ${t(`invoices.purposes.${d.purpose}`)}`,
          },
          { header: t("invoices.issued"), cell: (d) => formatDay(d.issueDate, locale) },
          { header: t("invoices.due"), cell: (d) => (d.dueDate ? formatDay(d.dueDate, locale) : "–") },
          { header: t("invoices.total"), numeric: true, cell: (d) => formatNok(d.totalOre, locale, true) },
          { header: t("invoices.peppol"), cell: (d) => (d.sentAt ? t("invoices.sent") : t("invoices.queued")) },
          { header: t("invoices.column"), cell: (d) => <DocumentLinks d={d} /> },
        ]}
      />
    </section>
  );
}
