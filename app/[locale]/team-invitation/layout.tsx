import { PageFrame } from "@/components/layout/page-frame";
import { SiteHeader } from "@/components/layout/site-header";

// The invitation's state and the visitor's session decide the page: per request, never cached.
export const dynamic = "force-dynamic";

export default function TeamInvitationFrame({ children }: { children: React.ReactNode }) {
  return <PageFrame header={<SiteHeader />}>{children}</PageFrame>;
}
