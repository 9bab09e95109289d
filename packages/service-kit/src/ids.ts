const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID: an id from a request is checked before it reaches a `@db.Uuid` column, which would refuse it with a database error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
