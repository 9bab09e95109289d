import { Alert, Button, Checkbox, Input } from "antd";
import { useState, type ReactNode } from "react";
import { keys, useGraphQLQuery } from "../../../../api/query.tsx";
import { errorText } from "../../../../i18n/error-message.ts";
import { useI18n } from "../../../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../../../i18n/vi.ts";
import { REVIEW_QUERY, redactSpans, type PublicationReview, type Span } from "../../complaints-query.ts";
import { PUBLISH_COMPLAINT } from "../detail-mutations.ts";
import { useLifecycleMutation } from "../lifecycle.tsx";
import { ActionPanel } from "./ActionPanel.tsx";

/**
 * Công khai: the question and the answer as they will be published. The server marks what looks like
 * personal data; the texts start with those spans replaced by labels, the reviewer edits them and
 * confirms that no personal data is left before the server accepts them.
 */
export function PublishAction({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const review = useGraphQLQuery([...keys.complaint(id), "publicationReview"], REVIEW_QUERY, { id });
  return (
    <ActionPanel title="complaints.action.publish">
      {review.isError && <Alert type="error" title={errorText(review.error, lang, t)} />}
      {review.data && <PublishForm id={id} review={review.data.complaintPublicationReview} />}
    </ActionPanel>
  );
}

function PublishForm({ id, review }: { id: string; review: PublicationReview }) {
  const { t } = useI18n();
  const label = (kind: string) => t(`complaints.redacted.${kind}` as MessageKey);
  // The first proposal only: what the reviewer types afterwards is theirs, whatever the language.
  const [question, setQuestion] = useState(() => redactSpans(review.question, review.questionSpans, label));
  const [answer, setAnswer] = useState(() => redactSpans(review.answer ?? "", review.answerSpans, label));
  const [confirmed, setConfirmed] = useState(false);
  const { run, pending } = useLifecycleMutation(PUBLISH_COMPLAINT);
  const field = `publish-${id}`;
  return (
    <div className="stack">
      <p className="notice">{t("complaints.publish.highlightHint")}</p>
      <div data-testid="pii-review">
        <h3>{t("complaints.publish.original")}</h3>
        <Highlighted text={review.question} spans={review.questionSpans} />
        {review.answer && <Highlighted text={review.answer} spans={review.answerSpans} />}
      </div>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void run({ id, publishedQuestion: question, publishedText: answer, personalDataRemovedConfirmed: confirmed });
        }}
      >
        <div>
          <label htmlFor={`${field}-q`}>{t("complaints.publish.question")}</label>
          <Input.TextArea id={`${field}-q`} rows={4} value={question} onChange={(e) => setQuestion(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${field}-a`}>{t("complaints.publish.answer")}</label>
          <Input.TextArea id={`${field}-a`} rows={6} value={answer} onChange={(e) => setAnswer(e.target.value)} />
        </div>
        <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
          {t("complaints.publish.confirm")}
        </Checkbox>
        <Button type="primary" htmlType="submit" loading={pending}>
          {t("complaints.action.publish")}
        </Button>
      </form>
    </div>
  );
}

/** The original text with the spans the server took for personal data marked. */
function Highlighted({ text, spans }: { text: string; spans: readonly Span[] }) {
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const s of spans) {
    parts.push(text.slice(cursor, s.start));
    parts.push(
      <mark key={s.start} className="pii" title={s.kind}>
        {text.slice(s.start, s.end)}
      </mark>,
    );
    cursor = s.end;
  }
  parts.push(text.slice(cursor));
  return <p className="plain-text">{parts}</p>;
}
