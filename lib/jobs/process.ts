import { getDb, getSqlRunner } from "@/db/client";
import { requestPublicRefresh } from "@/lib/cache/refresh-request";
import { startJobs } from "./boss";
import { runningJobs, setRunningJobs } from "./running";

/**
 * Starts this server's job queue once (instrumentation.ts, never during a build). A failure is
 * logged and leaves the server up: without a queue, mail is sent in the request (lib/mail/deliver.ts).
 */
export async function startJobsForThisProcess(): Promise<void> {
  if (runningJobs()) return;
  try {
    const jobs = await startJobs({ db: await getDb(), sql: await getSqlRunner(), refresh: requestPublicRefresh });
    setRunningJobs(jobs);
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void jobs.stop().catch(() => {}));
  } catch (error) {
    console.error("Roundtable: the job queue did not start; mail is sent in the request meanwhile.", error);
  }
}
