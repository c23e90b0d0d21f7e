import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { meetingIntent } from "~/domain/proposals/proposal-schema";
import { ActionButton } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";
import { ProposalStageForm } from "./stage-form";

/** The employer's side of a proposal: move it in the pipeline, and ask to meet the candidate. */
export function EmployerActions({
  proposalId,
  stage,
  meetingRequested,
  introduced,
  moveResult,
  meetingResult,
}: {
  proposalId: string;
  stage: string;
  meetingRequested: boolean;
  introduced: boolean;
  moveResult: SubmissionResult<string[]> | undefined;
  meetingResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [meeting] = useZodForm(meetingIntent, meetingResult);
  return (
    <div className="mb-8">
      <div className="flex flex-wrap items-end gap-6">
        <ProposalStageForm proposalId={proposalId} stage={stage} result={moveResult} />
        {meetingRequested ? null : (
          <ActionButton form={meeting} result={meetingResult} intent="meeting">
            {t("proposals.requestMeeting")}
          </ActionButton>
        )}
      </div>
      {meetingRequested && !introduced ? <p className="mt-3">{t("proposals.meetingRequested")}</p> : null}
    </div>
  );
}
