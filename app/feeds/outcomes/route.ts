// The Atom feed of every published outcome. Read per request (publicOrigin reads the request's
// headers), so an embargo lifts on time: a scheduled revision is never in it before its instant.
import { outcomeFeedResponse } from "@/lib/outcomes/feed-route";

export async function GET(request: Request) {
  return outcomeFeedResponse(request);
}
