import { useTranslation } from "react-i18next";
import { data, href, Link, redirect, useSearchParams } from "react-router";
import type { Actor } from "~/auth/actor";
import { requireOrgPermission } from "~/auth/require.server";
import { askIntroductionIntent } from "~/domain/candidate-page/candidate-page-schema";
import { askForIntroduction, introducedContact } from "~/domain/candidate-page/introductions.server";
import { inquirySchema } from "~/domain/candidates/candidate-schema";
import { askAboutCandidate, getAnonymisedProfile } from "~/domain/candidates/talent-search.server";
import { useLocale } from "~/i18n/use-locale";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { AnonymisedProfile } from "~/ui/candidates/anonymised-profile";
import { DefinitionList } from "~/ui/definition-list";
import { ActionButton, KitForm, Notice, SubmitButton, TextArea } from "~/ui/form";
import { Page } from "~/ui/page";
import { UnplacedReply } from "~/ui/unplaced-reply";
import { resultFor, useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/talent-profile";

/**
 * The anonymised profile: only the fields of the search document, read fresh from the database.
 * Name and contact data only once the candidate agreed to be introduced to this employer
 * (introducedContact audits that view).
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "talent:search");
  const profile = await getAnonymisedProfile(db(), params.code);
  if (!profile.ok) throw data(null, { status: 404 });
  return { profile: profile.value, contact: await introducedContact(db(), actor, params.code) };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "talent:inquire");
  const formData = await request.formData();
  const ctx = { request, actor, code: params.code, ip: context.clientIp, formData };
  return formData.get("intent") === "askIntroduction" ? introductionAction(ctx) : inquiryAction(ctx);
}

type ActionContext = { request: Request; actor: Actor; code: string; ip: string; formData: FormData };

async function inquiryAction({ request, actor, code, ip, formData }: ActionContext) {
  const submission = parseSubmission(formData, { schema: inquirySchema });
  if (submission.status !== "success") return invalid(submission, "inquiry");
  const sent = await askAboutCandidate(db(), actor, { code, message: submission.value.message, ip }, appOrigin());
  if (!sent.ok) return refused(request, submission, sent, "inquiry");
  return redirect(`${href("/talentsok/:code", { code })}?melding=sendt`);
}

async function introductionAction({ request, actor, code, ip, formData }: ActionContext) {
  const submission = parseSubmission(formData, { schema: askIntroductionIntent });
  if (submission.status !== "success") return invalid(submission, "askIntroduction");
  const asked = await askForIntroduction(db(), actor, { code, ip }, appOrigin());
  if (!asked.ok) return refused(request, submission, asked, "askIntroduction");
  return redirect(`${href("/talentsok/:code", { code })}?melding=presentasjon`);
}

export default function TalentProfile({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { profile: p, contact } = loaderData;
  const [params] = useSearchParams();
  const [form, fields] = useZodForm(inquirySchema, resultFor(actionData, "inquiry"));
  const [askForm] = useZodForm(askIntroductionIntent, resultFor(actionData, "askIntroduction"));
  const labels = { message: t("talent.message") };
  const notice = params.get("melding");
  return (
    <Page title={t("talent.profileTitle", { code: p.code })}>
      {notice === "sendt" && !actionData ? (
        <Notice tone="success">{t("talent.sent", { company: p.companyName })}</Notice>
      ) : null}
      {notice === "presentasjon" && !actionData ? (
        <Notice tone="success">{t("candidatePage.employer.asked", { company: p.companyName })}</Notice>
      ) : null}
      <UnplacedReply actionData={actionData} placed={contact ? ["inquiry"] : ["inquiry", "askIntroduction"]} />
      <p className="mb-4">{t("talent.anonymousNote")}</p>
      <div className="max-w-2xl">
        <AnonymisedProfile profile={p} />
      </div>
      <section aria-labelledby="introduction-title" className="mt-8 max-w-2xl">
        <h2 id="introduction-title" className="mb-2 text-xl font-semibold">
          {t("candidatePage.employer.title")}
        </h2>
        {contact ? (
          <>
            <p className="mb-2">
              {t("candidatePage.employer.introducedSince", { date: formatOsloDateTime(contact.since, locale) })}
            </p>
            <DefinitionList
              items={[
                { term: t("candidatePage.employer.name"), details: contact.fullName },
                { term: t("candidatePage.employer.phone"), details: contact.phone ?? "–" },
                { term: t("candidatePage.employer.email"), details: contact.email ?? "–" },
              ]}
            />
          </>
        ) : (
          <>
            <p className="mb-3">{t("candidatePage.employer.hint", { company: p.companyName })}</p>
            <ActionButton
              form={askForm}
              result={resultFor(actionData, "askIntroduction")}
              intent="askIntroduction"
              tone="secondary"
            >
              {t("candidatePage.employer.ask")}
            </ActionButton>
          </>
        )}
      </section>
      <section aria-labelledby="ask-title" className="mt-8 max-w-2xl">
        <h2 id="ask-title" className="mb-2 text-xl font-semibold">
          {t("talent.askTitle")}
        </h2>
        <KitForm form={form} result={resultFor(actionData, "inquiry")} fields={fields} labels={labels} intent="inquiry">
          <TextArea
            meta={fields.message}
            label={labels.message}
            hint={t("talent.askHint", { company: p.companyName })}
            rows={4}
          />
          <SubmitButton>{t("talent.send")}</SubmitButton>
        </KitForm>
      </section>
      <p className="mt-8">
        <Link to={href("/talentsok")} className="text-brand-700 underline">
          {t("talent.back")}
        </Link>
      </p>
    </Page>
  );
}
