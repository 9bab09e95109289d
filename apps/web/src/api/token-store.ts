import type { Tokens } from "./types.ts";

export interface TokenStore {
  load(): Tokens | null;
  save(tokens: Tokens): void;
  clear(): void;
}

const KEY = "tthc.session";

/**
 * Tokens live in sessionStorage: they survive a reload but die with the tab, so a shared office
 * computer does not stay signed in after the browser is closed; they are not sent automatically with
 * every request the way a cookie is (no CSRF surface); and each tab is its own session. The cost —
 * readable by script on the page — is contained by never rendering server text as HTML.
 */
export function browserTokenStore(storage: Storage = window.sessionStorage): TokenStore {
  return {
    load() {
      const raw = storage.getItem(KEY);
      if (!raw) return null;
      try {
        const parsed = JSON.parse(raw) as Partial<Tokens>;
        if (
          typeof parsed.accessToken === "string" &&
          typeof parsed.refreshToken === "string" &&
          typeof parsed.accessTokenExpiresAt === "string"
        ) {
          return { accessToken: parsed.accessToken, refreshToken: parsed.refreshToken, accessTokenExpiresAt: parsed.accessTokenExpiresAt };
        }
      } catch {
        // A corrupt entry is treated as no session and removed below.
      }
      storage.removeItem(KEY);
      return null;
    },
    save(tokens) {
      storage.setItem(KEY, JSON.stringify(tokens));
    },
    clear() {
      storage.removeItem(KEY);
    },
  };
}

export function memoryTokenStore(initial: Tokens | null = null): TokenStore {
  let current = initial;
  return {
    load: () => current,
    save: (tokens) => {
      current = tokens;
    },
    clear: () => {
      current = null;
    },
  };
}
