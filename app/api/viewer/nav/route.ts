// The signed-in part of the site header for pages served from the public cache: the cached HTML
// is the same for everyone, so the browser asks here who it is. Private and never stored, and it
// names nobody but the asker.
import { getViewer } from "@/lib/auth/viewer";
import { viewerNav } from "@/lib/auth/viewer-nav";

export async function GET() {
  const nav = await viewerNav(await getViewer());
  return Response.json({ nav }, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
}
