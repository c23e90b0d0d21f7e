import { useTranslation } from "react-i18next";
import { href, Link } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import type { Section, SourceKey, WorkItem } from "~/domain/worklist/items";
import { worklist } from "~/domain/worklist/worklist.server";
import { peopleText } from "~/domain/statistics/figures";
import { useLocale } from "~/i18n/use-locale";
import { db } from "~/lib/db.server";
import { formatDay } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";
import { DefinitionList } from "~/ui/definition-list";
import { Page } from "~/ui/page";
import type { Route } from "./+types/my-tasks";

/** "Mine oppgaver": what needs the member's action now, each item linking to where it is done. */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor, organization } = await requireOrgPermission(request, "worklist:read");
  return { ...(await worklist(db(), actor)), kind: organization.kind };
}

/** Where an item is done. */
function itemHref(source: SourceKey, item: WorkItem): string {
  switch (source) {
    case "navDecisions":
      return href("/nav/saker/:id", { id: item.id });
    case "checkIns":
      return href("/oppfolging/:id", { id: item.id });
    case "agreements":
      return href("/avtaler/:id", { id: item.id });
    case "measureReminders":
    case "newProposals":
    case "meetingRequests":
    case "messages":
      return href("/forslag/:id", { id: item.id });
    case "ordersForBuyer":
    case "ordersToDeliver":
    case "disputes":
      return href("/bestillinger/:id", { id: item.id });
    case "quotesToEvaluate":
      return href("/stillinger/:id/tilbud", { id: item.id });
    case "inquiries":
      return href("/kandidater/henvendelser");
    case "tasksClosing":
      return href("/oppdrag/:id/tilbud", { id: item.id });
  }
}

/** The list behind a section, where there is one. */
const SEE_ALL: Partial<Record<SourceKey, string>> = {
  navDecisions: href("/nav"),
  checkIns: href("/oppfolging"),
  agreements: href("/avtaler"),
  newProposals: href("/stillinger"),
  ordersForBuyer: href("/bestillinger"),
  ordersToDeliver: href("/bestillinger"),
  inquiries: href("/kandidater/henvendelser"),
  tasksClosing: href("/muligheter"),
};

function SectionView({ section, employer }: { section: Section; employer: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = `oppgaver-${section.source}`;
  const hint =
    section.source === "meetingRequests"
      ? t(employer ? "work.hints.meetingRequestsEmployer" : "work.hints.meetingRequestsCompany")
      : t(`work.hints.${section.source}`);
  const rest = section.count - section.items.length;
  const seeAll = SEE_ALL[section.source];
  return (
    <section aria-labelledby={id} className="rounded border border-gray-300 p-4">
      <h2 id={id} className="text-xl font-semibold">
        {t(`work.sections.${section.source}`)}{" "}
        <span className="ml-1 rounded bg-brand-100 px-2 text-base font-normal text-brand-900">
          {t("work.waiting", { count: section.count })}
        </span>
      </h2>
      <p className="mt-1 text-gray-700">{hint}</p>
      <ul className="mt-3 space-y-2">
        {section.items.map((item) => (
          <li key={`${item.id}-${item.state ?? ""}`}>
            <Link to={itemHref(section.source, item)} className="font-semibold text-brand-700 underline">
              {item.title}
            </Link>
            <ItemDetail detail={detailOf(section.source, item, t)} />
            {item.day ? (
              <span className="text-gray-700">
                {" · "}
                {section.source === "tasksClosing" ||
                section.source === "quotesToEvaluate" ||
                section.source === "checkIns" ||
                section.source === "agreements"
                  ? t("work.deadline", { day: formatDay(item.day, locale) })
                  : formatDay(item.day, locale)}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {rest > 0 ? (
        <p className="mt-2">
          {t("work.more", { count: rest })}
          {seeAll ? (
            <>
              {" – "}
              <Link to={seeAll} className="text-brand-700 underline">
                {t("work.seeAll")}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}

type T = ReturnType<typeof useTranslation>["t"];

function ItemDetail({ detail }: { detail: string | null }) {
  return detail ? <span> · {detail}</span> : null;
}

/** The second part of an item's line: a pseudonym, an organisation, a count or a status. */
function detailOf(source: SourceKey, item: WorkItem, t: T): string | null {
  switch (source) {
    case "navDecisions":
      return [item.subtitle, t("work.measuresWaiting", { count: Number(item.state ?? 0) })].join(" · ");
    case "checkIns": {
      const [state = "", month = "0"] = (item.state ?? "").split(":");
      return [item.subtitle, t("work.checkInMonth", { count: Number(month) }), t(`work.checkInStates.${state}`)].join(
        " · ",
      );
    }
    case "measureReminders":
      return [item.subtitle, t(`work.milestones.${item.state ?? "end"}`)].join(" · ");
    case "agreements":
      return t(item.state === "ceiling" ? "work.agreementCeiling" : "work.agreementExpiry", { percent: item.subtitle });
    case "quotesToEvaluate":
      return t("work.quotes", { count: Number(item.subtitle ?? 0) });
    case "ordersForBuyer":
    case "ordersToDeliver":
      return [item.subtitle, item.state ? t(`procurement.orderStatuses.${item.state}`) : null]
        .filter(Boolean)
        .join(" · ");
    case "disputes":
      return item.state ? t(`work.disputeFrom.${item.state}`) : null;
    default:
      return item.subtitle;
  }
}

export default function MyTasks({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { sections, contacts, headline, kind } = loaderData;
  const employer = kind !== "INCLUSION_COMPANY";
  return (
    <Page title={t("work.title")} intro={t("work.intro")}>
      {headline ? (
        <section aria-labelledby="oppgaver-tall" className="mb-8">
          <h2 id="oppgaver-tall" className="text-xl font-semibold">
            {t("work.headlineTitle", { year: headline.year })}
          </h2>
          <DefinitionList
            layout="columns"
            items={[
              { term: t("work.headlinePublished"), details: String(headline.published) },
              { term: t("work.headlineProposed"), details: peopleText(headline.proposed) },
              { term: t("work.headlineHired"), details: peopleText(headline.hired) },
              {
                term: t("work.headlineMedian"),
                details: headline.medianDaysToHire === null ? null : String(Math.round(headline.medianDaysToHire)),
              },
            ]}
          />
          <p className="mt-2">
            <Link to={href("/kommune/statistikk")} className="text-brand-700 underline">
              {t("work.headlineLink")}
            </Link>
          </p>
        </section>
      ) : null}
      {sections.length ? (
        <div className="grid gap-4 md:grid-cols-2">
          {sections.map((s) => (
            <SectionView key={s.source} section={s} employer={employer} />
          ))}
        </div>
      ) : (
        <p className="text-lg">{t("work.nothing")}</p>
      )}
      {contacts.length ? (
        <section aria-labelledby="oppgaver-kontakter" className="mt-8 max-w-2xl">
          <h2 id="oppgaver-kontakter" className="text-xl font-semibold">
            {t("work.contactsTitle")}
          </h2>
          <DataTable
            caption={t("work.contactsTitle")}
            captionHidden
            rows={contacts}
            rowKey={(c) => c.company}
            columns={[
              { header: t("work.contactsCompany"), rowHeader: true, cell: (c) => c.company },
              { header: t("work.contactsPerson"), cell: (c) => c.contactPerson },
            ]}
          />
        </section>
      ) : null}
    </Page>
  );
}
