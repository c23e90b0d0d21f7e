import { useTranslation } from "react-i18next";
import { data, Form, redirect, useSearchParams } from "react-router";
import { z } from "zod";
import { requireOrgPermission } from "~/auth/require.server";
import { connectStripe } from "~/domain/procurement/procurement.server";
import { documentKinds, documentStatuses } from "~/domain/procurement/supplier-documents";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { osloToday } from "~/lib/dates";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/supplier-profile";

const documentInput = z.object({
  kind: z.enum(documentKinds),
  reference: z.string().trim().min(2).max(100),
  issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  validUntil: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireOrgPermission(request, "supplier:manage");
  const org = await db().organization.findUniqueOrThrow({ where: { id: viewer.organization.id }, select: { staffInMeasurePercent: true, supplierDocuments: true, stripeAccount: { select: { payoutsEnabled: true } } } });
  return { statuses: documentStatuses(org.supplierDocuments, osloToday()), staff: org.staffInMeasurePercent, payoutsEnabled: org.stripeAccount?.payoutsEnabled ?? false, today: osloToday() };
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = await requireOrgPermission(request, "supplier:manage");
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "stripe") {
    const link = await connectStripe(db(), { userId: viewer.userId, organizationId: viewer.organization.id }, appOrigin());
    return link.ok ? redirect(link.url) : data({ error: "stripe" as const, message: link.message }, { status: 409 });
  }
  if (intent === "staff") {
    const pct = z.coerce.number().int().min(0).max(100).safeParse(form.get("staff"));
    if (!pct.success) return data({ error: "staff" as const }, { status: 400 });
    await db().organization.update({ where: { id: viewer.organization.id }, data: { staffInMeasurePercent: pct.data } });
    return redirect("/organisasjon/leverandor?melding=lagret");
  }
  const doc = documentInput.safeParse(Object.fromEntries(form));
  if (!doc.success) return data({ error: "document" as const }, { status: 400 });
  await db().supplierDocument.create({
    data: { companyId: viewer.organization.id, kind: doc.data.kind, reference: doc.data.reference, issuedOn: new Date(`${doc.data.issuedOn}T00:00:00Z`), validUntil: doc.data.validUntil ? new Date(`${doc.data.validUntil}T00:00:00Z`) : null },
  });
  return redirect("/organisasjon/leverandor?melding=lagret");
}

export default function SupplierProfile({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const input = "mt-1 block w-full max-w-xs rounded border-2 border-gray-600 px-2 py-1";
  return (
    <Page title={t("procurement.supplierTitle")} intro={t("procurement.supplierIntro")}>
      {params.get("melding") === "lagret" && !actionData ? <Notice tone="success">{t("procurement.saved")}</Notice> : null}
      {params.get("melding") === "stripe" ? <Notice tone="success">{t("procurement.stripeConnected")}</Notice> : null}
      {actionData?.error === "stripe" ? <Notice tone="warning">{t("procurement.stripeError", { message: actionData.message })}</Notice> : actionData?.error ? <Notice tone="warning">{t("errors.generic")}</Notice> : null}
      <table className="mb-6 w-full max-w-2xl border-collapse text-left text-sm">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-1 pr-3">{t("procurement.kind")}</th>
            <th scope="col" className="py-1 pr-3">{t("procurement.status")}</th>
            <th scope="col" className="py-1 pr-3">{t("procurement.validUntil")}</th>
            <th scope="col" className="py-1">{t("procurement.reference")}</th>
          </tr>
        </thead>
        <tbody>
          {loaderData.statuses.map((s) => (
            <tr key={s.kind} className="border-b border-gray-200">
              <th scope="row" className="py-1 pr-3 font-normal">{t(`procurement.docKinds.${s.kind}`)}</th>
              <td className={`py-1 pr-3 ${s.state === "valid" ? "" : "font-semibold text-red-800"}`}>{t(`procurement.docStates.${s.state}`)}</td>
              <td className="py-1 pr-3">{s.validUntil ?? "–"}</td>
              <td className="py-1">{s.reference ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Form method="post" className="mb-8 max-w-xl rounded border border-gray-300 p-4">
        <input type="hidden" name="intent" value="document" />
        <h2 className="text-lg font-semibold">{t("procurement.addDocument")}</h2>
        <label htmlFor="doc-kind" className="mt-2 block font-semibold">{t("procurement.kind")}</label>
        <select id="doc-kind" name="kind" className={input}>
          {documentKinds.map((k) => (
            <option key={k} value={k}>{t(`procurement.docKinds.${k}`)}</option>
          ))}
        </select>
        <label htmlFor="doc-ref" className="mt-2 block font-semibold">{t("procurement.reference")}</label>
        <input id="doc-ref" name="reference" required className={input} />
        <label htmlFor="doc-issued" className="mt-2 block font-semibold">{t("procurement.issuedOn")}</label>
        <input id="doc-issued" name="issuedOn" type="date" required defaultValue={loaderData.today} className={input} />
        <label htmlFor="doc-valid" className="mt-2 block font-semibold">{t("procurement.validUntil")}</label>
        <input id="doc-valid" name="validUntil" type="date" className={input} />
        <button type="submit" className="mt-3 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("procurement.save")}</button>
      </Form>
      <Form method="post" className="mb-8 max-w-xl rounded border border-gray-300 p-4">
        <input type="hidden" name="intent" value="staff" />
        <label htmlFor="staff" className="block font-semibold">{t("procurement.staffPercent")}</label>
        <p id="staff-hint" className="text-sm text-gray-700">{t("procurement.staffHint")}</p>
        <input id="staff" name="staff" type="number" min={0} max={100} defaultValue={loaderData.staff ?? ""} aria-describedby="staff-hint" className={input} />
        <button type="submit" className="mt-3 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("procurement.save")}</button>
      </Form>
      <section aria-labelledby="stripe-title" className="max-w-xl">
        <h2 id="stripe-title" className="text-xl font-semibold">{t("procurement.stripeTitle")}</h2>
        <p className="mt-1">{loaderData.payoutsEnabled ? t("procurement.stripeReady") : t("procurement.stripeNotReady")}</p>
        {loaderData.payoutsEnabled ? null : (
          <Form method="post" className="mt-2">
            <input type="hidden" name="intent" value="stripe" />
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("procurement.connectStripe")}</button>
          </Form>
        )}
      </section>
    </Page>
  );
}
