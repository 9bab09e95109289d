/**
 * Helpers for the suites of a service built on service-kit: its base environment, its test actors,
 * GraphQL calls through app.inject with a signed actor, and the events it enqueued in its outbox.
 * service-kit's own tests use this package, so nothing here imports service-kit: the harness passes
 * the actor header and the signer (ACTOR_HEADER, signActor) in, and apps and databases are typed by shape.
 */

/** The environment every service reads, pointed at this suite's database and the test broker. */
export function serviceTestEnv(databaseUrl: string, actorPublicKey: string, brokers: string[]): Record<string, string> {
  return {
    PORT: "0",
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: brokers.join(","),
    ACTOR_PUBLIC_KEY: actorPublicKey,
    LOG_LEVEL: "silent",
  };
}

/** A signed-in user as the gateway forwards it (one session id for all tests). */
export function testUser<R extends string>(userId: string, username: string, unitId: string | null, roles: R[]) {
  return { kind: "user" as const, userId, username, unitId, roles, sessionId: "00000000-0000-0000-0000-000000000000" };
}

/** What the helpers need of a Fastify app: inject. */
export interface InjectableApp {
  inject(request: {
    method: "POST";
    url: string;
    headers: Record<string, string>;
    payload: unknown;
  }): PromiseLike<{ statusCode: number; json(): unknown }>;
}

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string; reason?: string; errors?: unknown[] } }>;
}

export interface GqlClient<A> {
  /** The headers of a request as `actor` with this body (none without an actor). */
  actorHeaders(actor?: A, body?: string | Uint8Array): Promise<Record<string, string>>;
  /** Call the subgraph the way the gateway does: POST /graphql with a signed actor (and any further headers). */
  gql<T = Record<string, unknown>>(
    app: InjectableApp,
    query: string,
    variables?: Record<string, unknown>,
    actor?: A,
    headers?: Record<string, string>,
  ): Promise<GqlResult<T>>;
}

/**
 * A GraphQL client for a service's tests: `sign` signs an actor for the `actorHeader` header, bound
 * to the exact body sent (service-kit's actor signature carries its digest).
 */
export function gqlClient<A>(
  actorHeader: string,
  sign: (actor: A, body: string | Uint8Array) => Promise<string>,
  /** Who a call without an actor is made as (the gateway signs anonymous callers too); none: no header at all. */
  defaultActor?: A,
): GqlClient<A> {
  const actorHeaders = async (actor: A | undefined = defaultActor, body: string | Uint8Array = ""): Promise<Record<string, string>> =>
    actor ? { [actorHeader]: await sign(actor, body) } : {};
  return {
    actorHeaders,
    async gql<T>(
      app: InjectableApp,
      query: string,
      variables: Record<string, unknown> = {},
      actor?: A,
      headers: Record<string, string> = {},
    ) {
      const payload = JSON.stringify({ query, variables });
      const res = await app.inject({
        method: "POST",
        url: "/graphql",
        headers: { "content-type": "application/json", ...(await actorHeaders(actor, payload)), ...headers },
        payload,
      });
      return { status: res.statusCode, ...(res.json() as Omit<GqlResult<T>, "status">) };
    },
  };
}

/** The code of the first error, if any. */
export function errorCode(result: GqlResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** What the outbox helpers need of a database client: a raw query. */
export interface RawQueryable {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
}

export interface OutboxRow {
  topic: string;
  key: string;
  payload: { type: string; subject: string; time: string; data: Record<string, unknown> };
}

/** The rows a service enqueued in its outbox, in order (only those of event `type` when given). */
export async function outboxRows(db: RawQueryable, type?: string): Promise<OutboxRow[]> {
  const rows = await db.$queryRawUnsafe<OutboxRow[]>(`SELECT topic, key, payload FROM outbox ORDER BY seq`);
  return type ? rows.filter((r) => r.payload.type === type) : rows;
}

/** The events a service enqueued in its outbox, in order (only those of `type` when given). */
export async function outboxEvents(db: RawQueryable, type?: string): Promise<OutboxRow["payload"][]> {
  return (await outboxRows(db, type)).map((r) => r.payload);
}
