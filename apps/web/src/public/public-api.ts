/**
 * The public pages' calls: always anonymous (a staff member signed in in the same tab still submits
 * as a citizen would), to the gateway's same-origin /graphql and /files/complaints.
 */
import { ApiError } from "../api/errors.ts";
import { postGraphQL, type Variables } from "../api/graphql.ts";
import type { Lang } from "../i18n/translate.ts";
import { errorMessageKeyOf } from "../i18n/error-message.ts";
import type { MessageKey } from "../i18n/vi.ts";

export function publicRequest<T>(query: string, variables?: Variables): Promise<T> {
  return postGraphQL<T>((input, init) => fetch(input, init), "/graphql", query, variables);
}

/** The server words refusals of citizens' input in Vietnamese; other failures use the UI's own text. */
const SERVER_WORDED = ["BAD_USER_INPUT", "RATE_LIMITED", "NOT_FOUND"];

export type ShownError = { text: string } | { key: MessageKey };

export function shownError(err: unknown, lang: Lang): ShownError {
  if (err instanceof ApiError && SERVER_WORDED.includes(err.code) && lang === "vi") return { text: err.message };
  return { key: errorMessageKeyOf(err) };
}

export interface UploadedFile {
  id: string;
  name: string;
  size: number;
}

export class UploadError extends Error {}

/**
 * Streams one file to the complaints service; the server checks its type by content and its size.
 * Staff pass their access token: the file is then theirs to attach.
 */
export async function uploadAttachment(file: File, accessToken?: string): Promise<UploadedFile> {
  const response = await fetch("/files/complaints", {
    method: "POST",
    headers: {
      "content-type": "application/octet-stream",
      "x-file-name": encodeURIComponent(file.name),
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: file,
  });
  const body = (await response.json().catch(() => ({}))) as { id?: string; name?: string; size?: number; error?: { message?: string } };
  if (!response.ok || !body.id) throw new UploadError(`${file.name}: ${body.error?.message ?? `HTTP ${response.status}`}`);
  return { id: body.id, name: body.name ?? file.name, size: body.size ?? file.size };
}
