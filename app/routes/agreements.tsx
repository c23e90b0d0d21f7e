import { useTranslation } from "react-i18next";
import { href, Link, redirect, useSearchParams } from "react-router";
import { can } from "~/auth/permissions";
import { requireOrgPermission } from "~/auth/require.server";
import { ownershipIntent } from "~/domain/agreements/agreement-schema";
import { companiesForAgreement, listAgreements, recordOwnership } from "~/domain/agreements/agreements.server";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { db } from "~/lib/db.server";
import { formatDay } from "~/lib/dates";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { DataTable } from "~/ui/data-table";
import { KitForm, Notice, SelectField, SubmitButton, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { AgreementStatus } from "~/ui/agreements/agreement-status";
import { UnplacedReply } from "~/ui/unplaced-reply";
import { resultFor, useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/agreements";

/**
 * The agreements the organisation is a party to, with how much of each ceiling is used. A
 * municipality's members start new ones here, and its admins record which companies it owns
 * (what an in-house award rests on).
 */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "agreement:read");
  const buyer = can(actor, "agreement:manage");
  const [agreements, companies] = await Promise.all([
    listAgreements(db(), actor),
    can(actor, "ownership:record") ? companiesForAgreement(db(), actor) : Promise.resolve([]),
  ]);
  return { agreements, buyer, owner: can(actor, "ownership:record"), companies };
}

export async function action({ request }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "ownership:record");
  const submission = parseSubmission(await request.formData(), { schema: ownershipIntent });
  if (submission.status !== "success") return invalid(submission, "ownership");
  const done = await recordOwnership(db(), actor, submission.value.companyId, submission.value.sharePercent);
  if (!done.ok) return refused(request, submission, done, "ownership");
  return redirect(`${href("/avtaler")}?melding=eierskap`);
}

export default function Agreements({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const { agreements, buyer, owner, companies } = loaderData;
  return (
    <Page
      title={t("agreements.listTitle")}
      intro={buyer ? t("agreements.listIntroBuyer") : t("agreements.listIntroSupplier")}
    >
      <UnplacedReply actionData={actionData} placed={owner ? ["ownership"] : []} />
      {params.get("melding") === "eierskap" && !actionData ? (
        <Notice tone="success">{t("agreements.ownership.saved")}</Notice>
      ) : null}
      {buyer ? (
        <p className="mb-4">
          <Link to={href("/avtaler/ny")} className="text-brand-700 underline">
            {t("agreements.newLink")}
          </Link>
        </p>
      ) : null}
      <DataTable
        caption={t("agreements.caption")}
        captionHidden
        rows={agreements}
        rowKey={(a) => a.id}
        empty={t("agreements.none")}
        columns={[
          {
            header: t("agreements.columns.title"),
            rowHeader: true,
            cell: (a) => (
              <Link to={href("/avtaler/:id", { id: a.id })} className="text-brand-700 underline">
                {a.title}
              </Link>
            ),
          },
          { header: t("agreements.columns.parties"), cell: (a) => [a.buyer, ...a.suppliers].join(", ") },
          {
            header: t("agreements.columns.period"),
            cell: (a) =>
              t("agreements.period", { from: formatDay(a.startsOn, locale), to: formatDay(a.endsOn, locale) }),
          },
          {
            header: t("agreements.columns.used"),
            numeric: true,
            cell: (a) =>
              t("agreements.usedOf", {
                used: formatNok(a.usedOre, locale),
                ceiling: formatNok(a.ceilingOre, locale),
                percent: a.percent,
              }),
          },
          { header: t("agreements.columns.status"), cell: (a) => <AgreementStatus agreement={a} /> },
        ]}
      />
      {owner ? <OwnershipSection companies={companies} actionData={actionData} /> : null}
    </Page>
  );
}

function OwnershipSection({
  companies,
  actionData,
}: {
  companies: Awaited<ReturnType<typeof companiesForAgreement>>;
  actionData: Route.ComponentProps["actionData"];
}) {
  const { t } = useTranslation();
  const result = resultFor(actionData, "ownership");
  const [form, f] = useZodForm(ownershipIntent, result, { id: "ownership" });
  const owned = companies.filter((c) => c.ownShare !== null);
  const labels = { companyId: t("agreements.ownership.company"), sharePercent: t("agreements.ownership.share") };
  return (
    <section aria-labelledby="ownership-title" className="mt-10 max-w-2xl">
      <h2 id="ownership-title" className="mb-2 text-xl font-semibold">
        {t("agreements.ownership.title")}
      </h2>
      <p className="mb-4">{t("agreements.ownership.intro")}</p>
      <DataTable
        caption={t("agreements.ownership.caption")}
        captionHidden
        rows={owned}
        rowKey={(c) => c.id}
        empty={t("agreements.ownership.none")}
        columns={[
          { header: t("agreements.ownership.company"), rowHeader: true, cell: (c) => c.name },
          {
            header: t("agreements.ownership.share"),
            numeric: true,
            cell: (c) => t("agreements.ownership.percent", { percent: c.ownShare }),
          },
        ]}
      />
      <KitForm form={form} result={result} fields={f} labels={labels} intent="ownership" className="mt-4">
        <SelectField
          meta={f.companyId}
          label={labels.companyId}
          placeholder={t("agreements.ownership.chooseCompany")}
          options={companies.filter((c) => !c.ownedByOther).map((c) => ({ value: c.id, label: c.name }))}
        />
        <TextField meta={f.sharePercent} label={labels.sharePercent} type="number" />
        <SubmitButton>{t("agreements.ownership.submit")}</SubmitButton>
      </KitForm>
    </section>
  );
}
