import { useTranslation } from "react-i18next";
import { data, href, Link } from "react-router";
import { actorOf } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { getViewer } from "~/auth/viewer.server";
import { suggestOwnCandidatesForOpening } from "~/domain/matching/matching.server";
import { isMeasureCode, measureLabels } from "~/domain/measures/measure-codes";
import { countyOf, municipalityName } from "~/domain/municipalities/register";
import { occupationLabel } from "~/domain/openings/occupations";
import { jsonLdEmployment } from "~/domain/openings/json-ld";
import { YouthFacts } from "~/ui/youth/youth-facts";
import { getPublishedOpening } from "~/domain/openings/public-search.server";
import { formatNok } from "~/i18n/format";
import { localeFromPath } from "~/i18n/localized-paths";
import { useLocale } from "~/i18n/use-locale";
import { absoluteUrl } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { storedDay } from "~/lib/dates";
import { DefinitionList } from "~/ui/definition-list";
import { linkButtonClass } from "~/ui/form";
import { MatchExplanation } from "~/ui/match-explanation";
import { Page } from "~/ui/page";
import { RichText } from "~/ui/rich-text";
import type { Route } from "./+types/opening-public";

export async function loader({ params, request }: Route.LoaderArgs) {
  const found = await getPublishedOpening(db(), params.id);
  if (!found.ok) throw data(null, { status: 404 });
  const o = found.value;
  // schema.org JobPosting, for search engines and job aggregators.
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: o.title,
    description: o.description,
    datePosted: o.publishedAt?.toISOString(),
    validThrough: storedDay(o.applicationDeadline) ?? undefined,
    ...jsonLdEmployment(o),
    ...(o.startDate ? { jobStartDate: storedDay(o.startDate) } : {}),
    occupationalCategory: o.occupationCode,
    hiringOrganization: { "@type": "Organization", name: o.organization.name },
    jobLocation: {
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        addressLocality: municipalityName(o.municipalityNumber),
        addressRegion: countyOf(o.municipalityNumber)?.name,
        addressCountry: "NO",
        streetAddress: o.address ?? undefined,
      },
    },
    totalJobOpenings: o.positions,
    url: absoluteUrl(href("/muligheter/:id", { id: o.id })),
  };
  // An inclusion company's member also sees which of its own candidates suit the opening.
  const viewer = await getViewer(request);
  const organization = viewer?.organization;
  const own =
    viewer && organization && can(viewer, "proposal:create")
      ? await suggestOwnCandidatesForOpening(db(), actorOf({ ...viewer, organization }), o.id, 5)
      : null;
  return {
    canQuote: o.kind === "TASK" && can(viewer, "quote:create") && viewer?.organization?.id !== o.organizationId,
    ownMatches: own?.ok ? own.value : null,
    opening: {
      id: o.id,
      kind: o.kind,
      title: o.title,
      description: o.description,
      employer: o.organization.name,
      occupationCode: o.occupationCode,
      municipality: municipalityName(o.municipalityNumber),
      extent: o.extent,
      hoursPerWeek: o.hoursPerWeek,
      deadline: storedDay(o.applicationDeadline),
      measures: o.measures,
      accommodations: o.accommodations,
      accommodationNote: o.accommodationNote,
      reservedForInclusion: o.reservedForInclusion,
      budgetMinOre: o.budgetMinOre,
      budgetMaxOre: o.budgetMaxOre,
      tradeCode: o.tradeCode,
      programmeArea: o.programmeArea,
      trainingMonths: o.trainingMonths,
      approvedTrainingCompany: o.approvedTrainingCompany,
      startDate: storedDay(o.startDate),
      endDate: storedDay(o.endDate),
      ageMin: o.ageMin,
      ageMax: o.ageMax,
    },
    jsonLd,
    english: localeFromPath(new URL(request.url).pathname) === "en",
  };
}

export default function PublicOpening({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const o = loaderData.opening;
  return (
    <Page title={o.title}>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(loaderData.jsonLd).replace(/</g, "\\u003c") }}
      />
      <p className="mb-4">
        <Link
          to={loaderData.english ? href("/en/opportunities") : href("/muligheter")}
          className="text-brand-700 underline"
        >
          {t("search.back")}
        </Link>
      </p>
      <div className="mb-6">
        <DefinitionList
          layout="columns"
          items={[
            { term: t("search.employer"), details: o.employer },
            { term: t("openings.kind"), details: t(`kinds.${o.kind}`) },
            { term: t("openings.occupation"), details: occupationLabel(o.occupationCode, lang) },
            { term: t("openings.municipality"), details: o.municipality },
            {
              term: t("openings.extent"),
              details: `${t(`extents.${o.extent}`)}, ${t("search.hours", { hours: o.hoursPerWeek })}`,
            },
            ...(o.deadline ? [{ term: t("openings.applicationDeadline"), details: o.deadline }] : []),
            ...(o.budgetMinOre !== null && o.budgetMaxOre !== null
              ? [
                  {
                    term: t("openings.task"),
                    details: t("search.budget", {
                      min: formatNok(o.budgetMinOre, lang),
                      max: formatNok(o.budgetMaxOre, lang),
                    }),
                  },
                ]
              : []),
          ]}
        />
      </div>
      <YouthFacts opening={o} />
      {o.reservedForInclusion ? <p className="mb-4 font-semibold">{t("search.reserved")}</p> : null}
      {loaderData.canQuote ? (
        <p className="mb-4">
          <Link to={href("/oppdrag/:id/tilbud", { id: o.id })} className={`inline-block ${linkButtonClass}`}>
            {t("procurement.submitQuote")}
          </Link>
        </p>
      ) : null}
      <div className="max-w-2xl">
        <RichText text={o.description} />
      </div>
      {o.measures.length ? (
        <>
          <h2 className="mt-6 text-xl font-semibold">{t("search.supportPossible")}</h2>
          <ul className="mt-2 list-disc pl-6">
            {o.measures.map((m) => (
              <li key={m}>{isMeasureCode(m) ? measureLabels[m][lang] : m}</li>
            ))}
          </ul>
        </>
      ) : null}
      {o.accommodations.length ? (
        <>
          <h2 className="mt-6 text-xl font-semibold">{t("search.accommodationsOffered")}</h2>
          <ul className="mt-2 list-disc pl-6">
            {o.accommodations.map((a) => (
              <li key={a}>{t(`accommodationCategories.${a}`)}</li>
            ))}
          </ul>
          {o.accommodationNote ? <p className="mt-2 max-w-2xl">{o.accommodationNote}</p> : null}
        </>
      ) : null}
      {loaderData.ownMatches ? (
        <section aria-labelledby="own-title" className="mt-10 max-w-3xl">
          <h2 id="own-title" className="text-xl font-semibold">
            {t("matching.ownTitle")}
          </h2>
          {loaderData.ownMatches.length === 0 ? <p>{t("matching.noCandidates")}</p> : null}
          <ol className="mt-2 space-y-3">
            {loaderData.ownMatches.map((c) => (
              <li key={c.id} className="rounded border border-gray-300 p-3">
                <p className="font-semibold">
                  <Link to={href("/kandidater/:id", { id: c.id })} className="text-brand-700 underline">
                    {c.code}
                  </Link>{" "}
                  {c.fullName ?? ""}
                </p>
                <MatchExplanation match={c.match} id={`own-${c.id}`} />
                <p className="mt-2">
                  {c.proposalId ? (
                    <Link to={href("/forslag/:id", { id: c.proposalId })} className="text-brand-700 underline">
                      {t("matching.proposed")}
                    </Link>
                  ) : (
                    <Link
                      to={href("/kandidater/:id/foresla/:openingId", { id: c.id, openingId: o.id })}
                      className="text-brand-700 underline"
                    >
                      {t("matching.propose")} ({c.code})
                    </Link>
                  )}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </Page>
  );
}
