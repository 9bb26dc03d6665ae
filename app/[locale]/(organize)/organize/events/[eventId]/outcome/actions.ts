"use server";

import { id } from "@/lib/actions/bound";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { defineAction, done } from "@/lib/actions/define";
import { page, PUBLIC_PAGES } from "@/lib/actions/refresh";
import { refuse } from "@/lib/forms/action-state";
import { runningJobs } from "@/lib/jobs/running";
import { publicOrigin } from "@/lib/http/origin";
import { saveOutcomeComposition } from "@/lib/outcomes/composition";
import { parseLinks, wordingKey } from "@/lib/outcomes/composition-rules";
import { cancelScheduledPublication, getOutcomeForOrganizer, publishOutcome, saveOutcomeDraft } from "@/lib/outcomes/queries";
import { compositionInput, outcomeDraftInput, publishOutcomeInput, signatoryInput } from "@/lib/outcomes/schema";
import { requestSignOffs, setSignatory } from "@/lib/outcomes/sign-off";
import { zonedLocalToInstant } from "@/lib/time/zoned";

const OUTCOME_PAGE = page("/[locale]/organize/events/[eventId]/outcome");

/** When the scheduled revision becomes public (the latest revision, still to come), if there is one. */
async function scheduledRevisionTime(viewer: OrganizerViewer, eventId: string): Promise<Date | null> {
  const data = await getOutcomeForOrganizer(viewer, eventId);
  const now = new Date();
  return data?.revisions.find((r) => r.publishedAt > now)?.publishedAt ?? null;
}

/** A "YYYY-MM-DDTHH:MM" typed in the event's zone, as an instant (null when that time does not exist there). */
function eventLocalInstant(value: string, timeZone: string): Date | null {
  const [day = "", time = ""] = value.split("T");
  return zonedLocalToInstant(day, time, timeZone);
}

export const saveOutcomeDraftAction = defineAction({
  access: { who: "event", capability: "outcomes" },
  input: outcomeDraftInput,
  refresh: [OUTCOME_PAGE],
  run: async ({ viewer, event, input }) => {
    const result = await saveOutcomeDraft(viewer, event.id, input);
    return result.ok ? done("outcomeForm.saved") : result;
  },
});

export const publishOutcomeAction = defineAction({
  access: { who: "event", capability: "outcomes" },
  input: publishOutcomeInput,
  refresh: [PUBLIC_PAGES],
  run: async ({ viewer, event, input }) => {
    // The embargo is typed in the event's zone, like every time of the event; "until the press
    // conference" takes the press conference's time instead (the data layer reads and checks it).
    const typed = input.untilPressConference ? "" : input.publishAt;
    const publishAt = typed ? eventLocalInstant(typed, event.timeZone) : null;
    if (typed && !publishAt) return refuse("invalidDateTime", "publishAt");
    const result = await publishOutcome(viewer, event.id, { ...input, publishAt });
    if (!result.ok) return result;
    // Under embargo: a job refreshes the public pages again the moment it ends (lib/jobs/). Until
    // the press conference, that time is the one the data layer read and recorded.
    const releaseAt = result.value.scheduled ? (publishAt ?? (await scheduledRevisionTime(viewer, event.id))) : null;
    if (releaseAt) await runningJobs()?.scheduleRelease(releaseAt);
    return done(result.value.scheduled ? "outcomeForm.scheduled" : "outcomeForm.published");
  },
});

export const cancelScheduledAction = defineAction({
  access: { who: "event", capability: "outcomes" },
  refresh: [PUBLIC_PAGES],
  run: async ({ viewer, event }) => {
    const result = await cancelScheduledPublication(viewer, event.id);
    return result.ok ? done("outcomeForm.unscheduled") : refuse(result.reason);
  },
});

export const setSignatoryAction = defineAction({
  access: { who: "event", capability: "outcomes" },
  args: [id],
  input: signatoryInput,
  refresh: [OUTCOME_PAGE],
  run: async ({ viewer, event, args: [partyId], input }) => {
    const result = await setSignatory(viewer, event.id, partyId, input.signatory || null);
    return result.ok ? done("signOff.signatorySaved") : result;
  },
});

export const saveCompositionAction = defineAction({
  access: { who: "event", capability: "outcomes" },
  input: compositionInput,
  arrays: ["speakerIds"],
  refresh: [OUTCOME_PAGE],
  run: async ({ viewer, event, input, form }) => {
    const startsAt = input.pressStartsAt ? eventLocalInstant(input.pressStartsAt, event.timeZone) : null;
    if (input.pressStartsAt && !startsAt) return refuse("invalidDateTime", "pressStartsAt");
    const { links, badLines } = parseLinks(input.links);
    if (badLines.length) return refuse("notLinks", "links");
    // One wording field per adopted recommendation, named by its id (`wording_<id>`), and one per other
    // working language (`wording_<id>_<language>`, kept as `<id>:<language>`): the data layer keeps only the event's own.
    const wording: Record<string, string> = {};
    for (const [key, value] of form.entries()) {
      if (!key.startsWith("wording_") || typeof value !== "string") continue;
      const [id, language] = key.slice("wording_".length).split("_");
      if (id) wording[wordingKey(id, language)] = value.slice(0, 4000);
    }
    const result = await saveOutcomeComposition(viewer, event.id, {
      version: input.version,
      pressConference: { startsAt: startsAt?.toISOString() ?? null, place: input.pressPlace, speakerIds: input.speakerIds },
      links,
      wording,
    });
    return result.ok ? done("outcomeForm.compositionSaved") : result;
  },
});

export const requestSignOffsAction = defineAction({
  access: { who: "event", capability: "outcomes" },
  refresh: [page("/[locale]/organize/events/[eventId]/outbox")],
  run: async ({ viewer, event, locale }) => {
    const result = await requestSignOffs(viewer, event.id, { locale, origin: await publicOrigin() });
    if (!result.ok) return refuse(result.reason);
    return done(result.value.asked > 0 ? "outcomeForm.signOffsRequested" : "outcomeForm.nobodyToAsk");
  },
});
