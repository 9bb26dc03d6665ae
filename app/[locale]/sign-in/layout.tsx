import { PageFrame } from "@/components/layout/page-frame";
import { SiteHeader } from "@/components/layout/site-header";

// Screens about the signed-in person: rendered per request, never cached.
export const dynamic = "force-dynamic";

export default function SignInFrame({ children }: { children: React.ReactNode }) {
  return <PageFrame header={<SiteHeader />}>{children}</PageFrame>;
}
