import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { requireViewer } from "~/auth/require.server";
import { can } from "~/auth/permissions";
import { getOrganizationOverview } from "~/domain/organizations/organizations.server";
import { db } from "~/lib/db.server";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/organization";

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  if (!viewer.organization) return { overview: null, canInvite: false };
  const overview = await getOrganizationOverview(db(), viewer.organization.id);
  return { overview, canInvite: can(viewer, "member:invite", { organizationId: viewer.organization.id }) };
}

export default function Organization({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { overview, canInvite } = loaderData;
  if (!overview) {
    return (
      <Page title={t("organization.title")}>
        <p>{t("organization.noOrganization")}</p>
      </Page>
    );
  }
  return (
    <Page title={overview.name}>
      {params.get("registrert") ? <Notice tone="success">{t("signup.done")}</Notice> : null}
      {params.get("velkommen") ? <Notice tone="success">{t("invite.accepted", { org: overview.name })}</Notice> : null}
      {params.get("invitert") ? <Notice tone="success">{t("invite.sent")}</Notice> : null}
      <dl className=" grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t("organization.orgNumber")}</dt>
        <dd>{overview.orgNumberFormatted}</dd>
        <dt className="font-semibold">{t("organization.kind")}</dt>
        <dd>{t(`orgKinds.${overview.kind}`)}</dd>
        <dt className="font-semibold">{t("organization.municipality")}</dt>
        <dd>{overview.municipalityName}</dd>
        <dt className="font-semibold">{t("organization.status")}</dt>
        <dd>{overview.approved ? t("organization.approved") : t("organization.pending")}</dd>
      </dl>
      <h2 className="mt-8 text-2xl font-semibold">{t("organization.members")}</h2>
      <table className="mt-3 w-full max-w-3xl border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-4">
              {t("organization.memberName")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("organization.memberEmail")}
            </th>
            <th scope="col" className="py-2">
              {t("organization.memberRole")}
            </th>
          </tr>
        </thead>
        <tbody>
          {overview.members.map((m) => (
            <tr key={m.userId} className="border-b border-gray-200">
              <td className="py-2 pr-4">{m.name}</td>
              <td className="py-2 pr-4">{m.email}</td>
              <td className="py-2">{t(`roles.${m.role}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {canInvite ? (
        <p className="mt-6">
          <Link to="/organisasjon/inviter" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("invite.title")}
          </Link>
        </p>
      ) : null}
    </Page>
  );
}
