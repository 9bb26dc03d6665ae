import type { Metadata } from "next";

/** The picture link previews show (a brand card without words to translate), 1200×630 as Open Graph expects. */
const IMAGE = { url: "/og-default.png", width: 1200, height: 630 };

/**
 * Link-preview tags for a public page: Open Graph and the Twitter card, with the site's picture.
 * (A page's own openGraph replaces the layout's whole, so every page that sets one comes here.)
 */
export function previewMetadata(page: {
  title: string;
  description: string;
  url: string;
  type?: "website" | "article";
  siteName: string;
}): Pick<Metadata, "openGraph" | "twitter"> {
  const images = [{ ...IMAGE, alt: page.siteName }];
  return {
    openGraph: { title: page.title, description: page.description, url: page.url, type: page.type ?? "website", siteName: page.siteName, images },
    twitter: { card: "summary_large_image", title: page.title, description: page.description, images: [IMAGE.url] },
  };
}
