// Calling server actions from integration tests: FormData built from plain fields (repeated keys
// for arrays), and the error an action throws (redirects and 404s are thrown, not returned).

export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

/** The rejection of a call, or a failure when it did not throw. */
export async function rejectionOf(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    (value) => {
      throw new Error(`expected the action to throw, it returned ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}
