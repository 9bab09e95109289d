import { browserTokenStore } from "../../api/token-store.ts";

/** Save a file served behind the gateway; downloads carry the session's token, so they go through fetch rather than a plain link. */
export async function downloadFile(url: string, name: string): Promise<boolean> {
  const token = browserTokenStore().load()?.accessToken;
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) return false;
  const objectUrl = URL.createObjectURL(await response.blob());
  const a = document.createElement("a");
  a.href = objectUrl;
  a.download = name;
  a.click();
  URL.revokeObjectURL(objectUrl);
  return true;
}
