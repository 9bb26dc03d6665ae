// The public programme as frab / c3voc schedule.xml (ConfClerk, Giggity, EventFahrplan); 404 for
// an event unknown or still a draft. Outside the locale prefix, like the feeds: `?lang=` picks
// one of the event's working languages.
import { scheduleExportResponse } from "@/lib/public-event/schedule-export";

export async function GET(request: Request, { params }: RouteContext<"/events/[slug]/schedule.xml">) {
  const { slug } = await params;
  return scheduleExportResponse(request, slug, "xml");
}
