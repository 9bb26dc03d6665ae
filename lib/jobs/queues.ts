// The queues of the background work, and how each is retried. Names are stored in the database
// (pg-boss's `pgboss` schema): renaming one strands its waiting jobs.

export const QUEUES = {
  /** One job per outbox message: data { outboxId }. */
  mail: "mail",
  /** Every minute: queues outbox messages committed but never queued (see undeliveredOutboxIds). */
  mailSweep: "mail-sweep",
  /** One job per embargo end: refreshes the cached public pages when an outcome becomes due. */
  embargoRelease: "embargo-release",
  /** Hourly (and at start): deletes travel documents past their event's retention. */
  travelDocumentPurge: "travel-document-purge",
  /** Hourly (and at start): sends the feedback surveys whose event's last day is over. */
  feedbackSurvey: "feedback-survey",
} as const;

export type RetryPolicy = { retryLimit: number; retryDelay: number; retryBackoff: boolean };

/**
 * Mail: 6 tries, backing off from about 15 s (pg-boss doubles the delay, with jitter) so a mail
 * server that is down for a few minutes loses nothing; after the last, the Outbox shows "failed".
 */
export const MAIL_RETRY: RetryPolicy = { retryLimit: 5, retryDelay: 15, retryBackoff: true };

/** Refreshing the pages fails only while the server is not listening yet: try again each second. */
export const EMBARGO_RETRY: RetryPolicy = { retryLimit: 30, retryDelay: 1, retryBackoff: false };

export const PURGE_RETRY: RetryPolicy = { retryLimit: 3, retryDelay: 60, retryBackoff: true };

/** Mail must arrive promptly (a sign-in link): a worker also wakes at once when its own process sends. */
export const MAIL_POLL_SECONDS = 0.5;
/** Jobs a mail worker takes per fetch (sent one after another): an import's invitations go out in seconds. */
export const MAIL_BATCH = 10;
export const EMBARGO_POLL_SECONDS = 0.5;
export const PURGE_POLL_SECONDS = 30;
/** The mail sweep's job is due each minute: taken within seconds of it. */
export const SWEEP_POLL_SECONDS = 5;

/** Past the embargo by this much, so the database agrees the revision is due. */
export const PAST_DUE_MS = 250;
