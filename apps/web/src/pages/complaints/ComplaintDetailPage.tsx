import { Alert, Button, Checkbox, Form, Input, Select } from "antd";
import { useEffect, useState, type ReactNode } from "react";
import { Link, useParams } from "react-router-dom";
import type { Variables } from "../../api/graphql.ts";
import { saveBlob } from "../../api/client.ts";
import { keys, useGraphQLQuery, useQueryClient } from "../../api/query.tsx";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { compareVietnamese } from "../../i18n/collate.ts";
import { DataTable } from "../../ui/DataTable.tsx";
import { DateField } from "../../ui/DateField.tsx";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/vi.ts";
import {
  CATEGORIES,
  DETAIL_FRAGMENT,
  REISSUE_SECRET,
  REVEAL_SENDER,
  DETAIL_QUERY,
  TEMPLATES_QUERY,
  formatInstant,
  redactSpans,
  REVIEW_QUERY,
  UNITS_QUERY,
  type ComplaintDetail,
  type PublicationReview,
  type Span,
} from "./complaints-query.ts";

type Run = (mutation: string, variables: Variables) => Promise<boolean>;

/** The one error text of the app, with this page's language. */
function useErrorText() {
  const { t, lang } = useI18n();
  return (err: unknown) => errorText(err, lang, t);
}

/** Chi tiết PAKN: the record, the sender (each read logged), the lifecycle actions and the audit trail. */
export function ComplaintDetailPage() {
  const { id = "" } = useParams();
  const { api } = useSession();
  const { t } = useI18n();
  const client = useQueryClient();
  const toText = useErrorText();
  const detail = useGraphQLQuery(keys.complaint(id), DETAIL_QUERY, { id });
  const complaint = detail.data?.complaint;
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? (detail.isError ? toText(detail.error) : null);
  const [done, setDone] = useState<string | null>(null);

  const run: Run = async (mutation, variables) => {
    setError(null);
    setDone(null);
    try {
      const data = await api.request<Record<string, ComplaintDetail>>(mutation, { id, ...variables });
      const next = Object.values(data)[0];
      // Every lifecycle mutation answers with the whole record: shown at once, without another read.
      if (next && "trackingCode" in next && "allowedActions" in next) client.setQueryData(keys.complaint(id), { complaint: next });
      // The inbox's rows and counts change with the status.
      await client.invalidateQueries({ queryKey: keys.complaints, predicate: (q) => q.queryKey[1] !== "detail" });
      setDone(t("complaints.saved"));
      return true;
    } catch (err) {
      setError(toText(err));
      return false;
    }
  };

  if (complaint === undefined)
    return error ? <Alert type="error" title={error} /> : <p className="page-status">{t("complaints.loading")}</p>;
  if (complaint === null) return <Alert type="error" title={t("complaints.notFound")} />;
  const c = complaint;
  const can = (action: string) => (c.allowedActions as readonly string[]).includes(action);

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

      {error && <Alert type="error" title={error} />}
      {done && <Alert type="success" role="status" title={done} />}

      <div className="actions no-print" role="group" aria-label={t("complaints.actions")}>
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
        <DataTable
          data-testid="audit-trail"
          label={t("complaints.audit")}
          rowKey={(a) => `${a.at}-${a.action}-${a.toStatus}`}
          dataSource={c.auditTrail}
          columns={[
            { title: t("complaints.audit.at"), key: "at", className: "nowrap", render: (_, a) => formatInstant(a.at) },
            {
              title: t("complaints.audit.action"),
              key: "action",
              render: (_, a) => `${a.action} → ${t(`complaints.status.${a.toStatus}` as MessageKey)}`,
            },
            { title: t("complaints.audit.actor"), dataIndex: "actorId", className: "code" },
            { title: t("complaints.audit.reason"), dataIndex: "reason", className: "plain-text" },
          ]}
        />
      </div>
    </section>
  );
}

function SenderCard({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useI18n();
  const { api } = useSession();
  const toText = useErrorText();
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
                const d = await api.request(REVEAL_SENDER, { id: c.id, reason });
                setRevealed(d.revealComplaintSender);
                return true;
              } catch (err) {
                setError(toText(err));
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
  const { api } = useSession();
  const toText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const downloadFile = async (url: string, name: string) => {
    setError(null);
    try {
      saveBlob(await api.download(url), name);
    } catch (err) {
      setError(toText(err));
    }
  };
  return (
    <ul>
      {files.map((f) => (
        <li key={f.fileId}>
          <Button onClick={() => void downloadFile(f.url, f.name)}>
            {t("complaints.download")} {f.name}
          </Button>{" "}
          ({Math.ceil(f.size / 1024)} KB)
        </li>
      ))}
      {error && (
        <li>
          <Alert type="error" title={error} />
        </li>
      )}
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
  const [form] = Form.useForm<{ reason?: string }>();
  return (
    <Form
      form={form}
      layout="vertical"
      className="stack"
      onFinish={({ reason }) => void onSubmit((reason ?? "").trim()).then((ok) => ok && form.resetFields())}
    >
      <Form.Item
        label={t(label)}
        name="reason"
        rules={optional ? [] : [{ required: true, whitespace: true, message: t("common.reasonRequired") }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        {t(button)}
      </Button>
    </Form>
  );
}

const mutationOf = (name: string, args: string, params: string) =>
  `mutation Act($id: ID!${params}) { ${name}(id: $id${args}) { ...ComplaintDetailFields } } ${DETAIL_FRAGMENT}`;

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
    <Button type="primary" onClick={() => void run(mutationOf(mutation, "", ""), {})}>
      {t(title)}
    </Button>
  );
}

/** The units a PAKN can go to (groups excluded), in Vietnamese order; cached for the session. */
function useUnits() {
  const { data } = useGraphQLQuery([...keys.units, "withLevel"], UNITS_QUERY, undefined, { staleTime: 5 * 60_000 });
  return (data?.units ?? []).filter((u) => u.level.code !== "group").sort((a, b) => compareVietnamese(a.name, b.name));
}

interface ClassifyFields {
  kind: string;
  category: string;
  field: string;
  regulation: string;
  concernedUnitId: string;
}

function ClassifyAction({ run, complaint }: { run: Run; complaint: ComplaintDetail }) {
  const { t } = useI18n();
  const units = useUnits();
  const required = (label: MessageKey) => [
    { required: true, whitespace: true, message: t("complaints.fieldRequired", { field: t(label) }) },
  ];
  return (
    <Action title="complaints.action.classify">
      <Form<ClassifyFields>
        name="classify"
        layout="vertical"
        className="stack"
        initialValues={{ kind: "FEEDBACK", category: "other", field: "", regulation: complaint.regulation ?? "", concernedUnitId: "" }}
        onFinish={(v) =>
          void run(mutationOf("classifyComplaint", ", input: $input", ", $input: ClassifyInput!"), {
            input: { ...v, concernedUnitId: v.concernedUnitId || null },
          })
        }
      >
        <Form.Item label={t("complaints.kindLabel")} name="kind">
          <Select
            options={[
              { value: "FEEDBACK", label: t("complaints.kind.FEEDBACK") },
              { value: "PETITION", label: t("complaints.kind.PETITION") },
            ]}
          />
        </Form.Item>
        <Form.Item label={t("complaints.category")} name="category">
          <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`complaints.category.${c}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item label={t("complaints.field")} name="field" rules={required("complaints.field")}>
          <Input />
        </Form.Item>
        <Form.Item label={t("complaints.col.regulation")} name="regulation" rules={required("complaints.col.regulation")}>
          <Input />
        </Form.Item>
        <Form.Item label={t("complaints.concernedUnit")} name="concernedUnitId">
          <Select
            showSearch={{ optionFilterProp: "label" }}
            options={[{ value: "", label: t("complaints.none") }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("complaints.action.classify")}
        </Button>
      </Form>
    </Action>
  );
}

function TransferAction({ run }: { run: Run }) {
  const { t } = useI18n();
  const units = useUnits();
  const options = units.map((u) => ({ value: u.id, label: u.name }));
  return (
    <Action title="complaints.action.transfer">
      <Form<{ lead?: string; others?: string[] }>
        name="transfer"
        layout="vertical"
        className="stack"
        onFinish={({ lead, others = [] }) => {
          const assignments = [
            { unitId: lead, lead: true },
            ...others.filter((o) => o !== lead).map((unitId) => ({ unitId, lead: false })),
          ];
          void run(mutationOf("transferComplaint", ", units: $units", ", $units: [AssignmentInput!]!"), { units: lead ? assignments : [] });
        }}
      >
        <Form.Item
          label={t("complaints.leadUnit")}
          name="lead"
          rules={[{ required: true, message: t("complaints.fieldRequired", { field: t("complaints.leadUnit") }) }]}
        >
          <Select showSearch={{ optionFilterProp: "label" }} placeholder={t("complaints.choose")} options={options} />
        </Form.Item>
        <Form.Item label={t("complaints.otherUnits")} name="others">
          <Select mode="multiple" showSearch={{ optionFilterProp: "label" }} options={options} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("complaints.action.transfer")}
        </Button>
      </Form>
    </Action>
  );
}

interface DraftFields {
  template?: string;
  text: string;
  number: string;
  date: string | null;
}

function DraftAction({ run, field }: { run: Run; field: string | null }) {
  const { t } = useI18n();
  const [form] = Form.useForm<DraftFields>();
  // Templates are optional help: without them the answer is written by hand.
  const templates =
    useGraphQLQuery([...keys.complaintSettings, "templates", field], TEMPLATES_QUERY, {
      field,
    }).data?.complaintAnswerTemplates ?? [];
  const required = (label: MessageKey) => [
    { required: true, whitespace: true, message: t("complaints.fieldRequired", { field: t(label) }) },
  ];
  return (
    <Action title="complaints.action.draft">
      <Form<DraftFields>
        form={form}
        name="draft"
        layout="vertical"
        className="stack"
        onFinish={(v) =>
          void run(
            mutationOf(
              "draftComplaintAnswer",
              ", text: $text, documentNumber: $number, documentDate: $date",
              ", $text: String!, $number: String!, $date: Date!",
            ),
            { text: v.text, number: v.number, date: v.date },
          )
        }
      >
        {templates.length > 0 && (
          <Form.Item label={t("complaints.templates.pick")} name="template">
            <Select
              allowClear
              placeholder={t("complaints.templates.none")}
              options={templates.map((tpl) => ({ value: tpl.id, label: tpl.title }))}
              onChange={(id?: string) => {
                const tpl = templates.find((x) => x.id === id);
                if (tpl) form.setFieldValue("text", tpl.text);
              }}
            />
          </Form.Item>
        )}
        <Form.Item label={t("complaints.answerText")} name="text" rules={required("complaints.answerText")}>
          <Input.TextArea rows={6} />
        </Form.Item>
        <Form.Item label={t("complaints.documentNumber")} name="number" rules={required("complaints.documentNumber")}>
          <Input />
        </Form.Item>
        <Form.Item label={t("complaints.documentDate")} name="date" rules={[{ required: true, message: t("complaints.badDate") }]}>
          <DateField />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("complaints.action.draft")}
        </Button>
      </Form>
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
  const id = `publish-${complaintId}`;
  const [review, setReview] = useState<PublicationReview | null>(null);
  const [question, setQuestion] = useState("");
  const [answer, setAnswer] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const label = (kind: string) => t(`complaints.redacted.${kind}` as MessageKey);

  useEffect(() => {
    api
      .request(REVIEW_QUERY, { id: complaintId })
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
              <Input.TextArea id={`${id}-q`} rows={4} value={question} onChange={(e) => setQuestion(e.target.value)} />
            </div>
            <div>
              <label htmlFor={`${id}-a`}>{t("complaints.publish.answer")}</label>
              <Input.TextArea id={`${id}-a`} rows={6} value={answer} onChange={(e) => setAnswer(e.target.value)} />
            </div>
            <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
              {t("complaints.publish.confirm")}
            </Checkbox>
            <Button type="primary" htmlType="submit">
              {t("complaints.action.publish")}
            </Button>
          </form>
        </div>
      )}
    </Action>
  );
}

function ReturnAction({ run }: { run: Run }) {
  const { t } = useI18n();
  const required = (label: MessageKey) => [
    { required: true, whitespace: true, message: t("complaints.fieldRequired", { field: t(label) }) },
  ];
  return (
    <Action title="complaints.action.return">
      <Form<{ reason: string; guidance: string }>
        name="return"
        layout="vertical"
        className="stack"
        onFinish={(v) =>
          void run(mutationOf("returnComplaint", ", reason: $reason, guidance: $guidance", ", $reason: String!, $guidance: String!"), v)
        }
      >
        <Form.Item label={t("complaints.reason")} name="reason" rules={required("complaints.reason")}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label={t("complaints.guidance")} name="guidance" rules={required("complaints.guidance")}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("complaints.action.return")}
        </Button>
      </Form>
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
            <Button onClick={() => void run(mutationOf("mergeComplaint", ", intoId: $into", ", $into: ID!"), { into: d.complaint.id })}>
              {t("complaints.mergeInto")}
            </Button>
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
  const toText = useErrorText();
  const [receipt, setReceipt] = useState<{ trackingCode: string; secret: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <Action title="complaints.action.reissue">
      {receipt ? (
        <div className="card">
          <p className="receipt-code">{receipt.trackingCode}</p>
          <p className="receipt-code">{receipt.secret}</p>
          <Button onClick={() => window.print()}>{t("pakn.print")}</Button>
        </div>
      ) : (
        <ReasonForm
          label="complaints.identityCheck"
          button="complaints.action.reissue"
          onSubmit={async (reason) => {
            try {
              const d = await api.request(REISSUE_SECRET, { id, reason });
              setReceipt(d.reissueComplaintSecret);
              return true;
            } catch (err) {
              setError(toText(err));
              return false;
            }
          }}
        />
      )}
      {error && <p className="field-error">{error}</p>}
    </Action>
  );
}
