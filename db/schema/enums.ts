import { pgEnum } from "drizzle-orm/pg-core";

export const userRole = pgEnum("user_role", ["organizer", "delegate"]);

export const eventStatus = pgEnum("event_status", ["draft", "announced", "in_progress", "concluded"]);

export const agendaItemKind = pgEnum("agenda_item_kind", [
  "plenary",
  "thematic_session",
  "working_group",
  "meeting_with_officials",
  "cultural_social",
  "press_conference",
  "travel",
  "break",
]);

export const visibility = pgEnum("visibility", ["public", "delegates", "organizers"]);

export const agendaRole = pgEnum("agenda_role", ["moderator", "speaker"]);

export const sector = pgEnum("sector", ["civil_society", "expert", "media", "other"]);

export const delegationRole = pgEnum("delegation_role", ["head", "member", "expert", "journalist", "staff"]);

export const registrationStatus = pgEnum("registration_status", ["invited", "registered", "confirmed", "declined", "withdrawn"]);

/** Who may see a person's name: everyone, other delegates of the event, or organizers only. */
export const listingConsent = pgEnum("listing_consent", ["public", "delegates", "none"]);

export const crossingDirection = pgEnum("crossing_direction", ["entry", "exit"]);

export const recordStatus = pgEnum("record_status", ["draft", "final"]);

export const outcomeStatus = pgEnum("outcome_status", ["draft", "published"]);

export const mailStatus = pgEnum("mail_status", ["pending", "sent", "logged", "failed"]);

export const travelDocumentType = pgEnum("travel_document_type", ["passport", "id_card", "other"]);

export const deletionRequestStatus = pgEnum("deletion_request_status", ["pending", "done", "declined"]);

/**
 * A member of an initiative's organizing team: the coordinator manages the team and does
 * everything else; an organizer everything but the team; a rapporteur writes records only;
 * communications drafts and publishes outcomes only.
 */
export const teamRole = pgEnum("team_role", ["coordinator", "organizer", "rapporteur", "communications"]);
