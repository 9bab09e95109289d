/**
 * The actions whose only input is a reason (lý do): each its own typed mutation, the same form. A
 * required reason is checked in the form before anything is sent; an optional one is sent as null.
 */
import type { MessageKey } from "../../../../i18n/vi.ts";
import {
  APPROVE_COMPLAINT_ANSWER,
  CLOSE_COMPLAINT,
  CONTRIBUTE_TO_COMPLAINT,
  EXTEND_COMPLAINT,
  PAUSE_COMPLAINT,
  RESUME_COMPLAINT,
  RETURN_COMPLAINT_ANSWER,
} from "../detail-mutations.ts";
import { useLifecycleMutation } from "../lifecycle.tsx";
import { ReasonForm } from "../ReasonForm.tsx";
import { ActionPanel } from "./ActionPanel.tsx";

interface ActionProps {
  id: string;
}

function ReasonAction({
  title,
  label = "complaints.reason",
  optional,
  pending,
  onSubmit,
}: {
  title: MessageKey;
  label?: MessageKey;
  optional?: boolean;
  pending: boolean;
  onSubmit(reason: string): Promise<boolean>;
}) {
  return (
    <ActionPanel title={title}>
      <ReasonForm label={label} button={title} optional={optional} pending={pending} onSubmit={onSubmit} />
    </ActionPanel>
  );
}

/** Góp ý: a unit that is not the lead adds its part to the answer. */
export function ContributeAction({ id }: ActionProps) {
  const { run, pending } = useLifecycleMutation(CONTRIBUTE_TO_COMPLAINT);
  return (
    <ReasonAction title="complaints.action.contribute" label="complaints.text" pending={pending} onSubmit={(text) => run({ id, text })} />
  );
}

/** Duyệt dự thảo: the city office approves the drafted answer, with an optional note. */
export function ApproveAnswerAction({ id }: ActionProps) {
  const { run, pending } = useLifecycleMutation(APPROVE_COMPLAINT_ANSWER);
  return (
    <ReasonAction title="complaints.action.approve" optional pending={pending} onSubmit={(reason) => run({ id, reason: reason || null })} />
  );
}

/** Trả lại dự thảo: the draft goes back to the lead unit with the reason. */
export function ReturnAnswerAction({ id }: ActionProps) {
  const { run, pending } = useLifecycleMutation(RETURN_COMPLAINT_ANSWER);
  return <ReasonAction title="complaints.action.returnAnswer" pending={pending} onSubmit={(reason) => run({ id, reason })} />;
}

/** Tạm dừng: the clock stops while the sender is asked for more. */
export function PauseAction({ id }: ActionProps) {
  const { run, pending } = useLifecycleMutation(PAUSE_COMPLAINT);
  return <ReasonAction title="complaints.action.pause" pending={pending} onSubmit={(reason) => run({ id, reason })} />;
}

export function ResumeAction({ id }: ActionProps) {
  const { run, pending } = useLifecycleMutation(RESUME_COMPLAINT);
  return (
    <ReasonAction title="complaints.action.resume" optional pending={pending} onSubmit={(reason) => run({ id, reason: reason || null })} />
  );
}

/** Gia hạn: the one extension the rules allow, with its reason. */
export function ExtendAction({ id }: ActionProps) {
  const { run, pending } = useLifecycleMutation(EXTEND_COMPLAINT);
  return <ReasonAction title="complaints.action.extend" pending={pending} onSubmit={(reason) => run({ id, reason })} />;
}

export function CloseAction({ id }: ActionProps) {
  const { run, pending } = useLifecycleMutation(CLOSE_COMPLAINT);
  return (
    <ReasonAction title="complaints.action.close" optional pending={pending} onSubmit={(reason) => run({ id, reason: reason || null })} />
  );
}
