import { useTranslation } from "react-i18next";
import { href, Link, useSearchParams } from "react-router";
import { can } from "~/auth/permissions";
import { requireViewer } from "~/auth/require.server";
import { getOrganizationOverview } from "~/domain/organizations/organizations.server";
import { db } from "~/lib/db.server";
import { DataTable } from "~/ui/data-table";
import { DefinitionList } from "~/ui/definition-list";
import { linkButtonClass, Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/organization";

/** A member's own organisation: its facts, its members, and inviting a colleague (admins). */
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
      <DefinitionList
        layout="columns"
        items={[
          { term: t("organization.orgNumber"), details: overview.orgNumberFormatted },
          { term: t("organization.kind"), details: t(`orgKinds.${overview.kind}`) },
          { term: t("organization.municipality"), details: overview.municipalityName },
          {
            term: t("organization.status"),
            details: overview.approved ? t("organization.approved") : t("organization.pending"),
          },
        ]}
      />
      <h2 className="mb-3 mt-8 text-2xl font-semibold">{t("organization.members")}</h2>
      <div className="max-w-3xl">
        <DataTable
          caption={t("organization.members")}
          captionHidden
          rows={overview.members}
          rowKey={(m) => m.userId}
          columns={[
            { header: t("organization.memberName"), cell: (m) => m.name },
            { header: t("organization.memberEmail"), cell: (m) => m.email },
            { header: t("organization.memberRole"), cell: (m) => t(`roles.${m.role}`) },
          ]}
        />
      </div>
      {canInvite ? (
        <p className="mt-6">
          <Link to={href("/organisasjon/inviter")} className={linkButtonClass}>
            {t("invite.title")}
          </Link>
        </p>
      ) : null}
    </Page>
  );
}
