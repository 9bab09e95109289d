/**
 * The GraphQL the staff pages of PAKN use: typed documents checked against the supergraph by codegen;
 * the shapes they select are read from the generated types.
 */
import type {
  AnswerTemplatesQuery,
  ComplaintChannel,
  ComplaintDetailFieldsFragment,
  ComplaintSort,
  ComplaintStatus,
  InboxQuery,
  ReviewQuery,
} from "../../graphql/generated/graphql.ts";
import { graphql } from "../../graphql/generated/index.ts";
import { parseDisplayDate } from "../../i18n/dates.ts";

export const STATUSES = [
  "RECEIVED",
  "CLASSIFIED",
  "TRANSFERRED",
  "HANDLED",
  "APPROVED",
  "ANSWERED",
  "PUBLISHED",
  "CLOSED",
  "RETURNED",
  "MERGED",
  "PAUSED",
] as const satisfies readonly ComplaintStatus[];
export const CHANNELS = [
  "WEB",
  "IN_PERSON",
  "POST",
  "PHONE",
  "EMAIL",
  "NATIONAL_PORTAL",
  "OTHER_AGENCY",
] as const satisfies readonly ComplaintChannel[];
export const CATEGORIES = [
  "official-conduct",
  "unsuitable",
  "inconsistent",
  "unlawful",
  "contrary-to-treaty",
  "other",
  "proposed-solution",
  "new-regulation-initiative",
] as const;

/** The inbox's orders, sorted by the server in SQL; the legal deadline first by default (what is due soonest). */
export const SORTS = ["DEADLINE_ASC", "RECEIVED_DESC", "RECEIVED_ASC", "FIELD_ASC"] as const satisfies readonly ComplaintSort[];
const DEFAULT_SORT: ComplaintSort = "DEADLINE_ASC";

/** Rows per page of the inbox; the server pages (limit/offset). */
export const INBOX_PAGE_SIZE = 50;

export const INBOX_QUERY = graphql(`
  query Inbox($filter: ComplaintFilter, $sort: ComplaintSort, $limit: Int, $offset: Int) {
    complaints(filter: $filter, sort: $sort, limit: $limit, offset: $offset) {
      total
      items {
        id
        trackingCode
        channel
        receivedDay
        status
        statusText {
          vi
          en
        }
        dueStatus
        regulation
        due {
          answer
          handle
        }
        units {
          name
          lead
        }
        classification {
          field
        }
      }
    }
  }
`);
export type InboxRow = InboxQuery["complaints"]["items"][number];

export interface InboxFilters {
  search: string;
  status: string;
  channel: string;
  field: string;
  /** A handling unit's id, "" for all. */
  unit: string;
  /** With unit: only the PAKN it leads (what the dashboard counts under a unit). */
  leadOnly: boolean;
  overdue: boolean;
  from: string;
  to: string;
  sort: ComplaintSort;
  /** 1-based page of the list. */
  page: number;
}

const isStatus = (value: string): value is ComplaintStatus => (STATUSES as readonly string[]).includes(value);
const isChannel = (value: string): value is ComplaintChannel => (CHANNELS as readonly string[]).includes(value);
const isSort = (value: string | null): value is ComplaintSort => (SORTS as readonly (string | null)[]).includes(value);

export function filtersFromParams(p: URLSearchParams): InboxFilters {
  return {
    search: p.get("q") ?? "",
    status: p.get("status") ?? "",
    channel: p.get("channel") ?? "",
    field: p.get("field") ?? "",
    unit: p.get("unit") ?? "",
    leadOnly: p.get("lead") === "1",
    overdue: p.get("overdue") === "1",
    from: p.get("from") ?? "",
    to: p.get("to") ?? "",
    // The address bar is anyone's input: an unknown order falls back to the default.
    sort: isSort(p.get("sort")) ? (p.get("sort") as ComplaintSort) : DEFAULT_SORT,
    page: Math.max(1, Number.parseInt(p.get("page") ?? "1", 10) || 1),
  };
}

export function paramsFromFilters(f: InboxFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.search.trim()) p.set("q", f.search.trim());
  if (f.status) p.set("status", f.status);
  if (f.channel) p.set("channel", f.channel);
  if (f.field.trim()) p.set("field", f.field.trim());
  if (f.unit) p.set("unit", f.unit);
  if (f.unit && f.leadOnly) p.set("lead", "1");
  if (f.overdue) p.set("overdue", "1");
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  if (f.sort !== DEFAULT_SORT) p.set("sort", f.sort);
  if (f.page > 1) p.set("page", String(f.page));
  return p;
}

export function inboxVariables(f: InboxFilters) {
  return {
    filter: {
      search: f.search.trim() || null,
      // The address bar is anyone's input: only a known status or channel reaches the query.
      statuses: isStatus(f.status) ? [f.status] : null,
      channel: isChannel(f.channel) ? f.channel : null,
      field: f.field.trim() || null,
      unitId: f.unit || null,
      leadOnly: (f.unit && f.leadOnly) || null,
      overdue: f.overdue || null,
      receivedFrom: f.from || null,
      receivedTo: f.to || null,
    },
    sort: f.sort,
    limit: INBOX_PAGE_SIZE,
    offset: (f.page - 1) * INBOX_PAGE_SIZE,
  };
}

graphql(`
  fragment ComplaintDetailFields on Complaint {
    id
    trackingCode
    channel
    receivedAt
    receivedDay
    status
    statusText {
      vi
      en
    }
    regulation
    content
    classification {
      kind
      category
      field
      regulation
      concernedUnitId
    }
    units {
      unitId
      name
      lead
    }
    due {
      classify
      outOfScopeTransfer
      handle
      answer
    }
    dueStatus
    extended
    extensionReason
    pauses {
      from
      to
      reason
    }
    senderHidden
    sender {
      name
      address
      phone
      email
    }
    answer {
      id
      unitId
      text
      documentNumber
      documentDate
      status
      reviewReason
    }
    contributions {
      unitId
      text
      at
    }
    publishedQuestion
    publishedText
    rating {
      satisfied
      ratedAt
      comment
    }
    returnedReason
    returnedGuidance
    mergedInto {
      id
      trackingCode
    }
    attachments {
      fileId
      name
      type
      size
      url
    }
    auditTrail {
      at
      actorId
      action
      reason
      fromStatus
      toStatus
    }
    duplicateSuggestions {
      score
      complaint {
        id
        trackingCode
        regulation
      }
    }
    allowedActions
  }
`);
export type ComplaintDetail = ComplaintDetailFieldsFragment;

export const DETAIL_QUERY = graphql(`
  query Complaint($id: ID!) {
    complaint(id: $id) {
      ...ComplaintDetailFields
    }
  }
`);

export const REVIEW_QUERY = graphql(`
  query Review($id: ID!) {
    complaintPublicationReview(id: $id) {
      question
      questionSpans {
        start
        end
        kind
      }
      answer
      answerSpans {
        start
        end
        kind
      }
    }
  }
`);
export type PublicationReview = ReviewQuery["complaintPublicationReview"];
export type Span = PublicationReview["questionSpans"][number];

/** Replaces each highlighted span with a label; the reviewer can still edit the result. */
export function redactSpans(text: string, spans: readonly Span[], label: (kind: string) => string): string {
  let out = "";
  let cursor = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < cursor) continue;
    out += text.slice(cursor, s.start) + label(s.kind);
    cursor = s.end;
  }
  return out + text.slice(cursor);
}

/** dd/MM/yyyy HH:mm in Hanoi time, whatever the browser's zone. */
export function formatInstant(iso: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(new Date(iso));
  return parts.replace(",", "");
}

export const EXPORT_REGISTER = graphql(`
  mutation ExportRegister($from: Date!, $to: Date!) {
    exportComplaintRegister(from: $from, to: $to) {
      fileId
      name
      rows
    }
  }
`);

/** The register's period: the inbox's date filter, else the current month up to `today` (YYYY-MM-DD, Vietnam time). */
export function registerPeriod(filters: Pick<InboxFilters, "from" | "to">, today: string): { from: string; to: string } {
  return { from: filters.from || `${today.slice(0, 8)}01`, to: filters.to || today };
}

export const INTAKE = graphql(`
  mutation Intake($input: IntakeComplaintInput!) {
    intakeComplaint(input: $input) {
      complaint {
        id
      }
      receipt {
        trackingCode
        secret
        receivedAt
        receivedDay
        answerDue
      }
    }
  }
`);

/** The channels staff record (the web form is the citizens' own). */
export const INTAKE_CHANNELS = ["IN_PERSON", "POST", "PHONE", "EMAIL", "NATIONAL_PORTAL", "OTHER_AGENCY"] as const;

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** The instant of receipt from a day (dd/MM/yyyy) and a time (HH:mm) in Vietnam time; undefined when either is not real. */
export function intakeInstant(day: string, time: string): string | undefined {
  const iso = parseDisplayDate(day);
  const t = TIME.exec(time.trim());
  if (!iso || !t) return undefined;
  return `${iso}T${t[1]!.padStart(2, "0")}:${t[2]}:00+07:00`;
}

/** "ngày 05 tháng 01 năm 2025" from an ISO day, as in the date line of a state document (Decree 30/2020). */
export function documentDateVi(isoDay: string): string {
  const [year, month, day] = isoDay.split("-");
  return `ngày ${day} tháng ${month} năm ${year}`;
}

export const TEMPLATES_QUERY = graphql(`
  query AnswerTemplates($field: String) {
    complaintAnswerTemplates(field: $field) {
      id
      field
      title
      text
    }
  }
`);
export type AnswerTemplate = AnswerTemplatesQuery["complaintAnswerTemplates"][number];
export const CREATE_TEMPLATE = graphql(`
  mutation CreateAnswerTemplate($input: AnswerTemplateInput!) {
    createComplaintAnswerTemplate(input: $input) {
      id
    }
  }
`);
export const DELETE_TEMPLATE = graphql(`
  mutation DeleteAnswerTemplate($id: ID!) {
    deleteComplaintAnswerTemplate(id: $id)
  }
`);
export const RETENTION_QUERY = graphql(`
  query Retention {
    complaintPersonalDataRetention {
      months
      min
      max
    }
  }
`);
export const SET_RETENTION = graphql(`
  mutation SetRetention($months: Int!) {
    updateComplaintPersonalDataRetention(months: $months) {
      months
      min
      max
    }
  }
`);

export const REVEAL_SENDER = graphql(`
  mutation RevealSender($id: ID!, $reason: String!) {
    revealComplaintSender(id: $id, reason: $reason) {
      name
      address
      phone
      email
    }
  }
`);

export const REISSUE_SECRET = graphql(`
  mutation ReissueSecret($id: ID!, $reason: String!) {
    reissueComplaintSecret(id: $id, reason: $reason) {
      trackingCode
      secret
    }
  }
`);

/** Received / answered / overdue per month for the inbox's chart (the caller's scope, like the inbox). */
export const COUNTS_BY_MONTH_QUERY = graphql(`
  query ComplaintCountsByMonth($months: Int) {
    complaintCountsByMonth(months: $months) {
      month
      received
      handled
      overdue
    }
  }
`);
