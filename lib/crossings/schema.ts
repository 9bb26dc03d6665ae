import { z } from "zod";
import { crossingDirection } from "@/db/schema/enums";
import { translationInputs } from "@/lib/content/translation-form";
import { clockTime, isoDate, optionalText, requiredText } from "@/lib/forms/fields";

export const CROSSING_DIRECTIONS = crossingDirection.enumValues;

/** The name's versions: `name_hy` …, in any working language (the point serves every event of the initiative). */
const nameVersions = translationInputs({ name: 200 });

export const crossingPointInput = z.object({
  name: requiredText(200),
  description: optionalText(1000),
  ...nameVersions,
});
export type CrossingPointInput = z.output<typeof crossingPointInput>;

/** Only the versions of a point's name, edited after the fact. */
export const crossingPointVersionsInput = z.object(nameVersions);
export type CrossingPointVersionsInput = z.output<typeof crossingPointVersionsInput>;

/** A planned crossing and its manifest; the day and time are on the event's wall clock. */
export const crossingInput = z.object({
  direction: z.enum(CROSSING_DIRECTIONS, { error: "required" }),
  crossingPointId: z.uuid({ error: "chooseCrossingPoint" }),
  day: isoDate,
  time: clockTime,
  notes: optionalText(1000),
  // A tampered id is "not in this delegation", the same answer as a real person of another one.
  personIds: z.array(z.uuid({ error: "notInDelegation" }), { error: "chooseCrossingPeople" }).min(1, { error: "chooseCrossingPeople" }),
});
export type CrossingInput = z.output<typeof crossingInput>;

/** The actual time of a crossing, typed on the event's wall clock (named apart from the planned time's fields, which share its page). */
export const actualTimeInput = z.object({ actualDay: isoDate, actualTime: clockTime });
export type ActualTimeInput = z.output<typeof actualTimeInput>;
