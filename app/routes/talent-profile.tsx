import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useSearchParams } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { inquirySchema } from "~/domain/candidates/candidate-schema";
import { isLanguageCode, languageLabels } from "~/domain/candidates/profile-options";
import { askAboutCandidate, getAnonymisedProfile } from "~/domain/candidates/talent-search.server";
import { isMeasureCode, measureLabels } from "~/domain/measures/measure-codes";
import { occupationLabel } from "~/domain/openings/occupations";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { Notice, SubmitButton, TextArea } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/talent-profile";
import { useLocale } from "~/i18n/use-locale";

/** The anonymised profile: only the fields of the search document, read fresh from the database. */
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireOrgPermission(request, "talent:search");
  const profile = await getAnonymisedProfile(db(), params.code);
  if (!profile) throw data(null, { status: 404 });
  return { profile };
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireOrgPermission(request, "talent:inquire");
  const submission = parseWithZod(await request.formData(), { schema: inquirySchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const sent = await askAboutCandidate(
    db(),
    { userId: viewer.userId, organizationId: viewer.organization.id, organizationName: viewer.organization.name, userName: viewer.name },
    params.code,
    submission.value.message,
    appOrigin(),
  );
  if (!sent) throw data(null, { status: 404 });
  return redirect(`/talentsok/${params.code}?melding=sendt`);
}

export default function TalentProfile({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const p = loaderData.profile;
  const [params] = useSearchParams();
  const [form, fields] = useZodForm(inquirySchema, actionData?.result);
  const none = t("talent.none_");
  const dd = "mb-3";
  return (
    <Page title={t("talent.profileTitle", { code: p.code })}>
      {params.get("melding") === "sendt" && !actionData ? <Notice tone="success">{t("talent.sent", { company: p.companyName })}</Notice> : null}
      <p className="mb-4">{t("talent.anonymousNote")}</p>
      <dl className="max-w-2xl">
        <dt className="font-semibold">{t("talent.company")}</dt>
        <dd className={dd}>{p.companyName}</dd>
        <dt className="font-semibold">{t("talent.occupations")}</dt>
        <dd className={dd}>{p.occupationCodes.map((c) => occupationLabel(c, lang)).join(", ")}</dd>
        <dt className="font-semibold">{t("talent.skills")}</dt>
        <dd className={dd}>{p.skills.join(", ") || none}</dd>
        <dt className="font-semibold">{t("talent.summary")}</dt>
        <dd className={`${dd} whitespace-pre-line`}>{p.summary || none}</dd>
        <dt className="font-semibold">{t("talent.place")}</dt>
        <dd className={dd}>{p.municipalityName}</dd>
        <dt className="font-semibold">{t("talent.reach")}</dt>
        <dd className={dd}>{t("talent.reachCount", { count: p.reachMunicipalities.length })}</dd>
        <dt className="font-semibold">{t("talent.availability")}</dt>
        <dd className={dd}>
          {t("talent.hours", { hours: p.hoursPerWeek })}
          {p.earliestStart ? `, ${t("talent.from", { date: p.earliestStart })}` : ""}
        </dd>
        <dt className="font-semibold">{t("talent.languagesLabel")}</dt>
        <dd className={dd}>
          {[t("talent.norwegian", { level: p.norwegianLevel === "NONE" ? "–" : p.norwegianLevel }), ...p.languages.filter((l) => l !== "no").map((l) => (isLanguageCode(l) ? languageLabels[l][lang] : l))].join(", ")}
        </dd>
        <dt className="font-semibold">{t("talent.licencesLabel")}</dt>
        <dd className={dd}>{p.licences.join(", ") || none}</dd>
        <dt className="font-semibold">{t("talent.measuresLabel")}</dt>
        <dd className={dd}>{p.measures.map((m) => (isMeasureCode(m) ? measureLabels[m][lang] : m)).join(", ") || none}</dd>
        {p.accommodations.length ? (
          <>
            <dt className="font-semibold">{t("talent.accommodationsLabel")}</dt>
            <dd className={dd}>{p.accommodations.map((a) => t(`accommodationCategories.${a}`)).join(", ")}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="ask-title" className="mt-8 max-w-2xl">
        <h2 id="ask-title" className="text-xl font-semibold">
          {t("talent.askTitle")}
        </h2>
        <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="mt-2">
          <TextArea meta={fields.message} label={t("talent.message")} hint={t("talent.askHint", { company: p.companyName })} rows={4} autoFocus={Boolean(fields.message.errors?.length)} />
          <SubmitButton>{t("talent.send")}</SubmitButton>
        </Form>
      </section>
      <p className="mt-8">
        <Link to="/talentsok" className="text-brand-700 underline">
          {t("talent.back")}
        </Link>
      </p>
    </Page>
  );
}
