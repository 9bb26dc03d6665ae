// The public programme as c3voc schedule.json, the same schedule as schedule.xml beside it; 404
// for an event unknown or still a draft. `?lang=` picks one of the event's working languages.
import { scheduleExportResponse } from "@/lib/public-event/schedule-export";

export async function GET(request: Request, { params }: RouteContext<"/events/[slug]/schedule.json">) {
  const { slug } = await params;
  return scheduleExportResponse(request, slug, "json");
}
