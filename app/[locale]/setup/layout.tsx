import { PageFrame } from "@/components/layout/page-frame";
import { SiteHeader } from "@/components/layout/site-header";

// Setup links and the first-run page change state when used: rendered per request, never cached.
export const dynamic = "force-dynamic";

export default function SetupFrame({ children }: { children: React.ReactNode }) {
  return <PageFrame header={<SiteHeader />}>{children}</PageFrame>;
}
