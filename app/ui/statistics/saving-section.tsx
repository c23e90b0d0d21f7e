import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { SAVING_GROUPS, type DashboardParams } from "~/domain/statistics/dashboard-params";
import { peopleText, type Saving } from "~/domain/statistics/figures";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { DataTable } from "~/ui/data-table";

/**
 * The estimated public saving with its working: one row per cell (hires × monthly benefit no
 * longer paid × months), the total as the last row, and – for members – the assumptions to change
 * (a GET form: the assumptions are URL state).
 */
export function SavingSection({ saving, params }: { saving: Saving; params: DashboardParams | null }) {
  const { t } = useTranslation();
  const lang = useLocale();
  const nok = (ore: number) => formatNok(ore, lang);
  const nokRange = (from: number, to: number) => (from === to ? nok(from) : `${nok(from)} – ${nok(to)}`);
  const rows = [
    ...saving.cells.map((c) => ({
      key: c.cell,
      label: c.cell === "NONE" ? t("dashboard.assumptionDefault") : t(`targetGroups.${c.cell}`),
      hires: peopleText(c.count),
      perMonth: nok(c.monthlyOre),
      contribution: "suppressed" in c.count ? t("dashboard.leftOut") : nokRange(c.fromOre, c.toOre),
    })),
    {
      key: "total",
      label: t("dashboard.total"),
      hires: peopleText(saving.hires),
      perMonth: "",
      contribution: nokRange(saving.totalFromOre, saving.totalToOre),
    },
  ];
  return (
    <section aria-labelledby="saving-title" className="mt-8 max-w-2xl">
      <h2 id="saving-title" className="text-xl font-semibold">
        {t("dashboard.saving")}
      </h2>
      <p className="mt-1">{t("dashboard.savingFormula", { months: saving.months })}</p>
      <p className="mb-2 mt-1">{t("dashboard.savingCells")}</p>
      <DataTable
        caption={t("dashboard.savingTable")}
        captionHidden
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { header: t("dashboard.targetGroup"), rowHeader: true, cell: (r) => r.label },
          { header: t("dashboard.hires"), numeric: true, cell: (r) => r.hires },
          { header: t("dashboard.perMonth"), numeric: true, cell: (r) => r.perMonth },
          { header: t("dashboard.contribution"), numeric: true, cell: (r) => r.contribution },
        ]}
      />
      <p className="mt-2 font-semibold">
        {t("dashboard.savingResult", { total: nokRange(saving.totalFromOre, saving.totalToOre) })}
      </p>
      {params ? <AssumptionsForm params={params} /> : null}
    </section>
  );
}

const inputClass = "rounded border-2 border-gray-600 px-2 py-1";

function AssumptionsForm({ params }: { params: DashboardParams }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="mt-3 rounded border border-gray-300 p-3">
      <input type="hidden" name="period" value={params.period} />
      {params.from ? <input type="hidden" name="from" value={params.from} /> : null}
      {params.to ? <input type="hidden" name="to" value={params.to} /> : null}
      <fieldset>
        <legend className="font-semibold">{t("dashboard.assumptions")}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {([...SAVING_GROUPS, "default"] as const).map((g) => (
            <div key={g}>
              <label htmlFor={`a-${g}`} className="block text-sm">
                {g === "default" ? t("dashboard.assumptionDefault") : t(`targetGroups.${g}`)}
              </label>
              <input id={`a-${g}`} name={g} type="number" min={0} defaultValue={params[g]} className={inputClass} />
            </div>
          ))}
          <div>
            <label htmlFor="a-months" className="block text-sm">
              {t("dashboard.assumptionsMonths")}
            </label>
            <input
              id="a-months"
              name="months"
              type="number"
              min={1}
              max={60}
              defaultValue={params.months}
              className={inputClass}
            />
          </div>
        </div>
      </fieldset>
      <button
        type="submit"
        className="mt-3 rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
      >
        {t("dashboard.update")}
      </button>
    </Form>
  );
}
