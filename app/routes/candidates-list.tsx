import { useTranslation } from "react-i18next";
import { href, Link } from "react-router";
import { z } from "zod";
import { requireOrgPermission } from "~/auth/require.server";
import { can } from "~/auth/permissions";
import { listOwnCandidates } from "~/domain/candidates/candidates.server";
import { candidateStatuses } from "~/domain/candidates/profile-options";
import { municipalityName } from "~/domain/municipalities/register";
import { isOccupationCode, occupationLabel, occupations } from "~/domain/openings/occupations";
import { searchParamsRecord } from "~/domain/openings/public-search-params";
import { db } from "~/lib/db.server";
import { withoutControlCharacters } from "~/lib/form-reply.server";
import { DataTable } from "~/ui/data-table";
import { KitForm, linkButtonClass, Notice, SelectField, SubmitButton, TextField } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/candidates-list";
import { useLocale } from "~/i18n/use-locale";

const filtersSchema = z.object({
  status: z.enum(candidateStatuses).optional().catch(undefined),
  occupationCode: z
    .string()
    .optional()
    .transform((v) => (v && isOccupationCode(v) ? v : undefined)),
  listed: z.enum(["yes", "no"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});

/**
 * The filters are posted, not put in the URL: the search box takes names, and the privacy rules
 * keep personal data out of URLs (history, logs, referrers). Status and occupation go along.
 */
async function list(request: Request, raw: Record<string, FormDataEntryValue | string | string[]>) {
  const { actor, ...viewer } = await requireOrgPermission(request, "candidate:manage");
  const filters = filtersSchema.parse(raw);
  const rows = await listOwnCandidates(db(), actor, filters);
  return {
    filters,
    canAudit: can(viewer, "candidate:audit"),
    erased: new URL(request.url).searchParams.get("melding") === "slettet",
    candidates: rows.map((c) => ({
      id: c.id,
      code: c.code,
      name: c.fullName,
      status: c.status,
      occupationCodes: c.occupationCodes,
      municipality: municipalityName(c.municipalityNumber),
      hours: c.hoursPerWeek,
      listed: Boolean(c.listingConsentAt) && c.status === "ACTIVE",
    })),
  };
}

export async function loader({ request }: Route.LoaderArgs) {
  const { q: _q, ...fromUrl } = searchParamsRecord(new URL(request.url));
  return list(request, fromUrl);
}

export async function action({ request }: Route.ActionArgs) {
  return list(request, Object.fromEntries(withoutControlCharacters(await request.formData())));
}

export default function CandidatesList({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const { filters, candidates } = actionData ?? loaderData;
  return (
    <Page title={t("candidates.title")} intro={t("candidates.intro")}>
      {loaderData.erased ? <Notice tone="success">{t("candidates.erased")}</Notice> : null}
      <p className="mb-6 flex flex-wrap gap-4">
        <Link to={href("/kandidater/ny")} className={linkButtonClass}>
          {t("candidates.new")}
        </Link>
        <Link to={href("/kandidater/henvendelser")} className="self-center text-brand-700 underline">
          {t("candidates.inquiriesLink")}
        </Link>
        {loaderData.canAudit ? (
          <Link to={href("/kandidater/logg")} className="self-center text-brand-700 underline">
            {t("candidates.auditLink")}
          </Link>
        ) : null}
      </p>
      <FilterForm filters={filters} />
      <DataTable
        caption={t("candidates.title")}
        captionHidden
        rows={candidates}
        rowKey={(c) => c.id}
        empty={t("candidates.none")}
        columns={[
          {
            header: t("candidates.colCode"),
            rowHeader: true,
            cell: (c) => (
              <Link to={href("/kandidater/:id", { id: c.id })} className="text-brand-700 underline">
                {c.code}
              </Link>
            ),
          },
          { header: t("candidates.colName"), cell: (c) => c.name ?? t("candidates.deleted") },
          {
            header: t("candidates.colOccupations"),
            cell: (c) => c.occupationCodes.map((code) => occupationLabel(code, lang)).join(", "),
          },
          { header: t("candidates.colMunicipality"), cell: (c) => c.municipality },
          { header: t("candidates.colHours"), cell: (c) => c.hours, numeric: true },
          { header: t("candidates.colListed"), cell: (c) => (c.listed ? t("candidates.yes") : t("candidates.no")) },
          { header: t("candidates.colStatus"), cell: (c) => t(`candidateStatuses.${c.status}`) },
        ]}
      />
    </Page>
  );
}

/** Posted, not put in the URL: the search box takes names (no personal data in URLs). */
function FilterForm({ filters }: { filters: z.output<typeof filtersSchema> }) {
  const { t } = useTranslation();
  const lang = useLocale();
  const [form, fields] = useZodForm(filtersSchema, undefined, {
    defaultValue: {
      q: filters.q,
      status: filters.status,
      occupationCode: filters.occupationCode,
      listed: filters.listed,
    },
  });
  const labels = {
    q: t("candidates.filterQuery"),
    status: t("candidates.filterStatus"),
    occupationCode: t("candidates.filterOccupation"),
    listed: t("candidates.filterListed"),
  };
  return (
    <section aria-label={t("candidates.filters")} className="mb-6">
      <KitForm
        form={form}
        result={undefined}
        fields={fields}
        labels={labels}
        className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <TextField meta={fields.q} label={labels.q} />
        <SelectField
          meta={fields.status}
          label={labels.status}
          placeholder={t("candidates.filterAll")}
          options={candidateStatuses.map((s) => ({ value: s, label: t(`candidateStatuses.${s}`) }))}
        />
        <SelectField
          meta={fields.occupationCode}
          label={labels.occupationCode}
          placeholder={t("candidates.filterListedAny")}
          options={occupations.map((o) => ({ value: o.code, label: o[lang] }))}
        />
        <SelectField
          meta={fields.listed}
          label={labels.listed}
          placeholder={t("candidates.filterListedAny")}
          options={[
            { value: "yes", label: t("candidates.filterListedYes") },
            { value: "no", label: t("candidates.filterListedNo") },
          ]}
        />
        <div>
          <SubmitButton tone="secondary">{t("candidates.filterApply")}</SubmitButton>
        </div>
      </KitForm>
    </section>
  );
}
