import { PageFrame } from "@/components/layout/page-frame";
import { SiteHeader } from "@/components/layout/site-header";

// Screens about the signed-in person: rendered per request, never cached.
export const dynamic = "force-dynamic";

/** A delegate's own screens, rendered per request; reading width. */
export default function DelegateLayout({ children }: { children: React.ReactNode }) {
  return (
    <PageFrame header={<SiteHeader />}>
      <div className="mx-auto max-w-5xl">{children}</div>
    </PageFrame>
  );
}
