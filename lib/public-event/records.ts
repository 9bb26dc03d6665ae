import "server-only";
import { pageCount } from "@/lib/pagination";
import { countFinalRecords, listFinalRecords } from "@/lib/records/reading";

/** Final records on one page of the public list: about 4.5 KB each at 100× the demo, so 12 keep a page near 75 KB. */
export const RECORDS_PAGE_SIZE = 12;

/** One page of the final records the public may read (see listFinalRecords), in their stable order, recommendations in `reader`'s language. */
export async function listPublicRecordsPage(eventId: string, page: number, size = RECORDS_PAGE_SIZE, reader?: string) {
  const [rows, total] = await Promise.all([
    listFinalRecords([eventId], "public", { limit: size, offset: (page - 1) * size }, reader),
    countFinalRecords([eventId], "public"),
  ]);
  return { rows, total, page, pages: pageCount(total, size) };
}
