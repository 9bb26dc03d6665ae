// The Atom feed of one initiative's published outcomes; 404 for an initiative unknown or with no
// public event. From the cache, like the feed of all outcomes.
import { outcomeFeedResponse } from "@/lib/outcomes/feed-route";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return outcomeFeedResponse(request, { initiativeSlug: slug });
}
