import "server-only";
import { pageCount } from "@/lib/pagination";
import { countFinalRecords, listFinalRecords } from "@/lib/records/reading";

/** Final records on one page of the public list (each can be long; 300 at 100× the demo). */
export const RECORDS_PAGE_SIZE = 20;

/** One page of the final records the public may read (see listFinalRecords), in their stable order. */
export async function listPublicRecordsPage(eventId: string, page: number, size = RECORDS_PAGE_SIZE) {
  const [rows, total] = await Promise.all([
    listFinalRecords([eventId], "public", { limit: size, offset: (page - 1) * size }),
    countFinalRecords([eventId], "public"),
  ]);
  return { rows, total, page, pages: pageCount(total, size) };
}
