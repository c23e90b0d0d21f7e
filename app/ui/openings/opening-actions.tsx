import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { href, Link } from "react-router";
import { closeOpeningIntent, duplicateOpeningIntent, publishOpeningIntent } from "~/domain/openings/opening-schema";
import { ActionButton } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

type Results = {
  publish?: SubmissionResult<string[]>;
  close?: SubmissionResult<string[]>;
  duplicate?: SubmissionResult<string[]>;
};

/** What the owner can do with an opening besides editing it: publish or close, copy, and the pages that hang on it. */
export function OpeningActions({
  id,
  status,
  kind,
  results,
}: {
  id: string;
  status: string;
  kind: string;
  results: Results;
}) {
  const { t } = useTranslation();
  const [publish] = useZodForm(publishOpeningIntent, results.publish);
  const [close] = useZodForm(closeOpeningIntent, results.close);
  const [duplicate] = useZodForm(duplicateOpeningIntent, results.duplicate);
  const published = status === "PUBLISHED";
  return (
    <div className="mb-8 flex flex-wrap gap-3">
      {published ? (
        <ActionButton form={close} result={results.close} intent="close" tone="secondary">
          {t("openings.close")}
        </ActionButton>
      ) : (
        <ActionButton form={publish} result={results.publish} intent="publish">
          {t("openings.publish")}
        </ActionButton>
      )}
      <ActionButton form={duplicate} result={results.duplicate} intent="duplicate" tone="secondary">
        {t("openings.duplicate")}
      </ActionButton>
      <Link to={href("/stillinger/:id/forslag", { id })} className="self-center text-brand-700 underline">
        {t("proposals.pipelineLink")}
      </Link>
      {kind === "TASK" ? (
        <Link to={href("/stillinger/:id/tilbud", { id })} className="self-center text-brand-700 underline">
          {t("procurement.quotesLink")}
        </Link>
      ) : null}
      {published ? (
        <Link to={href("/muligheter/:id", { id })} className="self-center text-brand-700 underline">
          {t("openings.viewPublic")}
        </Link>
      ) : null}
    </div>
  );
}
