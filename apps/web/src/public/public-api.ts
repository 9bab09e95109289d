/**
 * The public pages' calls: always anonymous (a staff member signed in in the same tab still submits
 * as a citizen would), to the gateway's same-origin /graphql and /files/complaints.
 */
import { filesError, type FilesRefusal } from "../api/errors.ts";
import { postGraphQL, type Variables } from "../api/graphql.ts";

/** T and V are the types codegen generated for the document (each page's `/* GraphQL *\/` string). */
export function publicRequest<T, V extends Variables = Variables>(query: string, variables?: V): Promise<T> {
  return postGraphQL<T>((input, init) => fetch(input, init), "/graphql", query, variables);
}

export interface UploadedFile {
  id: string;
  name: string;
  size: number;
}

/**
 * Streams one file to the complaints service as an anonymous citizen (bound to this client); the server
 * checks its type by content and its size. Staff upload through the API client (api.upload) instead.
 */
export async function uploadAttachment(file: File): Promise<UploadedFile> {
  const response = await fetch("/files/complaints", {
    method: "POST",
    headers: {
      "content-type": "application/octet-stream",
      "x-file-name": encodeURIComponent(file.name),
    },
    body: file,
  });
  const body = (await response.json().catch(() => ({}))) as { id?: string; name?: string; size?: number; error?: FilesRefusal };
  if (!response.ok || !body.id) throw filesError(response.status, file.name, body.error);
  return { id: body.id, name: body.name ?? file.name, size: body.size ?? file.size };
}
