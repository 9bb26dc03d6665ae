import { z } from "zod";

/** The field → message-keys map of an input the schema must refuse (fails the test if it parses). */
export function refusedFields(schema: z.ZodType, input: unknown): Record<string, string[] | undefined> {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected the input to be refused");
  return z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>;
}
