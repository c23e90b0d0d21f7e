import { useTranslation } from "react-i18next";
import { data, href, Link, redirect, useSearchParams } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { inquirySchema } from "~/domain/candidates/candidate-schema";
import { isLanguageCode, languageLabels } from "~/domain/candidates/profile-options";
import { askAboutCandidate, getAnonymisedProfile } from "~/domain/candidates/talent-search.server";
import { isMeasureCode, measureLabels } from "~/domain/measures/measure-codes";
import { occupationLabel } from "~/domain/openings/occupations";
import { useLocale } from "~/i18n/use-locale";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { DefinitionList } from "~/ui/definition-list";
import { KitForm, Notice, SubmitButton, TextArea } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/talent-profile";

/** The anonymised profile: only the fields of the search document, read fresh from the database. */
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireOrgPermission(request, "talent:search");
  const profile = await getAnonymisedProfile(db(), params.code);
  if (!profile.ok) throw data(null, { status: 404 });
  return { profile: profile.value };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "talent:inquire");
  const submission = parseSubmission(await request.formData(), { schema: inquirySchema });
  if (submission.status !== "success") return invalid(submission);
  const sent = await askAboutCandidate(
    db(),
    actor,
    { code: params.code, message: submission.value.message, ip: context.clientIp },
    appOrigin(),
  );
  if (!sent.ok) return refused(request, submission, sent);
  return redirect(`${href("/talentsok/:code", { code: params.code })}?melding=sendt`);
}

export default function TalentProfile({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const p = loaderData.profile;
  const [params] = useSearchParams();
  const [form, fields] = useZodForm(inquirySchema, actionData?.result);
  const none = t("talent.none_");
  const labels = { message: t("talent.message") };
  return (
    <Page title={t("talent.profileTitle", { code: p.code })}>
      {params.get("melding") === "sendt" && !actionData ? (
        <Notice tone="success">{t("talent.sent", { company: p.companyName })}</Notice>
      ) : null}
      <p className="mb-4">{t("talent.anonymousNote")}</p>
      <div className="max-w-2xl">
        <DefinitionList
          items={[
            { term: t("talent.company"), details: p.companyName },
            {
              term: t("talent.occupations"),
              details: p.occupationCodes.map((c) => occupationLabel(c, lang)).join(", "),
            },
            { term: t("talent.skills"), details: p.skills.join(", ") || none },
            { term: t("talent.summary"), details: p.summary || none, multiline: true },
            { term: t("talent.place"), details: p.municipalityName },
            { term: t("talent.reach"), details: t("talent.reachCount", { count: p.reachMunicipalities.length }) },
            {
              term: t("talent.availability"),
              details: `${t("talent.hours", { hours: p.hoursPerWeek })}${p.earliestStart ? `, ${t("talent.from", { date: p.earliestStart })}` : ""}`,
            },
            {
              term: t("talent.languagesLabel"),
              details: [
                t("talent.norwegian", { level: p.norwegianLevel === "NONE" ? "–" : p.norwegianLevel }),
                ...p.languages.filter((l) => l !== "no").map((l) => (isLanguageCode(l) ? languageLabels[l][lang] : l)),
              ].join(", "),
            },
            { term: t("talent.licencesLabel"), details: p.licences.join(", ") || none },
            {
              term: t("talent.measuresLabel"),
              details: p.measures.map((m) => (isMeasureCode(m) ? measureLabels[m][lang] : m)).join(", ") || none,
            },
            ...(p.targetGroups.length
              ? [
                  {
                    term: t("talent.targetGroups"),
                    details: p.targetGroups.map((g) => t(`targetGroups.${g}`)).join(", "),
                  },
                ]
              : []),
            ...(p.accommodations.length
              ? [
                  {
                    term: t("talent.accommodationsLabel"),
                    details: p.accommodations.map((a) => t(`accommodationCategories.${a}`)).join(", "),
                  },
                ]
              : []),
          ]}
        />
      </div>
      <section aria-labelledby="ask-title" className="mt-8 max-w-2xl">
        <h2 id="ask-title" className="mb-2 text-xl font-semibold">
          {t("talent.askTitle")}
        </h2>
        <KitForm form={form} result={actionData?.result} fields={fields} labels={labels}>
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
