import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useSearchParams } from "react-router";
import { can } from "~/auth/permissions";
import { requireOrgPermission } from "~/auth/require.server";
import { consentSchema } from "~/domain/candidates/candidate-schema";
import { listCompanyProposals } from "~/domain/proposals/proposals.server";
import { candidateTimeline, eraseCandidate, recordConsent, setCandidateStatus, viewCandidate, withdrawConsent } from "~/domain/candidates/candidates.server";
import { candidateStatuses, consentKinds, consentMethods, languageLabels, type ConsentKind } from "~/domain/candidates/profile-options";
import { measureLabels, isMeasureCode } from "~/domain/measures/measure-codes";
import { municipalityName } from "~/domain/municipalities/register";
import { occupationLabel } from "~/domain/openings/occupations";
import { db } from "~/lib/db.server";
import { formatOsloDateTime, osloToday } from "~/lib/dates";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/candidate-detail";
import { useLocale } from "~/i18n/use-locale";

// Every load of this page is a view of personal data: viewCandidate writes the audit event.
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireOrgPermission(request, "candidate:manage");
  const c = await viewCandidate(db(), { userId: viewer.userId, organizationId: viewer.organization.id }, params.id);
  if (!c) throw data(null, { status: 404 });
  const recorders = await db().user.findMany({ where: { id: { in: c.consents.map((x) => x.recordedById) } }, select: { id: true, name: true } });
  const names = new Map(recorders.map((u) => [u.id, u.name]));
  return {
    canErase: can(viewer, "candidate:erase"),
    today: osloToday(),
    candidate: {
      id: c.id,
      code: c.code,
      status: c.status,
      fullName: c.fullName,
      birthYear: c.birthYear,
      phone: c.phone,
      email: c.email,
      notes: c.notes,
      personalDataDeletedAt: c.personalDataDeletedAt?.toISOString() ?? null,
      occupationCodes: c.occupationCodes,
      skills: c.skills,
      summary: c.summary,
      municipality: municipalityName(c.municipalityNumber),
      hoursPerWeek: c.hoursPerWeek,
      norwegianLevel: c.norwegianLevel,
      languages: c.languages,
      measures: c.measures,
      listed: Boolean(c.listingConsentAt) && c.status === "ACTIVE",
      consents: c.consents.map((x) => ({
        id: x.id,
        kind: x.kind,
        givenOn: x.givenOn.toISOString().slice(0, 10),
        method: x.method,
        by: names.get(x.recordedById) ?? "",
        withdrawnAt: x.withdrawnAt?.toISOString() ?? null,
      })),
    },
    timeline: await candidateTimeline(db(), c.id),
    proposals: (await listCompanyProposals(db(), { userId: viewer.userId, organizationId: viewer.organization.id }, c.id)).map((p) => ({ id: p.id, opening: p.opening.title, employer: p.opening.employerName, stage: p.stage })),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireOrgPermission(request, "candidate:manage");
  const actor = { userId: viewer.userId, organizationId: viewer.organization.id };
  const form = await request.formData();
  const intent = form.get("intent");
  const done = (message: string) => redirect(`/kandidater/${params.id}?melding=${message}`);
  const notFound = () => {
    throw data(null, { status: 404 });
  };
  if (intent === "status") {
    const status = candidateStatuses.find((s) => s === form.get("status"));
    if (!status) throw data(null, { status: 400 });
    return (await setCandidateStatus(db(), actor, params.id, status)) ? done("status") : notFound();
  }
  if (intent === "consent") {
    const submission = parseWithZod(form, { schema: consentSchema });
    if (submission.status !== "success") return data({ consentResult: submission.reply(), eraseError: false }, { status: 400 });
    return (await recordConsent(db(), actor, params.id, submission.value)) ? done("samtykke") : notFound();
  }
  if (intent === "withdraw") {
    const kind = consentKinds.find((k) => k === form.get("kind"));
    if (!kind) throw data(null, { status: 400 });
    return (await withdrawConsent(db(), actor, params.id, kind)) ? done(kind === "LISTING" ? "trukket" : "delingtrukket") : notFound();
  }
  if (intent === "erase") {
    if (!can(viewer, "candidate:erase")) throw data(null, { status: 403 });
    if (form.get("confirm") !== "on") return data({ consentResult: null, eraseError: true }, { status: 400 });
    return (await eraseCandidate(db(), actor, params.id)) ? redirect("/kandidater?melding=slettet") : notFound();
  }
  throw data(null, { status: 400 });
}

const messages = { opprettet: "candidates.created", lagret: "candidates.saved", status: "candidates.statusChanged", samtykke: "candidates.consentRecorded", trukket: "candidates.consentWithdrawn", delingtrukket: "candidates.sharingWithdrawn" } as const;

export default function CandidateDetail({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const [params] = useSearchParams();
  const message = messages[params.get("melding") as keyof typeof messages];
  const c = loaderData.candidate;
  const active = c.consents.filter((x) => !x.withdrawnAt);
  const consentErrors = (actionData?.consentResult?.error ?? {}) as Record<string, string[] | undefined>;
  const dd = "mb-3";
  return (
    <Page title={`${c.code}${c.fullName ? ` – ${c.fullName}` : ""}`}>
      {message && !actionData ? <Notice tone="success">{t(message)}</Notice> : null}
      {c.personalDataDeletedAt ? <Notice tone="info">{t("candidates.personalDeleted", { date: formatOsloDateTime(c.personalDataDeletedAt, lang) })}</Notice> : null}
      <p className="mb-4">
        {t("candidates.status")}: <strong>{t(`candidateStatuses.${c.status}`)}</strong> · {c.listed ? t("candidates.listedNow") : t("candidates.notListed")}
      </p>
      <p className="mb-6 flex flex-wrap gap-4">
        {c.personalDataDeletedAt ? null : (
          <Link to={`/kandidater/${c.id}/rediger`} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("candidates.edit")}
          </Link>
        )}
        {c.status === "ACTIVE" && !c.personalDataDeletedAt ? (
          <Link to={`/kandidater/${c.id}/stillinger`} className="self-center text-brand-700 underline">
            {t("matching.openingsLink")}
          </Link>
        ) : null}
        <a href={`/kandidater/${c.id}/eksport`} className="self-center text-brand-700 underline">
          {t("candidates.export")}
        </a>
        <Link to="/kandidater" className="self-center text-brand-700 underline">
          {t("candidates.back")}
        </Link>
      </p>
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="personal-title">
          <h2 id="personal-title" className="text-xl font-semibold">
            {t("candidates.personal")}
          </h2>
          <p className="mb-2 text-sm text-gray-700">{t("candidates.personalHint")}</p>
          <dl>
            <dt className="font-semibold">{t("candidates.fullName")}</dt>
            <dd className={dd}>{c.fullName ?? "–"}</dd>
            <dt className="font-semibold">{t("candidates.birthYear")}</dt>
            <dd className={dd}>{c.birthYear ?? "–"}</dd>
            <dt className="font-semibold">{t("candidates.phone")}</dt>
            <dd className={dd}>{c.phone ?? "–"}</dd>
            <dt className="font-semibold">{t("candidates.email")}</dt>
            <dd className={dd}>{c.email ?? "–"}</dd>
            <dt className="font-semibold">{t("candidates.notes")}</dt>
            <dd className={`${dd} whitespace-pre-line`}>{c.notes ?? "–"}</dd>
          </dl>
        </section>
        <section aria-labelledby="profile-title">
          <h2 id="profile-title" className="text-xl font-semibold">
            {t("candidates.profile")}
          </h2>
          <dl className="mt-2">
            <dt className="font-semibold">{t("candidates.occupations")}</dt>
            <dd className={dd}>{c.occupationCodes.map((code) => occupationLabel(code, lang)).join(", ")}</dd>
            <dt className="font-semibold">{t("candidates.skills")}</dt>
            <dd className={dd}>{c.skills.join(", ") || "–"}</dd>
            <dt className="font-semibold">{t("candidates.summary")}</dt>
            <dd className={`${dd} whitespace-pre-line`}>{c.summary || "–"}</dd>
            <dt className="font-semibold">{t("candidates.municipality")}</dt>
            <dd className={dd}>{c.municipality}</dd>
            <dt className="font-semibold">{t("candidates.hoursPerWeek")}</dt>
            <dd className={dd}>{c.hoursPerWeek}</dd>
            <dt className="font-semibold">{t("candidates.languagesTitle")}</dt>
            <dd className={dd}>{[t("talent.norwegian", { level: c.norwegianLevel }), ...c.languages.map((l) => `${languageLabels[l.code][lang]} ${l.level}`)].join(", ")}</dd>
            <dt className="font-semibold">{t("candidates.measures")}</dt>
            <dd className={dd}>{c.measures.map((m) => (isMeasureCode(m) ? measureLabels[m][lang] : m)).join(", ") || "–"}</dd>
          </dl>
        </section>
      </div>

      <section aria-labelledby="consent-title" className="mt-8">
        <h2 id="consent-title" className="text-xl font-semibold">
          {t("candidates.consents")}
        </h2>
        {c.consents.length === 0 ? <p>{t("candidates.noConsents")}</p> : null}
        <ul className="mt-2 list-disc pl-6">
          {c.consents.map((x) => (
            <li key={x.id}>
              {x.withdrawnAt
                ? t("candidates.consentWithdrawnLine", { kind: t(`consentKinds.${x.kind}`), date: x.givenOn, withdrawn: formatOsloDateTime(x.withdrawnAt, lang) })
                : t("candidates.consentActive", { kind: t(`consentKinds.${x.kind}`), date: x.givenOn, method: t(`consentMethods.${x.method}`, { defaultValue: x.method }), who: x.by })}
            </li>
          ))}
        </ul>
        <div className="mt-3 flex flex-wrap gap-3">
          {active.map((x) => (
            <Form method="post" key={x.id}>
              <input type="hidden" name="intent" value="withdraw" />
              <input type="hidden" name="kind" value={x.kind} />
              <button type="submit" className="rounded border-2 border-red-800 px-4 py-2 font-semibold text-red-900 hover:bg-red-50">
                {t("candidates.withdraw", { kind: t(`consentKinds.${x.kind satisfies ConsentKind}`) })}
              </button>
            </Form>
          ))}
        </div>
        {c.personalDataDeletedAt ? null : (
          <Form method="post" className="mt-4 max-w-xl rounded border border-gray-300 p-4">
            <input type="hidden" name="intent" value="consent" />
            <h3 className="text-lg font-semibold">{t("candidates.recordConsent")}</h3>
            <fieldset className="mt-2">
              <legend className="font-semibold">{t("candidates.consentKind")}</legend>
              {consentKinds.map((k, i) => (
                <label key={k} className="mr-6 inline-flex items-center gap-2">
                  <input type="radio" name="kind" value={k} defaultChecked={i === 0} className="h-5 w-5" />
                  {t(`consentKinds.${k}`)}
                </label>
              ))}
            </fieldset>
            <div className="mt-3">
              <label htmlFor="consent-date" className="block font-semibold">
                {t("candidates.consentGivenOn")}
              </label>
              {consentErrors.givenOn ? (
                <p id="consent-date-error" className="font-semibold text-red-800">
                  {t(consentErrors.givenOn[0] ?? "errors.generic")}
                </p>
              ) : null}
              <input
                id="consent-date"
                name="givenOn"
                type="date"
                defaultValue={loaderData.today}
                aria-invalid={consentErrors.givenOn ? true : undefined}
                aria-describedby={consentErrors.givenOn ? "consent-date-error" : undefined}
                className="mt-1 rounded border-2 border-gray-600 px-2 py-1"
              />
            </div>
            <fieldset className="mt-3">
              <legend className="font-semibold">{t("candidates.consentMethod")}</legend>
              {consentErrors.method ? <p className="font-semibold text-red-800">{t(consentErrors.method[0] ?? "errors.generic")}</p> : null}
              {consentMethods.map((m) => (
                <label key={m} className="mr-6 inline-flex items-center gap-2">
                  <input type="radio" name="method" value={m} className="h-5 w-5" />
                  {t(`consentMethods.${m}`)}
                </label>
              ))}
            </fieldset>
            <button type="submit" className="mt-3 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              {t("candidates.recordConsent")}
            </button>
          </Form>
        )}
      </section>

      <section aria-labelledby="status-title" className="mt-8">
        <h2 id="status-title" className="text-xl font-semibold">
          {t("candidates.statusActions")}
        </h2>
        <div className="mt-2 flex flex-wrap gap-3">
          {candidateStatuses
            .filter((s) => s !== c.status && !(c.personalDataDeletedAt && s !== "ARCHIVED"))
            .map((s) => (
              <Form method="post" key={s}>
                <input type="hidden" name="intent" value="status" />
                <input type="hidden" name="status" value={s} />
                <button type="submit" className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
                  {t("candidates.setStatus", { status: t(`candidateStatuses.${s}`).toLowerCase() })}
                </button>
              </Form>
            ))}
        </div>
      </section>

      {loaderData.proposals.length ? (
        <section aria-labelledby="proposals-title" className="mt-8">
          <h2 id="proposals-title" className="text-xl font-semibold">
            {t("proposals.myProposals")}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {loaderData.proposals.map((p) => (
              <li key={p.id}>
                <Link to={`/forslag/${p.id}`} className="text-brand-700 underline">
                  {p.opening}
                </Link>{" "}
                ({p.employer}): {t(`proposals.stages.${p.stage}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="timeline-title" className="mt-8">
        <h2 id="timeline-title" className="text-xl font-semibold">
          {t("candidates.timeline")}
        </h2>
        {loaderData.timeline.length === 0 ? <p>{t("candidates.noTimeline")}</p> : null}
        <ol className="mt-2 space-y-1">
          {loaderData.timeline.map((e, i) => (
            <li key={`${e.at}-${i}`}>
              <time dateTime={e.at}>{formatOsloDateTime(e.at, lang)}</time>:{" "}
              {t(`candidates.events.${e.type.replaceAll(".", "_")}`, {
                defaultValue: e.type,
                from: e.type === "status" ? t(`candidateStatuses.${String(e.metadata.from)}`) : typeof e.metadata.from === "string" ? e.metadata.from : "",
                to: e.type === "status" ? t(`candidateStatuses.${String(e.metadata.to)}`) : "",
                kind: e.metadata.kind ? t(`consentKinds.${String(e.metadata.kind)}`) : "",
              })}
              {e.actor ? ` (${e.actor})` : ""}
            </li>
          ))}
        </ol>
      </section>

      {loaderData.canErase ? (
        <section aria-labelledby="erase-title" className="mt-8 max-w-xl rounded border-2 border-red-800 p-4">
          <h2 id="erase-title" className="text-xl font-semibold text-red-900">
            {t("candidates.erase")}
          </h2>
          <p className="mt-1">{t("candidates.eraseHint")}</p>
          <Form method="post" className="mt-3">
            <input type="hidden" name="intent" value="erase" />
            {actionData?.eraseError ? (
              <p id="erase-error" className="font-semibold text-red-800">
                {t("candidates.eraseNeedsConfirm")}
              </p>
            ) : null}
            <label className="inline-flex items-center gap-2">
              <input type="checkbox" name="confirm" value="on" aria-invalid={actionData?.eraseError || undefined} aria-describedby={actionData?.eraseError ? "erase-error" : undefined} autoFocus={Boolean(actionData?.eraseError)} className="h-5 w-5" />
              {t("candidates.eraseConfirm")}
            </label>
            <div>
              <button type="submit" className="mt-3 rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">
                {t("candidates.erase")}
              </button>
            </div>
          </Form>
        </section>
      ) : null}
    </Page>
  );
}
