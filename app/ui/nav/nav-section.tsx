import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { inviteNavIntent } from "~/domain/nav/decision-schema";
import type { NavSide } from "~/domain/nav/nav.server";
import { KitForm, SelectField, SubmitButton } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";
import { NavDecisionsTable } from "./decisions-table";

/**
 * NAV's part of a proposal, for its employer and its company: the office invited and its decision
 * per measure; the company invites an office while none is (when the package asks for measures).
 */
export function NavSection({
  proposalId,
  nav,
  company,
  hasMeasures,
  inviteResult,
}: {
  proposalId: string;
  nav: NavSide;
  company: boolean;
  hasMeasures: boolean;
  inviteResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="nav-title" className="mt-8 rounded border border-gray-300 p-4">
      <h2 id="nav-title" className="mb-2 text-xl font-semibold">
        {t("navOffice.sectionTitle")}
      </h2>
      {nav.office ? (
        <>
          <p className="mb-3">{t("navOffice.invitedLine", { office: nav.office.name })}</p>
          <NavDecisionsTable
            proposalId={proposalId}
            decisions={nav.decisions}
            caption={t("navOffice.decisionsTitle")}
          />
        </>
      ) : !hasMeasures ? (
        <p>{t("navOffice.noMeasures")}</p>
      ) : company ? (
        <InviteForm offices={nav.offices} result={inviteResult} />
      ) : (
        <p>{t("navOffice.notInvited")}</p>
      )}
    </section>
  );
}

function InviteForm({
  offices,
  result,
}: {
  offices: NavSide["offices"];
  result: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(inviteNavIntent, result, { defaultValue: { navOfficeId: offices[0]?.id } });
  const labels = { navOfficeId: t("navOffice.office") };
  if (!offices.length) return <p>{t("navOffice.noOffices")}</p>;
  return (
    <>
      <p className="mb-3">{t("navOffice.inviteIntro")}</p>
      <KitForm form={form} result={result} fields={fields} labels={labels} intent="inviteNav">
        <SelectField
          meta={fields.navOfficeId}
          label={labels.navOfficeId}
          options={offices.map((o) => ({ value: o.id, label: o.name }))}
        />
        <SubmitButton>{t("navOffice.invite")}</SubmitButton>
      </KitForm>
    </>
  );
}
