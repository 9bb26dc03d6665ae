import { NotFoundView } from "@/components/layout/not-found-view";

/**
 * What a page's notFound() shows. Next.js 16 sends such a 404 with an empty body and draws this in
 * the browser; an address no route matches gets app/not-found.tsx in the HTML itself.
 */
export default function NotFound() {
  return <NotFoundView />;
}
