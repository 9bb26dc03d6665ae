import type { MetadataRoute } from "next";
import { publicOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

/** Public pages are for everyone; organizer, delegate and record screens are not for search engines. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await publicOrigin();
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/*/organize", "/*/records", "/*/schedule", "/*/my-details", "/*/sign-in", "/*/invitation", "/api/", "/calendar/"],
    },
    sitemap: `${origin}/sitemap.xml`,
  };
}
