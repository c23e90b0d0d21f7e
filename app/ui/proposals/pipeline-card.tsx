import { useTranslation } from "react-i18next";
import { href, Link } from "react-router";
import { occupationLabel } from "~/domain/openings/occupations";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { resultFor, type FormReply } from "~/ui/use-zod-form";
import { moveReplyKey, ProposalStageForm } from "./stage-form";

export type PipelineCardData = {
  id: string;
  code: string;
  occupations: string[];
  companyName: string;
  stage: string;
  employerTotalOre: number | null;
};

/** A proposal on the employer's pipeline (list or board): who, from whom, what it costs, and its stage form. */
export function PipelineCard({
  p,
  action,
  actionData,
}: {
  p: PipelineCardData;
  action: string;
  actionData: FormReply | undefined;
}) {
  const { t } = useTranslation();
  const lang = useLocale();
  return (
    <div className="rounded border border-gray-300 p-3">
      <p className="font-semibold">
        <Link to={href("/forslag/:id", { id: p.id })} className="text-brand-700 underline">
          {t("talent.profileTitle", { code: p.code })}
        </Link>
      </p>
      <p className="text-sm">{p.occupations.map((c) => occupationLabel(c, lang)).join(", ")}</p>
      <p className="text-sm text-gray-800">
        {p.companyName}
        {p.employerTotalOre === null
          ? ""
          : ` · ${t("proposals.totalEmployer")}: ${formatNok(p.employerTotalOre, lang)}`}
      </p>
      <div className="mt-2">
        <ProposalStageForm
          proposalId={p.id}
          stage={p.stage}
          action={action}
          code={p.code}
          result={resultFor(actionData, moveReplyKey(p.id))}
        />
      </div>
    </div>
  );
}
