import { NotFoundView } from "@/components/layout/not-found-view";

/**
 * What a page's notFound() shows. Next.js 16 sends a 404 thrown in a page's shell with an empty
 * body and draws this in the browser; so the public pages put the same text into their HTML
 * themselves (NotFoundInPage), and an address no route matches gets app/global-not-found.tsx.
 */
export default function NotFound() {
  return <NotFoundView />;
}
