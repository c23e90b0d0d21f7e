import { useTranslation } from "react-i18next";

/** In force, not started or ended, and whether the ceiling or the end is near. */
export function AgreementStatus({
  agreement,
}: {
  agreement: { inForce: boolean; status: string; nearCeiling: boolean; nearExpiry: boolean };
}) {
  const { t } = useTranslation();
  const flags = [
    agreement.nearCeiling ? t("agreements.nearCeiling") : null,
    agreement.inForce && agreement.nearExpiry ? t("agreements.nearExpiry") : null,
  ].filter(Boolean);
  return (
    <>
      {t(`agreements.statuses.${agreement.status}`)}
      {flags.map((f) => (
        <span key={f} className="block font-semibold text-amber-900">
          {f}
        </span>
      ))}
    </>
  );
}
