import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { registersIntent } from "~/domain/procurement/supplier-schema";
import type { CheckView } from "~/domain/registers/registers.server";
import type { RegisterKind } from "~/generated/prisma/enums";
import { useLocale } from "~/i18n/use-locale";
import { formatOsloDateTime } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";
import { ActionButton, Notice } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

const GOOD = new Set(["ACTIVE", "APPROVED"]);
const text = (v: unknown): string | null => (typeof v === "string" && v ? v : null);

/**
 * What the public registers last said about the organisation and when; anything that stops it
 * from quoting stands out. A button asks both registers again.
 */
export function RegisterSection({
  checks,
  isDouble,
  result,
}: {
  checks: Record<RegisterKind, CheckView | null>;
  isDouble: boolean;
  result: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = useZodForm(registersIntent, result);
  const rows = (["ENHETSREGISTERET", "RENHOLDSREGISTERET"] as const).map((register) => ({
    register,
    check: checks[register],
  }));
  return (
    <section aria-labelledby="registers-title" className="mb-8 max-w-3xl">
      <h2 id="registers-title" className="text-xl font-semibold">
        {t("registers.title")}
      </h2>
      <p className="mb-2 mt-1">{t("registers.intro")}</p>
      {isDouble ? <Notice>{t("registers.double")}</Notice> : null}
      <DataTable
        caption={t("registers.title")}
        captionHidden
        rows={rows}
        rowKey={(r) => r.register}
        columns={[
          {
            header: t("registers.register"),
            rowHeader: true,
            cell: (r) =>
              t(r.register === "ENHETSREGISTERET" ? "registers.enhetsregisteret" : "registers.renholdsregisteret"),
          },
          {
            header: t("registers.answer"),
            cell: (r) => {
              if (!r.check) return t("registers.neverChecked");
              const name = text(r.check.detail.name);
              const form = text(r.check.detail.form);
              return (
                <>
                  <span className={GOOD.has(r.check.outcome) ? undefined : "font-semibold text-red-800"}>
                    {t(`registers.outcomes.${r.check.outcome}`)}
                  </span>
                  {name ? (
                    <span className="block">{t("registers.registeredAs", { name, form: form ?? "–" })}</span>
                  ) : null}
                  {r.check.detail.vatRegistered === true ? (
                    <span className="block">{t("registers.vatRegistered")}</span>
                  ) : r.check.detail.vatRegistered === false ? (
                    <span className="block">{t("registers.notVatRegistered")}</span>
                  ) : null}
                </>
              );
            },
          },
          {
            header: t("registers.checkedAt"),
            cell: (r) => (r.check ? formatOsloDateTime(r.check.checkedAt, locale) : "–"),
          },
        ]}
      />
      <div className="mt-3">
        <ActionButton form={form} result={result} intent="registers">
          {t("registers.checkAgain")}
        </ActionButton>
      </div>
    </section>
  );
}
