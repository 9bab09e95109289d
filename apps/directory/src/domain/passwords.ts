import { RuleViolation } from "./errors.ts";

const MIN_LENGTH = 8;
const MAX_LENGTH = 128;

/** The password rule for new passwords (chosen by the user or set temporarily by an admin). */
export function assertAcceptablePassword(password: string, username: string, field = "newPassword"): void {
  if (password.length < MIN_LENGTH || password.length > MAX_LENGTH) {
    throw new RuleViolation(`Password must be ${MIN_LENGTH}–${MAX_LENGTH} characters long`, field);
  }
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) {
    throw new RuleViolation("Password must contain letters and digits", field);
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    throw new RuleViolation("Password must not contain the username", field);
  }
}
