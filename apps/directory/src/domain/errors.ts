/** A request that breaks a directory rule; the GraphQL layer reports it as BAD_USER_INPUT. */
export class RuleViolation extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** One problem of a form, in both languages (the shape of service-kit's FieldError). */
export interface FieldProblem {
  field: string;
  messageVi: string;
  messageEn: string;
}

/** Every problem of a form at once; the GraphQL layer reports them as BAD_USER_INPUT with field-level errors. */
export class FieldViolations extends Error {
  constructor(readonly problems: readonly FieldProblem[]) {
    super(problems[0]?.messageEn ?? "Invalid input");
  }
}
