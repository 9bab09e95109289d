import { useCallback, useEffect, useId, useState, type FormEvent, type ReactNode } from "react";
import { Link, useParams } from "react-router-dom";
import { ApiError } from "../../api/errors.ts";
import type { Variables } from "../../api/graphql.ts";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate, parseDisplayDate } from "../../i18n/dates.ts";
import { errorMessageKeyOf } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/vi.ts";
import { downloadFile } from "./download.ts";
import {
  CATEGORIES,
  DETAIL_FIELDS,
  DETAIL_QUERY,
  TEMPLATES_QUERY,
  type AnswerTemplate,
  formatInstant,
  redactSpans,
  REVIEW_QUERY,
  UNITS_QUERY,
  type ComplaintDetail,
  type Span,
} from "./complaints-query.ts";

type Run = (mutation: string, variables: Variables) => Promise<boolean>;

/** The server words rule violations in Vietnamese; the UI shows them as they are in Vietnamese. */
function useErrorText() {
  const { t, lang } = useI18n();
  return (err: unknown) =>
    err instanceof ApiError && ["BAD_USER_INPUT", "FORBIDDEN"].includes(err.code) && lang === "vi"
      ? err.message
      : t(errorMessageKeyOf(err));
}

/** Chi tiết PAKN: the record, the sender (each read logged), the lifecycle actions and the audit trail. */
export function ComplaintDetailPage() {
  const { id = "" } = useParams();
  const { api } = useSession();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [complaint, setComplaint] = useState<ComplaintDetail | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(() => {
    api
      .request<{ complaint: ComplaintDetail | null }>(DETAIL_QUERY, { id })
      .then((d) => setComplaint(d.complaint))
      .catch((err: unknown) => setError(errorText(err)));
    // errorText only changes with the language, which is no reason to fetch the complaint again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, id]);
  useEffect(load, [load]);

  const run: Run = async (mutation, variables) => {
    setError(null);
    setDone(null);
    try {
      const data = await api.request<Record<string, ComplaintDetail>>(mutation, { id, ...variables });
      const next = Object.values(data)[0];
      if (next && "trackingCode" in next && "allowedActions" in next) setComplaint(next);
      else load();
      setDone(t("complaints.saved"));
      return true;
    } catch (err) {
      setError(errorText(err));
      return false;
    }
  };

  if (complaint === undefined) return <p className="page-status">{error ?? t("complaints.loading")}</p>;
  if (complaint === null) return <p className="notice notice--error">{t("complaints.notFound")}</p>;
  const c = complaint;
  const can = (action: string) => c.allowedActions.includes(action);

  return (
    <section aria-labelledby="page-title" className="stack">
      <p>
        <Link to="/complaints">← {t("complaints.inbox.heading")}</Link>
      </p>
      <h1 id="page-title">
        {t("complaints.detail.heading")} {c.trackingCode}
      </h1>
      <div className="card">
        <dl className="facts">
          <dt>{t("complaints.col.status")}</dt>
          <dd data-testid="complaint-status">{c.statusLabel}</dd>
          <dt>{t("complaints.channel")}</dt>
          <dd>{t(`complaints.channel.${c.channel}` as MessageKey)}</dd>
          <dt>{t("complaints.col.received")}</dt>
          <dd>{formatInstant(c.receivedAt)}</dd>
          <dt>{t("complaints.col.regulation")}</dt>
          <dd>{c.regulation}</dd>
          {c.classification && (
            <>
              <dt>{t("complaints.field")}</dt>
              <dd>
                {c.classification.field} · {t(`complaints.kind.${c.classification.kind}` as MessageKey)} · {c.classification.regulation}
              </dd>
            </>
          )}
          <dt>{t("complaints.col.units")}</dt>
          <dd>{c.units.length ? c.units.map((u) => (u.lead ? `${u.name} (${t("complaints.lead")})` : u.name)).join("; ") : "—"}</dd>
          <dt>{t("complaints.dueDates")}</dt>
          <dd>
            {t("complaints.dueLine", {
              classify: formatDate(c.due.classify),
              handle: c.due.handle ? formatDate(c.due.handle) : "—",
              answer: formatDate(c.due.answer),
            })}
            {c.extended && ` · ${t("complaints.extended")}: ${c.extensionReason ?? ""}`}
          </dd>
        </dl>
      </div>

      <SenderCard complaint={c} />

      <div className="card">
        <h2>{t("complaints.content")}</h2>
        <p className="plain-text" data-testid="complaint-content">
          {c.content}
        </p>
        {c.attachments.length > 0 && <Attachments files={c.attachments} />}
      </div>

      {c.answer && (
        <div className="card">
          <h2>
            {t("complaints.answer")} — {t(`complaints.answerStatus.${c.answer.status}` as MessageKey)}
          </h2>
          <p className="secondary">
            {t("pakn.answerDocument", { number: c.answer.documentNumber, date: formatDate(c.answer.documentDate) })}
          </p>
          <p className="plain-text">{c.answer.text}</p>
        </div>
      )}
      {c.contributions.map((k) => (
        <div className="card" key={k.at}>
          <h3>{t("complaints.contribution")}</h3>
          <p className="plain-text">{k.text}</p>
        </div>
      ))}
      {c.returnedReason && (
        <div className="card">
          <h2>{t("pakn.returned")}</h2>
          <p className="plain-text">{c.returnedReason}</p>
          <p className="plain-text">{c.returnedGuidance}</p>
        </div>
      )}

      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}

      <div className="actions no-print" aria-label={t("complaints.actions")}>
        {can("CLASSIFY") && <ClassifyAction run={run} complaint={c} />}
        {can("TRANSFER") && <TransferAction run={run} />}
        {can("DRAFT_ANSWER") && <DraftAction run={run} field={c.classification?.field ?? null} />}
        {can("CONTRIBUTE") && (
          <TextAction run={run} title="complaints.action.contribute" mutation="contributeToComplaint" argument="text" />
        )}
        {can("APPROVE_ANSWER") && <ReasonAction run={run} title="complaints.action.approve" mutation="approveComplaintAnswer" optional />}
        {can("RETURN_ANSWER") && <ReasonAction run={run} title="complaints.action.returnAnswer" mutation="returnComplaintAnswer" />}
        {can("SEND_ANSWER") && <ButtonAction run={run} title="complaints.action.send" mutation="sendComplaintAnswer" />}
        {can("PUBLISH") && <PublishAction run={run} id={c.id} />}
        {can("PAUSE") && <ReasonAction run={run} title="complaints.action.pause" mutation="pauseComplaint" />}
        {can("RESUME") && <ReasonAction run={run} title="complaints.action.resume" mutation="resumeComplaint" optional />}
        {can("EXTEND") && !c.extended && <ReasonAction run={run} title="complaints.action.extend" mutation="extendComplaint" />}
        {can("RETURN") && <ReturnAction run={run} />}
        {can("MERGE") && c.duplicateSuggestions.length > 0 && <MergeAction run={run} complaint={c} />}
        {can("CLOSE") && <ReasonAction run={run} title="complaints.action.close" mutation="closeComplaint" optional />}
        {can("REISSUE_SECRET") && <ReissueAction />}
      </div>

      <div className="card">
        <h2>{t("complaints.audit")}</h2>
        <div className="table-scroll">
          <table data-testid="audit-trail">
            <thead>
              <tr>
                <th scope="col">{t("complaints.audit.at")}</th>
                <th scope="col">{t("complaints.audit.action")}</th>
                <th scope="col">{t("complaints.audit.actor")}</th>
                <th scope="col">{t("complaints.audit.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {c.auditTrail.map((a, i) => (
                <tr key={i}>
                  <td className="nowrap">{formatInstant(a.at)}</td>
                  <td>
                    {a.action} → {t(`complaints.status.${a.toStatus}` as MessageKey)}
                  </td>
                  <td className="code">{a.actorId}</td>
                  <td className="plain-text">{a.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

function SenderCard({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useI18n();
  const { api } = useSession();
  const errorText = useErrorText();
  const [revealed, setRevealed] = useState<ComplaintDetail["sender"]>(null);
  const [error, setError] = useState<string | null>(null);
  const sender = c.sender ?? revealed;
  return (
    <div className="card">
      <h2>{t("complaints.sender")}</h2>
      {sender ? (
        <dl className="facts" data-testid="sender">
          <dt>{t("pakn.senderName")}</dt>
          <dd>{sender.name}</dd>
          <dt>{t("pakn.senderAddress")}</dt>
          <dd>{sender.address}</dd>
          <dt>{t("pakn.senderPhone")}</dt>
          <dd>{sender.phone ?? "—"}</dd>
          <dt>{t("pakn.senderEmail")}</dt>
          <dd>{sender.email ?? "—"}</dd>
        </dl>
      ) : (
        <>
          <p className="notice" data-testid="sender-hidden">
            {t("complaints.senderHidden")}
          </p>
          <ReasonForm
            label="complaints.revealReason"
            button="complaints.reveal"
            onSubmit={async (reason) => {
              try {
                const d = await api.request<{ revealComplaintSender: ComplaintDetail["sender"] }>(
                  `mutation Reveal($id: ID!, $reason: String!) { revealComplaintSender(id: $id, reason: $reason) { name address phone email } }`,
                  { id: c.id, reason },
                );
                setRevealed(d.revealComplaintSender);
                return true;
              } catch (err) {
                setError(errorText(err));
                return false;
              }
            }}
          />
          {error && <p className="field-error">{error}</p>}
        </>
      )}
    </div>
  );
}

function Attachments({ files }: { files: ComplaintDetail["attachments"] }) {
  const { t } = useI18n();
  return (
    <ul>
      {files.map((f) => (
        <li key={f.fileId}>
          <button type="button" className="button" onClick={() => void downloadFile(f.url, f.name)}>
            {t("complaints.download")} {f.name}
          </button>{" "}
          ({Math.ceil(f.size / 1024)} KB)
        </li>
      ))}
    </ul>
  );
}

function Action({ title, children }: { title: MessageKey; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <details>
      <summary>{t(title)}</summary>
      {children}
    </details>
  );
}

function ReasonForm({
  label,
  button,
  optional,
  onSubmit,
}: {
  label: MessageKey;
  button: MessageKey;
  optional?: boolean;
  onSubmit(reason: string): Promise<boolean>;
}) {
  const { t } = useI18n();
  const id = useId();
  const [reason, setReason] = useState("");
  return (
    <form
      className="stack"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void onSubmit(reason).then((ok) => ok && setReason(""));
      }}
    >
      <div>
        <label htmlFor={id}>
          {t(label)}
          {optional ? "" : " *"}
        </label>
        <textarea id={id} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <button type="submit" className="button button--primary">
        {t(button)}
      </button>
    </form>
  );
}

const mutationOf = (name: string, args: string, params: string) =>
  `mutation Act($id: ID!${params}) { ${name}(id: $id${args}) { ${DETAIL_FIELDS} } }`;

function ReasonAction({ run, title, mutation, optional }: { run: Run; title: MessageKey; mutation: string; optional?: boolean }) {
  return (
    <Action title={title}>
      <ReasonForm
        label="complaints.reason"
        button={title}
        optional={optional}
        onSubmit={(reason) =>
          run(mutationOf(mutation, ", reason: $reason", optional ? ", $reason: String" : ", $reason: String!"), {
            reason: reason || (optional ? null : ""),
          })
        }
      />
    </Action>
  );
}

function TextAction({ run, title, mutation, argument }: { run: Run; title: MessageKey; mutation: string; argument: string }) {
  return (
    <Action title={title}>
      <ReasonForm
        label="complaints.text"
        button={title}
        onSubmit={(text) => run(mutationOf(mutation, `, ${argument}: $text`, ", $text: String!"), { text })}
      />
    </Action>
  );
}

function ButtonAction({ run, title, mutation }: { run: Run; title: MessageKey; mutation: string }) {
  const { t } = useI18n();
  return (
    <button type="button" className="button button--primary" onClick={() => void run(mutationOf(mutation, "", ""), {})}>
      {t(title)}
    </button>
  );
}

function useUnits() {
  const { api } = useSession();
  const [units, setUnits] = useState<Array<{ id: string; name: string }>>([]);
  useEffect(() => {
    api
      .request<{ units: Array<{ id: string; name: string; level: { code: string } }> }>(UNITS_QUERY)
      .then((d) => setUnits(d.units.filter((u) => u.level.code !== "group").sort((a, b) => a.name.localeCompare(b.name, "vi"))))
      .catch(() => setUnits([]));
  }, [api]);
  return units;
}

function ClassifyAction({ run, complaint }: { run: Run; complaint: ComplaintDetail }) {
  const { t } = useI18n();
  const id = useId();
  const units = useUnits();
  const [kind, setKind] = useState("FEEDBACK");
  const [category, setCategory] = useState<string>("other");
  const [field, setField] = useState("");
  const [regulation, setRegulation] = useState(complaint.regulation ?? "");
  const [concerned, setConcerned] = useState("");
  return (
    <Action title="complaints.action.classify">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void run(mutationOf("classifyComplaint", ", input: $input", ", $input: ClassifyInput!"), {
            input: { kind, category, field, regulation, concernedUnitId: concerned || null },
          });
        }}
      >
        <div>
          <label htmlFor={`${id}-k`}>{t("complaints.kindLabel")}</label>
          <select id={`${id}-k`} value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="FEEDBACK">{t("complaints.kind.FEEDBACK")}</option>
            <option value="PETITION">{t("complaints.kind.PETITION")}</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-c`}>{t("complaints.category")}</label>
          <select id={`${id}-c`} value={category} onChange={(e) => setCategory(e.target.value)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`complaints.category.${c}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-f`}>{t("complaints.field")} *</label>
          <input id={`${id}-f`} value={field} onChange={(e) => setField(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-r`}>{t("complaints.col.regulation")} *</label>
          <input id={`${id}-r`} value={regulation} onChange={(e) => setRegulation(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-u`}>{t("complaints.concernedUnit")}</label>
          <select id={`${id}-u`} value={concerned} onChange={(e) => setConcerned(e.target.value)}>
            <option value="">{t("complaints.none")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t("complaints.action.classify")}
        </button>
      </form>
    </Action>
  );
}

function TransferAction({ run }: { run: Run }) {
  const { t } = useI18n();
  const id = useId();
  const units = useUnits();
  const [lead, setLead] = useState("");
  const [others, setOthers] = useState<string[]>([]);
  return (
    <Action title="complaints.action.transfer">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          const assignments = [
            { unitId: lead, lead: true },
            ...others.filter((o) => o !== lead).map((unitId) => ({ unitId, lead: false })),
          ];
          void run(mutationOf("transferComplaint", ", units: $units", ", $units: [AssignmentInput!]!"), { units: lead ? assignments : [] });
        }}
      >
        <div>
          <label htmlFor={`${id}-lead`}>{t("complaints.leadUnit")} *</label>
          <select id={`${id}-lead`} value={lead} onChange={(e) => setLead(e.target.value)}>
            <option value="">{t("complaints.choose")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-others`}>{t("complaints.otherUnits")}</label>
          <select
            id={`${id}-others`}
            multiple
            size={5}
            value={others}
            onChange={(e) => setOthers([...e.target.selectedOptions].map((o) => o.value))}
          >
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t("complaints.action.transfer")}
        </button>
      </form>
    </Action>
  );
}

function DraftAction({ run, field }: { run: Run; field: string | null }) {
  const { t } = useI18n();
  const { api } = useSession();
  const id = useId();
  const [text, setText] = useState("");
  const [templates, setTemplates] = useState<AnswerTemplate[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    api
      .request<{ complaintAnswerTemplates: AnswerTemplate[] }>(TEMPLATES_QUERY, { field }, controller.signal)
      .then((d) => setTemplates(d.complaintAnswerTemplates))
      .catch(() => undefined);
    return () => controller.abort();
  }, [api, field]);
  const [number, setNumber] = useState("");
  const [date, setDate] = useState("");
  const [badDate, setBadDate] = useState(false);
  return (
    <Action title="complaints.action.draft">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          const iso = parseDisplayDate(date);
          setBadDate(!iso);
          if (!iso) return;
          void run(
            mutationOf(
              "draftComplaintAnswer",
              ", text: $text, documentNumber: $number, documentDate: $date",
              ", $text: String!, $number: String!, $date: Date!",
            ),
            { text, number, date: iso },
          );
        }}
      >
        {templates.length > 0 && (
          <div>
            <label htmlFor={`${id}-tpl`}>{t("complaints.templates.pick")}</label>
            <select
              id={`${id}-tpl`}
              defaultValue=""
              onChange={(e) => setText(templates.find((tpl) => tpl.id === e.target.value)?.text ?? text)}
            >
              <option value="">{t("complaints.templates.none")}</option>
              {templates.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor={`${id}-t`}>{t("complaints.answerText")} *</label>
          <textarea id={`${id}-t`} rows={6} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-n`}>{t("complaints.documentNumber")} *</label>
          <input id={`${id}-n`} value={number} onChange={(e) => setNumber(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-d`}>{t("complaints.documentDate")} *</label>
          <input
            id={`${id}-d`}
            placeholder="dd/mm/yyyy"
            inputMode="numeric"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            aria-invalid={badDate}
          />
          {badDate && <small className="field-error">{t("complaints.badDate")}</small>}
        </div>
        <button type="submit" className="button button--primary">
          {t("complaints.action.draft")}
        </button>
      </form>
    </Action>
  );
}

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

function PublishAction({ run, id: complaintId }: { run: Run; id: string }) {
  const { t } = useI18n();
  const { api } = useSession();
  const id = useId();
  const [review, setReview] = useState<{ question: string; questionSpans: Span[]; answer: string | null; answerSpans: Span[] } | null>(
    null,
  );
  const [question, setQuestion] = useState("");
  const [answer, setAnswer] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const label = (kind: string) => t(`complaints.redacted.${kind}` as MessageKey);

  useEffect(() => {
    api
      .request<{ complaintPublicationReview: NonNullable<typeof review> }>(REVIEW_QUERY, { id: complaintId })
      .then((d) => {
        const r = d.complaintPublicationReview;
        setReview(r);
        setQuestion(redactSpans(r.question, r.questionSpans, label));
        setAnswer(redactSpans(r.answer ?? "", r.answerSpans, label));
      })
      .catch(() => setReview(null));
    // label depends on the language only, which is no reason to fetch the review again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, complaintId]);

  return (
    <Action title="complaints.action.publish">
      {review && (
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
              void run(
                mutationOf(
                  "publishComplaint",
                  ", publishedQuestion: $q, publishedText: $a, personalDataRemovedConfirmed: $c",
                  ", $q: String!, $a: String!, $c: Boolean!",
                ),
                { q: question, a: answer, c: confirmed },
              );
            }}
          >
            <div>
              <label htmlFor={`${id}-q`}>{t("complaints.publish.question")}</label>
              <textarea id={`${id}-q`} rows={4} value={question} onChange={(e) => setQuestion(e.target.value)} />
            </div>
            <div>
              <label htmlFor={`${id}-a`}>{t("complaints.publish.answer")}</label>
              <textarea id={`${id}-a`} rows={6} value={answer} onChange={(e) => setAnswer(e.target.value)} />
            </div>
            <label className="check">
              <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
              <span>{t("complaints.publish.confirm")}</span>
            </label>
            <button type="submit" className="button button--primary">
              {t("complaints.action.publish")}
            </button>
          </form>
        </div>
      )}
    </Action>
  );
}

function ReturnAction({ run }: { run: Run }) {
  const { t } = useI18n();
  const id = useId();
  const [reason, setReason] = useState("");
  const [guidance, setGuidance] = useState("");
  return (
    <Action title="complaints.action.return">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void run(mutationOf("returnComplaint", ", reason: $reason, guidance: $guidance", ", $reason: String!, $guidance: String!"), {
            reason,
            guidance,
          });
        }}
      >
        <div>
          <label htmlFor={`${id}-r`}>{t("complaints.reason")} *</label>
          <textarea id={`${id}-r`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-g`}>{t("complaints.guidance")} *</label>
          <textarea id={`${id}-g`} rows={2} value={guidance} onChange={(e) => setGuidance(e.target.value)} />
        </div>
        <button type="submit" className="button button--primary">
          {t("complaints.action.return")}
        </button>
      </form>
    </Action>
  );
}

function MergeAction({ run, complaint }: { run: Run; complaint: ComplaintDetail }) {
  const { t } = useI18n();
  return (
    <Action title="complaints.action.merge">
      <ul>
        {complaint.duplicateSuggestions.map((d) => (
          <li key={d.complaint.id} className="row">
            <Link to={`/complaints/${d.complaint.id}`}>{d.complaint.trackingCode}</Link>
            <span>{t("complaints.similarity", { score: Math.round(d.score * 100) })}</span>
            <button
              type="button"
              className="button"
              onClick={() => void run(mutationOf("mergeComplaint", ", intoId: $into", ", $into: ID!"), { into: d.complaint.id })}
            >
              {t("complaints.mergeInto")}
            </button>
          </li>
        ))}
      </ul>
    </Action>
  );
}

/** A new secret after an identity check: shown once, on a printable receipt. */
function ReissueAction() {
  const { t } = useI18n();
  const { id = "" } = useParams();
  const { api } = useSession();
  const errorText = useErrorText();
  const [receipt, setReceipt] = useState<{ trackingCode: string; secret: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <Action title="complaints.action.reissue">
      {receipt ? (
        <div className="card">
          <p className="receipt-code">{receipt.trackingCode}</p>
          <p className="receipt-code">{receipt.secret}</p>
          <button type="button" className="button" onClick={() => window.print()}>
            {t("pakn.print")}
          </button>
        </div>
      ) : (
        <ReasonForm
          label="complaints.identityCheck"
          button="complaints.action.reissue"
          onSubmit={async (reason) => {
            try {
              const d = await api.request<{ reissueComplaintSecret: { trackingCode: string; secret: string } }>(
                `mutation Reissue($id: ID!, $reason: String!) { reissueComplaintSecret(id: $id, reason: $reason) { trackingCode secret } }`,
                { id, reason },
              );
              setReceipt(d.reissueComplaintSecret);
              return true;
            } catch (err) {
              setError(errorText(err));
              return false;
            }
          }}
        />
      )}
      {error && <p className="field-error">{error}</p>}
    </Action>
  );
}
