import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useSearchParams } from "react-router";
import { can } from "~/auth/permissions";
import { requireOrgPermission } from "~/auth/require.server";
import { consentMethods } from "~/domain/candidates/profile-options";
import { isMeasureCode, measureLabels } from "~/domain/measures/measure-codes";
import { occupationLabel } from "~/domain/openings/occupations";
import { packageCost } from "~/domain/proposals/package";
import { messageSchema, stageSchema } from "~/domain/proposals/proposal-schema";
import { addMessage, getProposal, introducedContact, listMessages, moveProposal, requestMeeting, setIntroConsent } from "~/domain/proposals/proposals.server";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { formatNok } from "~/i18n/format";
import { CostEstimateView } from "~/ui/cost-estimate";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import { ProposalStageForm } from "~/ui/proposal-stage-form";
import type { Route } from "./+types/proposal";
import { useLocale } from "~/i18n/use-locale";

async function actorOf(request: Request) {
  const viewer = await requireOrgPermission(request, "proposal:read");
  return { viewer, actor: { userId: viewer.userId, organizationId: viewer.organization.id } };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await actorOf(request);
  const proposal = await getProposal(db(), actor, params.id);
  // A proposal of another employer's opening or another company's candidate: not found.
  if (!proposal) throw data(null, { status: 404 });
  const contact = proposal.side === "employer" && proposal.introConsentAt ? await introducedContact(db(), actor, proposal.id) : null;
  return { proposal, contact, cost: packageCost(proposal, new Date(proposal.createdAt)), messages: await listMessages(db(), proposal.id) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { viewer, actor } = await actorOf(request);
  // Neither side of this proposal: not found, whatever the form says.
  if (!(await getProposal(db(), actor, params.id))) throw data(null, { status: 404 });
  const form = await request.formData();
  const intent = form.get("intent");
  const origin = appOrigin();
  const done = (message: string) => redirect(`/forslag/${params.id}?melding=${message}`);
  const notFound = () => {
    throw data(null, { status: 404 });
  };
  if (intent === "message") {
    const submission = parseWithZod(form, { schema: messageSchema });
    if (submission.status !== "success") return data({ messageError: true }, { status: 400 });
    return (await addMessage(db(), actor, params.id, submission.value.body, origin)) ? done("melding") : notFound();
  }
  if (intent === "move" || intent === "meeting") {
    if (!can(viewer, "proposal:manage")) throw data(null, { status: 403 });
    if (intent === "meeting") return (await requestMeeting(db(), actor, params.id, origin)) ? done("mote") : notFound();
    const submission = parseWithZod(form, { schema: stageSchema });
    if (submission.status !== "success") throw data(null, { status: 400 });
    return (await moveProposal(db(), actor, params.id, submission.value.stage, submission.value.reason, origin)) ? done("flyttet") : notFound();
  }
  if (intent === "consent" || intent === "withdraw") {
    if (!can(viewer, "proposal:create")) throw data(null, { status: 403 });
    const method = consentMethods.find((m) => m === form.get("method")) ?? "IN_MEETING";
    return (await setIntroConsent(db(), actor, params.id, intent === "consent" ? { method } : null, origin)) ? done(intent === "consent" ? "samtykke" : "trukket") : notFound();
  }
  throw data(null, { status: 400 });
}

const notices = { sendt: "proposals.created", melding: "proposals.messageSent", mote: "proposals.meetingRequested", flyttet: "proposals.moved", samtykke: "proposals.consentSaved", trukket: "proposals.consentWithdrawn" } as const;

export default function ProposalPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const [params] = useSearchParams();
  const notice = notices[params.get("melding") as keyof typeof notices];
  const { proposal: p, contact, cost, messages } = loaderData;
  const employer = p.side === "employer";
  const dd = "mb-3";
  return (
    <Page title={t("proposals.title", { code: p.candidate.code, opening: p.opening.title })}>
      {notice && !actionData ? <Notice tone="success">{t(notice)}</Notice> : null}
      <p className="mb-4">
        {t("proposals.stage")}: <strong>{t(`proposals.stages.${p.stage}`)}</strong>
        {p.outcome ? ` · ${t("proposals.outcome", { outcome: t(`proposals.outcomes.${p.outcome}`), date: p.outcomeDate ?? "" })}` : ""}
        {p.rejectionReason ? ` · ${p.rejectionReason}` : ""}
      </p>
      <p className="mb-6">
        {employer ? (
          <Link to={`/stillinger/${p.opening.id}/forslag`} className="text-brand-700 underline">
            {t("proposals.back")}
          </Link>
        ) : p.candidateId ? (
          <Link to={`/kandidater/${p.candidateId}`} className="text-brand-700 underline">
            {t("proposals.back")}
          </Link>
        ) : null}
      </p>

      {employer ? (
        <div className="mb-8">
          <div className="flex flex-wrap items-end gap-6">
            <ProposalStageForm proposalId={p.id} stage={p.stage} action={`/forslag/${p.id}`} />
            {p.meetingRequestedAt ? null : (
              <Form method="post">
                <input type="hidden" name="intent" value="meeting" />
                <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
                  {t("proposals.requestMeeting")}
                </button>
              </Form>
            )}
          </div>
          {p.meetingRequestedAt && !p.introConsentAt ? <p className="mt-3">{t("proposals.meetingRequested")}</p> : null}
        </div>
      ) : null}

      {contact ? (
        <section aria-labelledby="contact-title" className="mb-8 rounded border-2 border-green-700 p-4">
          <h2 id="contact-title" className="text-xl font-semibold">
            {t("proposals.contact")}
          </h2>
          <p className="text-sm">{t("proposals.contactHint")}</p>
          <dl className="mt-2">
            <dt className="font-semibold">{t("proposals.contactName")}</dt>
            <dd className={dd}>{contact.name}</dd>
            <dt className="font-semibold">{t("proposals.contactEmail")}</dt>
            <dd className={dd}>{contact.email ?? "–"}</dd>
            <dt className="font-semibold">{t("proposals.contactPhone")}</dt>
            <dd className={dd}>{contact.phone ?? "–"}</dd>
          </dl>
        </section>
      ) : null}

      {!employer ? (
        <section aria-labelledby="intro-title" className="mb-8 rounded border border-gray-300 p-4">
          <h2 id="intro-title" className="text-xl font-semibold">
            {t("proposals.introConsent", { employer: p.opening.employerName })}
          </h2>
          {p.meetingRequestedAt && !p.introConsentAt ? <Notice tone="info">{t("proposals.meetingRequestedCompany")}</Notice> : null}
          {p.introConsentAt ? (
            <>
              <p>{t("proposals.introConsentGiven", { employer: p.opening.employerName })}</p>
              <Form method="post" className="mt-2">
                <input type="hidden" name="intent" value="withdraw" />
                <button type="submit" className="rounded border-2 border-red-800 px-4 py-2 font-semibold text-red-900 hover:bg-red-50">
                  {t("proposals.withdrawIntroConsent")}
                </button>
              </Form>
            </>
          ) : (
            <Form method="post" className="mt-2">
              <input type="hidden" name="intent" value="consent" />
              <fieldset>
                <legend className="font-semibold">{t("proposals.introConsentMethod")}</legend>
                {consentMethods.map((m, i) => (
                  <label key={m} className="mr-6 inline-flex items-center gap-2">
                    <input type="radio" name="method" value={m} defaultChecked={i === 0} className="h-5 w-5" />
                    {t(`consentMethods.${m}`)}
                  </label>
                ))}
              </fieldset>
              <button type="submit" className="mt-3 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
                {t("proposals.recordIntroConsent")}
              </button>
            </Form>
          )}
        </section>
      ) : null}

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="candidate-title">
          <h2 id="candidate-title" className="text-xl font-semibold">
            {t("proposals.candidate")}
          </h2>
          <dl className="mt-2">
            <dt className="font-semibold">{t("talent.occupations")}</dt>
            <dd className={dd}>{p.candidate.occupationCodes.map((c) => occupationLabel(c, lang)).join(", ")}</dd>
            <dt className="font-semibold">{t("talent.skills")}</dt>
            <dd className={dd}>{p.candidate.skills.join(", ") || "–"}</dd>
            <dt className="font-semibold">{t("talent.summary")}</dt>
            <dd className={dd}>{p.candidate.summary || "–"}</dd>
            <dt className="font-semibold">{t("talent.place")}</dt>
            <dd className={dd}>{p.candidate.municipalityName}</dd>
            <dt className="font-semibold">{t("talent.availability")}</dt>
            <dd className={dd}>{t("talent.hours", { hours: p.candidate.hoursPerWeek })}</dd>
            <dt className="font-semibold">{t("proposals.proposedBy")}</dt>
            <dd className={dd}>{p.companyName}</dd>
          </dl>
        </section>
        <section aria-labelledby="package-title">
          <h2 id="package-title" className="text-xl font-semibold">
            {t("proposals.package")}
          </h2>
          <table className="mt-2 w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="py-1 pr-3">{t("proposals.measure")}</th>
                <th scope="col" className="py-1 pr-3">{t("proposals.percent")}</th>
                <th scope="col" className="py-1">{t("proposals.months")}</th>
              </tr>
            </thead>
            <tbody>
              {p.measures.map((m) => (
                <tr key={m.code} className="border-b border-gray-200">
                  <td className="py-1 pr-3">{isMeasureCode(m.code) ? measureLabels[m.code][lang] : m.code}</td>
                  <td className="py-1 pr-3">{m.percent ?? "–"}</td>
                  <td className="py-1">{m.months ?? t("proposals.openEnded")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2">{t("proposals.followUpLine", { frequency: t(`proposals.frequencies.${p.followUpFrequency}`), person: p.contactPerson })}</p>
          {p.accommodations.length ? <p className="mt-1">{p.accommodations.map((a) => t(`accommodationCategories.${a}`)).join(", ")}</p> : null}
          {p.trialPeriodWeeks ? <p className="mt-1">{t("proposals.trialLine", { weeks: p.trialPeriodWeeks })}</p> : null}
          <blockquote className="mt-3 whitespace-pre-line border-l-4 border-gray-300 pl-3">{p.message}</blockquote>
        </section>
      </div>

      <section aria-labelledby="cost-title" className="mt-8">
        <h2 id="cost-title" className="text-xl font-semibold">
          {t("proposals.cost")}
        </h2>
        <p className="mb-2 text-sm">{t("proposals.costIntro", { wage: formatNok(p.estimatedMonthlyWageOre, lang), zone: p.employerTaxZone })}</p>
        {cost ? <CostEstimateView estimate={cost} /> : null}
      </section>

      <section aria-labelledby="messages-title" className="mt-8 max-w-2xl">
        <h2 id="messages-title" className="text-xl font-semibold">
          {t("proposals.messages")}
        </h2>
        {messages.length === 0 ? <p>{t("proposals.noMessages")}</p> : null}
        <ol className="mt-2 space-y-3">
          {messages.map((m) => (
            <li key={m.id} className="rounded border border-gray-300 p-3">
              <p className="text-sm text-gray-800">
                {m.author}, {m.organization} · <time dateTime={m.at}>{formatOsloDateTime(m.at, lang)}</time>
              </p>
              <p className="mt-1 whitespace-pre-line">{m.body}</p>
            </li>
          ))}
        </ol>
        <Form method="post" className="mt-4">
          <input type="hidden" name="intent" value="message" />
          <label htmlFor="message-body" className="block font-semibold">
            {t("proposals.newMessage")}
          </label>
          {actionData?.messageError ? (
            <p id="message-error" className="font-semibold text-red-800">
              {t("errors.required")}
            </p>
          ) : null}
          <textarea
            id="message-body"
            name="body"
            rows={3}
            required
            aria-invalid={actionData?.messageError || undefined}
            aria-describedby={actionData?.messageError ? "message-error" : undefined}
            autoFocus={Boolean(actionData?.messageError)}
            className="mt-1 block w-full rounded border-2 border-gray-600 px-3 py-2"
          />
          <button type="submit" className="mt-2 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("proposals.send")}
          </button>
        </Form>
      </section>
    </Page>
  );
}
