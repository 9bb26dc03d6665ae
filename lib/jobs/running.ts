// The job queue this server process runs, if any (lib/jobs/boss.ts starts it from
// instrumentation.ts). Kept on globalThis: Next.js loads instrumentation and the app's routes as
// separate module graphs in one process.

export type RunningJobs = {
  /** Queues delivery of these outbox messages (each once, whatever the number of calls or servers). */
  queueMail(outboxIds: string[]): Promise<void>;
  /** Refreshes the public pages just after `at`, on one server. */
  scheduleRelease(at: Date): Promise<void>;
  /** A failed message the organizer asked to send again: a new series of tries. */
  retryMail(outboxId: string): Promise<void>;
  stop(): Promise<void>;
};

const KEY = Symbol.for("roundtable.jobs");
type Holder = { [KEY]?: RunningJobs };

export function runningJobs(): RunningJobs | undefined {
  return (globalThis as Holder)[KEY];
}

export function setRunningJobs(jobs: RunningJobs | undefined): void {
  (globalThis as Holder)[KEY] = jobs;
}
