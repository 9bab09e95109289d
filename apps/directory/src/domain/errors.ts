/** A request that breaks a directory rule; the GraphQL layer reports it as BAD_USER_INPUT. */
export class RuleViolation extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
