import { describe, expect, it } from "vitest";
import { createApiClient, type FileTransport } from "../src/api/client.ts";
import type { FetchLike } from "../src/api/graphql.ts";
import { memoryTokenStore } from "../src/api/token-store.ts";
import type { Tokens } from "../src/api/types.ts";

const NOW = Date.parse("2025-07-01T08:00:00Z");
const tokens = (n: number, expiresInMs: number): Tokens => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  accessTokenExpiresAt: new Date(NOW + expiresInMs).toISOString(),
});

/** Answers the refresh mutation with tokens #2 and file downloads with `fileStatus` for token #1, 200 otherwise. */
function gateway(fileStatus: number) {
  const seen: string[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    const auth = (init.headers as Record<string, string>).authorization ?? "";
    seen.push(`${url} ${auth}`);
    if (url === "/graphql") return Response.json({ data: { refreshSession: tokens(2, 15 * 60_000) } });
    return new Response("file", { status: auth === "Bearer access-1" ? fileStatus : 200 });
  };
  return { fetchImpl, seen };
}

describe("files through the API client", () => {
  it("downloads with the session's token, refreshing and retrying once when it is refused", async () => {
    const { fetchImpl, seen } = gateway(401);
    const api = createApiClient({ store: memoryTokenStore(tokens(1, 10 * 60_000)), fetch: fetchImpl, now: () => NOW });
    expect(await (await api.download("/files/planning/x")).text()).toBe("file");
    expect(seen).toEqual(["/files/planning/x Bearer access-1", "/graphql ", "/files/planning/x Bearer access-2"]);
  });

  it("refreshes a token about to expire before uploading, reports progress, and words a refusal as the server does", async () => {
    const { fetchImpl } = gateway(200);
    const sent: Array<Record<string, string>> = [];
    const percents: number[] = [];
    let answer = { status: 200, text: JSON.stringify({ id: "f1", name: "bien-ban.pdf", size: 4 }) };
    const sendFile: FileTransport = async ({ headers, onProgress }) => {
      sent.push(headers);
      onProgress?.(50);
      onProgress?.(100);
      return answer;
    };
    const api = createApiClient({ store: memoryTokenStore(tokens(1, 30_000)), fetch: fetchImpl, now: () => NOW, sendFile });
    const file = new File(["%PDF"], "biên bản.pdf");
    expect(await api.upload("/files/planning", file, (p) => percents.push(p))).toEqual({ id: "f1", name: "bien-ban.pdf", size: 4 });
    expect(sent[0]?.authorization).toBe("Bearer access-2");
    expect(sent[0]?.["x-file-name"]).toBe(encodeURIComponent("biên bản.pdf"));
    expect(percents).toEqual([50, 100]);

    answer = { status: 413, text: JSON.stringify({ error: { message: "Tệp vượt quá dung lượng cho phép." } }) };
    // The refusal names the file: a form with several uploads says which one was refused.
    await expect(api.upload("/files/planning", file)).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      texts: { vi: "biên bản.pdf: Tệp vượt quá dung lượng cho phép." },
    });
  });
});
