import { z } from "zod";
import type { KeyObject } from "node:crypto";
import { callerHeaders, signActor } from "@tthc/service-kit";

/** Thrown when directory cannot answer; the gateway then refuses rather than guessing. */
export class DirectoryUnavailableError extends Error {}

const partnerSchema = z.object({ partnerId: z.string(), name: z.string(), scopes: z.array(z.string()) });
export type Partner = z.infer<typeof partnerSchema>;

const sessionUserSchema = z.object({
  userId: z.string().min(1),
  username: z.string().min(1),
  roles: z.array(z.enum(["CITY_ADMIN", "LEADER", "UNIT_OFFICER", "INSPECTOR"])),
  unitId: z.string().min(1).nullable(),
  mustChangePassword: z.boolean(),
});
/** The session's user as directory holds it now: the gateway acts with these roles and unit. */
export type SessionUser = z.infer<typeof sessionUserSchema>;

const sessionSchema = z.object({ active: z.literal(true), user: sessionUserSchema });

const TIMEOUT_MS = 3_000;

async function parseBody<T>(schema: z.ZodType<T>, response: Response): Promise<T> {
  const body = schema.safeParse(await response.json().catch(() => undefined));
  if (!body.success) throw new DirectoryUnavailableError(`unexpected answer from ${new URL(response.url).pathname}`);
  return body.data;
}

/** The gateway's calls to directory's /internal endpoints, made as the signed "gateway" service actor. */
export class DirectoryClient {
  constructor(
    private readonly baseUrl: string,
    private readonly signingKey: KeyObject,
  ) {}

  /** The session's user as of now, or null when the session has ended (signed out, expired, revoked, account deactivated). */
  async sessionUser(sessionId: string, correlationId: string): Promise<SessionUser | null> {
    const response = await this.call(`/internal/sessions/${encodeURIComponent(sessionId)}`, { method: "GET" }, correlationId);
    if (response.status === 404) return null;
    if (response.status !== 200) throw new DirectoryUnavailableError(`session check answered ${response.status}`);
    return parseBody(sessionSchema, response).then((body) => body.user);
  }

  /** The partner owning this key, or null for an unknown/revoked key. */
  async verifyApiKey(key: string, correlationId: string): Promise<Partner | null> {
    const response = await this.call(
      "/internal/api-keys/verify",
      { method: "POST", body: JSON.stringify({ key }), headers: { "content-type": "application/json" } },
      correlationId,
    );
    if (response.status === 401 || response.status === 404) return null;
    if (response.status !== 200) throw new DirectoryUnavailableError(`API key check answered ${response.status}`);
    return parseBody(partnerSchema, response);
  }

  private async call(pathname: string, init: RequestInit, correlationId: string): Promise<Response> {
    const headers = new Headers(init.headers);
    const signed = await signActor({ kind: "service", service: "gateway" }, this.signingKey, {
      audience: "directory",
      body: typeof init.body === "string" ? init.body : "",
    });
    const caller = callerHeaders(signed, correlationId);
    for (const [name, value] of Object.entries(caller)) headers.set(name, value);
    try {
      return await fetch(`${this.baseUrl}${pathname}`, { ...init, headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (err) {
      throw new DirectoryUnavailableError(`directory unreachable: ${(err as Error).message}`);
    }
  }
}
