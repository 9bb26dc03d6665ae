import { requireOrganizer } from "@/lib/auth/viewer";

/** Every organizer screen: anonymous → sign-in, delegates → 404. Pages and actions check again. */
export default async function OrganizeLayout({ children }: LayoutProps<"/[locale]/organize">) {
  await requireOrganizer();
  return <>{children}</>;
}
