// Called by this server process itself (lib/cache/refresh-request.ts, from the embargo-release
// job) when an embargoed outcome becomes due: Next.js refreshes cached pages only inside a
// request. Anyone without the process's secret gets a 404, as if the route did not exist.
import { refreshPublicPages } from "@/lib/cache/public-pages";
import { isRefreshSecret, REFRESH_HEADER } from "@/lib/cache/refresh-secret";

export async function POST(request: Request) {
  if (!isRefreshSecret(request.headers.get(REFRESH_HEADER))) return new Response(null, { status: 404 });
  refreshPublicPages();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
