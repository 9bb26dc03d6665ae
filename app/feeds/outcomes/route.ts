// The Atom feed of every published outcome: its document from the cache, refreshed by every
// publication, correction and embargo's end (lib/outcomes/feed-route.ts), so a scheduled revision
// is never in it before its instant.
import { outcomeFeedResponse } from "@/lib/outcomes/feed-route";

export async function GET(request: Request) {
  return outcomeFeedResponse(request);
}
