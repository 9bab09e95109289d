/**
 * Telling errors that will go away by themselves (the database or broker is unreachable, busy or
 * restarting) from errors that retrying cannot fix. An error reaches us wrapped: Prisma wraps the
 * driver adapter's error, which carries the pg error's code; kafkajs wraps the last attempt's
 * error in KafkaJSNumberOfRetriesExceeded; Node wraps socket errors of several addresses in an
 * AggregateError. So every classification walks the whole cause chain.
 */

/** Socket-level failures (Node error codes): the peer is unreachable or went away. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * SQLSTATE classes and codes that describe the server or the session, not the statement:
 * 08 connection exception, 40 transaction rollback (serialization failure, deadlock), 53
 * insufficient resources (too many connections, out of memory, disk full), 57P operator
 * intervention (terminated, shutting down, cannot connect now); plus the two timeouts a busy
 * database produces: 57014 (statement_timeout) and 55P03 (lock_timeout).
 */
function isTransientSqlState(code: string): boolean {
  return /^(08|40|53)/.test(code) || code.startsWith("57P") || code === "57014" || code === "55P03";
}

/**
 * Prisma's own codes for the same conditions (with @prisma/adapter-pg the pg code is also kept in
 * meta.driverAdapterError.cause): can't reach / timed out reaching the server, socket timeout,
 * server closed the connection, pool timeout, transaction expired, write conflict or deadlock.
 */
const PRISMA_TRANSIENT_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034"]);

/** The driver adapter's error kinds (meta.driverAdapterError.cause.kind) for those conditions. */
const ADAPTER_TRANSIENT_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TransactionWriteConflict",
]);

/** kafkajs errors of an unreachable or slow broker. */
const KAFKA_TRANSIENT_NAMES = new Set([
  "KafkaJSConnectionError",
  "KafkaJSConnectionClosedError",
  "KafkaJSRequestTimeoutError",
  "KafkaJSBrokerNotFound",
  "KafkaJSNoBrokerAvailableError",
  "KafkaJSLockTimeout",
  "KafkaJSGroupCoordinatorNotFound",
]);

/** node-postgres reports a lost or refused connection with a bare Error (no code). */
const PG_CONNECTION_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|is not queryable|Unable to start a transaction in the given time|Transaction already closed/i;

/**
 * Kafka errors that belong to one record, not to the broker: its topic does not exist, it is too
 * large, or the broker rejected it. Publishing it again cannot succeed.
 */
const KAFKA_RECORD_ERROR_TYPES = new Set([
  "UNKNOWN_TOPIC_OR_PARTITION",
  "INVALID_TOPIC_EXCEPTION",
  "TOPIC_AUTHORIZATION_FAILED",
  "MESSAGE_TOO_LARGE",
  "RECORD_LIST_TOO_LARGE",
  "INVALID_RECORD",
  "CORRUPT_MESSAGE",
]);

type Node = Record<string, unknown>;

/** The error and everything it wraps (cause, Prisma's driverAdapterError, AggregateError.errors), each once. */
export function causeChain(err: unknown): Node[] {
  const seen = new Set<unknown>();
  const nodes: Node[] = [];
  const visit = (value: unknown) => {
    if (value === null || typeof value !== "object" || seen.has(value) || nodes.length > 50) return;
    seen.add(value);
    const node = value as Node;
    nodes.push(node);
    visit(node.cause);
    visit(node.originalError);
    visit((node.meta as Node | undefined)?.driverAdapterError);
    if (Array.isArray(node.errors)) node.errors.forEach(visit);
  };
  visit(err);
  return nodes;
}

function isTransientNode(node: Node): boolean {
  const codes = [node.code, node.originalCode, node.errno].filter((c): c is string => typeof c === "string");
  for (const code of codes) {
    if (NETWORK_CODES.has(code) || PRISMA_TRANSIENT_CODES.has(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code) && isTransientSqlState(code)) return true;
  }
  // A FATAL error ends or refuses the session (the backend was terminated, 57P01; the database is
  // not accepting connections, 55000; authentication failed): it is about the server, never about
  // the event. Prisma with adapter-pg keeps it as meta.driverAdapterError.cause.severity.
  if (node.severity === "FATAL" || node.severity === "PANIC") return true;
  if (typeof node.kind === "string" && ADAPTER_TRANSIENT_KINDS.has(node.kind)) return true;
  if (typeof node.name === "string" && KAFKA_TRANSIENT_NAMES.has(node.name)) return true;
  return typeof node.message === "string" && PG_CONNECTION_MESSAGES.test(node.message);
}

/** True when retrying later can succeed without anyone changing code or data. */
export function isTransientError(err: unknown): boolean {
  return causeChain(err).some(isTransientNode);
}

/**
 * True when publishing a record failed because of the record itself (unknown topic, too large,
 * rejected), so that it can never be published as it is. A broker that is down or slow is never
 * this, even if kafkajs eventually gives up on it. Errors thrown by the client before anything is
 * sent (encoding a bad header, for instance) are about the record too.
 */
export function isRecordError(err: unknown): boolean {
  const chain = causeChain(err);
  if (chain.some(isTransientNode)) return false;
  if (chain.some((n) => typeof n.type === "string" && KAFKA_RECORD_ERROR_TYPES.has(n.type))) return true;
  return chain.length > 0 && chain.every((n) => typeof n.name !== "string" || !n.name.startsWith("KafkaJS"));
}
