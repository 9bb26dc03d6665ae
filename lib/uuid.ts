const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs and bound action arguments: a malformed one is "not found", not a database error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
