import { useI18n } from "../../../i18n/I18nProvider.tsx";
import type { ComplaintAction } from "../../../graphql/generated/graphql.ts";
import type { ComplaintDetail } from "../complaints-query.ts";
import { ClassifyAction } from "./actions/ClassifyAction.tsx";
import { DraftAnswerAction } from "./actions/DraftAnswerAction.tsx";
import { MergeAction } from "./actions/MergeAction.tsx";
import { PublishAction } from "./actions/PublishAction.tsx";
import {
  ApproveAnswerAction,
  CloseAction,
  ContributeAction,
  ExtendAction,
  PauseAction,
  ResumeAction,
  ReturnAnswerAction,
} from "./actions/reason-actions.tsx";
import { ReissueSecretAction } from "./actions/ReissueSecretAction.tsx";
import { ReturnAction } from "./actions/ReturnAction.tsx";
import { SendAnswerAction } from "./actions/SendAnswerAction.tsx";
import { TransferAction } from "./actions/TransferAction.tsx";

/** The actions the server allows this reader on this record now (allowedActions), in the order of the lifecycle. */
export function ActionsPanel({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useI18n();
  const can = (action: ComplaintAction) => c.allowedActions.includes(action);
  return (
    <div className="actions no-print" role="group" aria-label={t("complaints.actions")}>
      {can("CLASSIFY") && <ClassifyAction complaint={c} />}
      {can("TRANSFER") && <TransferAction id={c.id} />}
      {can("DRAFT_ANSWER") && <DraftAnswerAction id={c.id} field={c.classification?.field ?? null} />}
      {can("CONTRIBUTE") && <ContributeAction id={c.id} />}
      {can("APPROVE_ANSWER") && <ApproveAnswerAction id={c.id} />}
      {can("RETURN_ANSWER") && <ReturnAnswerAction id={c.id} />}
      {can("SEND_ANSWER") && <SendAnswerAction id={c.id} />}
      {can("PUBLISH") && <PublishAction id={c.id} />}
      {can("PAUSE") && <PauseAction id={c.id} />}
      {can("RESUME") && <ResumeAction id={c.id} />}
      {can("EXTEND") && !c.extended && <ExtendAction id={c.id} />}
      {can("RETURN") && <ReturnAction id={c.id} />}
      {can("MERGE") && c.duplicateSuggestions.length > 0 && <MergeAction complaint={c} />}
      {can("CLOSE") && <CloseAction id={c.id} />}
      {can("REISSUE_SECRET") && <ReissueSecretAction id={c.id} />}
    </div>
  );
}
