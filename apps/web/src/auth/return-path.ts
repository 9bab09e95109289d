import { CHANGE_PASSWORD_PATH, HOME_PATH } from "../layout/sections.ts";

/** Where to go after signing in or changing a password: the page the user asked for, else home. */
export function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  // Only same-app paths: never bounce the user to an address taken from navigation state verbatim.
  const safe = typeof from === "string" && from.startsWith("/") && !from.startsWith("//");
  return safe && from !== "/login" && from !== CHANGE_PASSWORD_PATH ? from : HOME_PATH;
}
