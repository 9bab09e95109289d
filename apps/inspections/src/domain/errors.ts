/** A refused command, in both languages; use-cases/errors.ts turns it into the GraphQL error the client sees. */
export interface DomainError {
  /** FORBIDDEN for a permission, else the rule's code (BAD_USER_INPUT's `reason`). */
  code: string;
  /** The input field the message is about, when there is one. */
  field?: string;
  messageVi: string;
  messageEn: string;
}

export const refusal = (code: string, messageVi: string, messageEn: string, field?: string): DomainError => ({
  code,
  messageVi,
  messageEn,
  ...(field ? { field } : {}),
});
