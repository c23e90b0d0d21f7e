import { useTranslation } from "react-i18next";
import { data, href, Link, redirect, useSearchParams } from "react-router";
import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { requireOrgPermission } from "~/auth/require.server";
import { callOffIntent, contactIntent, extendIntent, priceIntent } from "~/domain/agreements/agreement-schema";
import {
  addPrice,
  callOff,
  extendAgreement,
  getAgreement,
  setSupplierContact,
} from "~/domain/agreements/agreements.server";
import { addMonths } from "~/domain/agreements/ceilings";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { db } from "~/lib/db.server";
import { formatDay, formatOsloDateTime } from "~/lib/dates";
import { appOrigin } from "~/lib/env.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { AgreementStatus } from "~/ui/agreements/agreement-status";
import { CallOffForm, ContactForm, ExtendForm, PriceForm } from "~/ui/agreements/agreement-forms";
import { UsageChart } from "~/ui/agreements/usage-chart";
import { DataTable } from "~/ui/data-table";
import { DefinitionList } from "~/ui/definition-list";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import { UnplacedReply } from "~/ui/unplaced-reply";
import type { Route } from "./+types/agreement";

/**
 * One agreement for either party: its terms, suppliers and price list, used against the ceiling
 * per quarter, and its call-offs with their orders. The municipality calls off, adds prices and
 * uses options here; a supplier names its contact person.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "agreement:read");
  const agreement = await getAgreement(db(), actor, params.id);
  if (!agreement.ok) throw data(null, { status: 404 });
  return {
    agreement: agreement.value,
    manage: agreement.value.side === "buyer" && can(actor, "agreement:manage"),
    contact: agreement.value.side === "supplier" && can(actor, "agreement:contact"),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const formData = await request.formData();
  const intent = formData.get("intent");
  // The municipality's forms and the supplier's form: a member of the other kind gets 403 before anything is read.
  const { actor } = await requireOrgPermission(
    request,
    intent === "contact" ? "agreement:contact" : "agreement:manage",
  );
  const context = { request, actor, agreementId: params.id, formData };
  switch (intent) {
    case "price":
      return priceAction(context);
    case "extend":
      return extendAction(context);
    case "contact":
      return contactAction(context);
    default:
      return callOffAction(context);
  }
}

type IntentContext = { request: Request; actor: Actor; agreementId: string; formData: FormData };

const here = (agreementId: string, message: string) =>
  redirect(`${href("/avtaler/:id", { id: agreementId })}?melding=${message}`);

async function callOffAction({ request, actor, agreementId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: callOffIntent });
  if (submission.status !== "success") return invalid(submission, "callOff");
  const { intent: _intent, ...input } = submission.value;
  const done = await callOff(db(), actor, agreementId, input, appOrigin());
  return done.ok ? here(agreementId, "avrop") : refused(request, submission, done, "callOff");
}

async function priceAction({ request, actor, agreementId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: priceIntent });
  if (submission.status !== "success") return invalid(submission, "price");
  const done = await addPrice(db(), actor, agreementId, submission.value);
  return done.ok ? here(agreementId, "pris") : refused(request, submission, done, "price");
}

async function extendAction({ request, actor, agreementId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: extendIntent });
  if (submission.status !== "success") return invalid(submission, "extend");
  const done = await extendAgreement(db(), actor, agreementId);
  return done.ok ? here(agreementId, "forlenget") : refused(request, submission, done, "extend");
}

async function contactAction({ request, actor, agreementId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: contactIntent });
  if (submission.status !== "success") return invalid(submission, "contact");
  const done = await setSupplierContact(db(), actor, agreementId, submission.value);
  return done.ok ? here(agreementId, "kontakt") : refused(request, submission, done, "contact");
}

const MESSAGES: Record<string, string> = {
  opprettet: "agreements.created",
  avrop: "agreements.callOff.done",
  pris: "agreements.addPrice.saved",
  forlenget: "agreements.extend.done",
  kontakt: "agreements.contact.saved",
};

export default function Agreement({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const { agreement: a, manage, contact } = loaderData;
  const message = MESSAGES[params.get("melding") ?? ""];
  const nok = (ore: number) => formatNok(ore, locale);
  const canCallOff = manage && a.inForce && a.prices.length > 0;
  const placed = [
    ...(canCallOff ? ["callOff"] : []),
    ...(manage ? ["price"] : []),
    ...(manage && a.optionsLeft > 0 && a.status !== "ended" ? ["extend"] : []),
    ...(contact ? ["contact"] : []),
  ];
  return (
    <Page title={a.title}>
      {message && !actionData ? <Notice tone="success">{t(message)}</Notice> : null}
      <UnplacedReply actionData={actionData} placed={placed} />
      <DefinitionList
        layout="columns"
        items={[
          { term: t("agreements.facts.buyer"), details: a.buyer },
          { term: t("agreements.facts.basis"), details: t(`agreements.bases.${a.legalBasis}`) },
          {
            term: t("agreements.facts.period"),
            details: t("agreements.period", { from: formatDay(a.startsOn, locale), to: formatDay(a.endsOn, locale) }),
          },
          {
            term: t("agreements.facts.options"),
            details: t("agreements.facts.optionsValue", { count: a.optionsLeft, months: a.optionMonths }),
          },
          { term: t("agreements.columns.status"), details: <AgreementStatus agreement={a} /> },
          { term: t("agreements.facts.ceiling"), details: nok(a.ceilingOre) },
          {
            term: t("agreements.facts.used"),
            details: t("agreements.usedOf", { used: nok(a.usedOre), ceiling: nok(a.ceilingOre), percent: a.percent }),
          },
          { term: t("agreements.facts.remaining"), details: nok(a.remainingOre) },
          { term: t("agreements.facts.buyerContact"), details: `${a.buyerContact.name} (${a.buyerContact.email})` },
        ]}
      />
      <h2 className="mb-2 mt-8 text-xl font-semibold">{t("agreements.suppliersTitle")}</h2>
      <DataTable
        caption={t("agreements.suppliersCaption")}
        captionHidden
        rows={a.supplierRows}
        rowKey={(s) => s.id}
        columns={[
          { header: t("agreements.supplierColumns.company"), rowHeader: true, cell: (s) => s.company },
          {
            header: t("agreements.supplierColumns.contact"),
            cell: (s) => (s.contactName ? `${s.contactName} (${s.contactEmail ?? ""})` : t("agreements.noContact")),
          },
          ...(a.legalBasis === "IN_HOUSE"
            ? [
                {
                  header: t("agreements.supplierColumns.ownership"),
                  numeric: true,
                  cell: (s: (typeof a.supplierRows)[number]) => `${s.ownershipPercent ?? 0} %`,
                },
              ]
            : []),
        ]}
      />
      {contact ? (
        <ContactForm
          actionData={actionData}
          defaults={a.supplierRows.find((s) => s.own) ?? { contactName: null, contactEmail: null }}
        />
      ) : null}
      <h2 className="mb-2 mt-8 text-xl font-semibold">{t("agreements.usageTitle")}</h2>
      <UsageChart quarters={a.quarters} ceilingOre={a.ceilingOre} />
      <h2 className="mb-2 mt-8 text-xl font-semibold">{t("agreements.pricesTitle")}</h2>
      <DataTable
        caption={t("agreements.pricesCaption")}
        captionHidden
        rows={a.prices}
        rowKey={(p) => p.id}
        columns={[
          { header: t("agreements.priceColumns.service"), rowHeader: true, cell: (p) => p.service },
          { header: t("agreements.priceColumns.unit"), cell: (p) => t(`agreements.units.${p.unit}`) },
          { header: t("agreements.priceColumns.price"), numeric: true, cell: (p) => nok(p.priceExVatOre) },
        ]}
      />
      {manage ? <PriceForm actionData={actionData} /> : null}
      <h2 className="mb-2 mt-8 text-xl font-semibold">{t("agreements.callOffsTitle")}</h2>
      {canCallOff ? (
        <CallOffForm
          actionData={actionData}
          left={nok(a.remainingOre)}
          suppliers={a.supplierRows.map((s) => ({ value: s.id, label: s.company }))}
          prices={a.prices.map((p) => ({
            value: p.id,
            label: t("agreements.callOff.priceOption", {
              service: p.service,
              price: nok(p.priceExVatOre),
              unit: t(`agreements.units.${p.unit}`),
            }),
          }))}
        />
      ) : manage && !a.inForce ? (
        <p className="mb-4">{t("agreements.notInForce")}</p>
      ) : null}
      <DataTable
        caption={t("agreements.callOffsCaption")}
        captionHidden
        rows={a.callOffs}
        rowKey={(c) => c.id}
        empty={t("agreements.noCallOffs")}
        columns={[
          { header: t("agreements.callOffColumns.date"), cell: (c) => formatOsloDateTime(c.calledOffAt, locale) },
          {
            header: t("agreements.callOffColumns.title"),
            rowHeader: true,
            cell: (c) => (
              <Link to={href("/bestillinger/:id", { id: c.orderId })} className="text-brand-700 underline">
                {c.title}
              </Link>
            ),
          },
          { header: t("agreements.callOffColumns.company"), cell: (c) => c.company },
          {
            header: t("agreements.callOffColumns.quantity"),
            cell: (c) => t("agreements.quantityOf", { quantity: c.quantity, service: c.service }),
          },
          { header: t("agreements.callOffColumns.amount"), numeric: true, cell: (c) => nok(c.amountExVatOre) },
          { header: t("agreements.callOffColumns.status"), cell: (c) => t(`procurement.orderStatuses.${c.status}`) },
        ]}
      />
      {manage && a.optionsLeft > 0 && a.status !== "ended" ? (
        <ExtendForm
          actionData={actionData}
          months={a.optionMonths}
          until={formatDay(addMonths(a.endsOn, a.optionMonths), locale)}
        />
      ) : null}
    </Page>
  );
}
