// The Outbox's search and filters, read from the page's query string (a GET form: the address keeps
// them and they work without JavaScript). Pure, no I/O. A value that is not one of the choices
// (only a hand-made address has one) reads as "all".
import { z } from "zod";
import { normalizeQuery } from "@/lib/outcomes/search-text";

export const MAIL_STATUSES = ["pending", "sent", "logged", "failed"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** Messages per page of the Outbox. */
export const OUTBOX_PAGE_SIZE = 50;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const outboxFilterInput = z.object({
  // Anything but text (only a hand-made call sends it) searches for nothing.
  q: z.preprocess((v) => {
    const text = first(v);
    return normalizeQuery(typeof text === "string" ? text : undefined);
  }, z.string()),
  status: z.preprocess(first, z.enum(MAIL_STATUSES).optional().catch(undefined)),
  // Kinds are short ASCII words ("invitation", "agenda-change"); anything else matches nothing anyway.
  kind: z.preprocess(
    first,
    z
      .string()
      .regex(/^[a-z][a-z-]{0,39}$/)
      .optional()
      .catch(undefined),
  ),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1)),
});

export type OutboxFilter = z.infer<typeof outboxFilterInput>;

export function parseOutboxFilter(searchParams: Record<string, string | string[] | undefined>): OutboxFilter {
  const parsed = outboxFilterInput.safeParse(searchParams);
  return parsed.success ? parsed.data : { q: "", status: undefined, kind: undefined, page: 1 };
}

/** The query string of a filter at another page: only what is set, page 1 left out. */
export function outboxSearchString(filter: OutboxFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.status) params.set("status", filter.status);
  if (filter.kind) params.set("kind", filter.kind);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
