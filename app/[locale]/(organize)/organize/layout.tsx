import { ClientMessages } from "@/components/i18n/client-messages";
import { requireOrganizer } from "@/lib/auth/viewer";

const ORGANIZER_FORM_NAMESPACES = [
  "errors",
  "languages",
  "eventStatus",
  "agenda",
  "person",
  "initiativeForm",
  "eventForm",
  "eventOverview",
  "eventTranslations",
  "contentLanguages",
  "agendaForm",
  "agendaMove",
  "personForm",
  "outcomeForm",
  "participants",
  "releases",
  "delegations",
  "member",
  "import",
  "invitations",
  "crossings",
  "travelDocuments",
  "travelDocumentSettings",
  "deletionRequests",
  "records",
  "board",
  "signOff",
  "outcomePublish",
  "feedback",
];

/** Every organizer screen: anonymous → sign-in, delegates → 404. Pages and actions check again. */
export default async function OrganizeLayout({ children }: LayoutProps<"/[locale]/organize">) {
  await requireOrganizer();
  return <ClientMessages namespaces={ORGANIZER_FORM_NAMESPACES}>{children}</ClientMessages>;
}
