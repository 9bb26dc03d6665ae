import type { Capability } from "@/lib/teams/roles";

/** The organizer screens of one event, in the order of their tabs. */
export const EVENT_SECTIONS = [
  "overview",
  "agenda",
  "delegations",
  "crossings",
  "check-in",
  "records",
  "recommendations",
  "outcome",
  "feedback",
  "outbox",
] as const;
export type EventSection = (typeof EVENT_SECTIONS)[number];

/** What a team member's role must allow to open each screen (lib/teams/roles.ts). */
export const SECTION_CAPABILITY: Record<EventSection, Capability> = {
  overview: "view",
  agenda: "plan",
  delegations: "plan",
  crossings: "plan",
  "check-in": "plan",
  records: "records",
  recommendations: "records",
  outcome: "outcomes",
  feedback: "outcomes",
  outbox: "plan",
};
