export type AuthFailureCode = "INVALID_CREDENTIALS" | "ACCOUNT_LOCKED" | "UNAUTHENTICATED";

/** A refused sign-in or token; the GraphQL layer reports `code` as the error code. */
export class AuthFailure extends Error {
  constructor(
    readonly code: AuthFailureCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

// One message for an unknown user and a wrong password: the answer must not reveal which usernames exist.
export const invalidCredentials = () => new AuthFailure("INVALID_CREDENTIALS", "Wrong username or password");

export const accountLocked = (until: Date) =>
  new AuthFailure("ACCOUNT_LOCKED", "Too many failed sign-in attempts; the account is locked for a while", { lockedUntil: until.toISOString() });

export const invalidRefreshToken = () => new AuthFailure("UNAUTHENTICATED", "The session has ended; please sign in again");
