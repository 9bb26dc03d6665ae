CREATE TYPE "public"."team_role" AS ENUM('coordinator', 'organizer', 'rapporteur', 'communications');--> statement-breakpoint
CREATE TABLE "team_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" "team_role" NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by_user_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_invitations_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "account_setup_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_setup_links_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "crossing_points" DROP CONSTRAINT "crossing_points_name_unique";--> statement-breakpoint
DROP INDEX "people_email_unique";--> statement-breakpoint
ALTER TABLE "initiative_organizers" ADD COLUMN "role" "team_role" DEFAULT 'coordinator' NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "initiative_id" uuid;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "crossing_points" ADD COLUMN "initiative_id" uuid;--> statement-breakpoint
-- Tenancy data move (hand-written). A person shared by several initiatives becomes one row per
-- initiative: the initiative that has known them longest keeps the row, every other one gets a
-- copy, and each initiative's references (memberships, agenda roles, crossings, records,
-- signatories, deletion requests, person ids inside release snapshots, outcome press
-- conferences and record revisions) move to its own copy. Accounts keep signing in as every copy.
CREATE TEMP TABLE "tenancy_person_initiatives" AS
  SELECT "person_id", "initiative_id", min("first_seen") AS "first_seen" FROM (
    SELECT dm."person_id", e."initiative_id", dm."created_at" AS "first_seen"
      FROM "delegation_members" dm JOIN "events" e ON e."id" = dm."event_id"
    UNION ALL SELECT aip."person_id", e."initiative_id", e."created_at"
      FROM "agenda_item_people" aip JOIN "agenda_items" ai ON ai."id" = aip."agenda_item_id" JOIN "events" e ON e."id" = ai."event_id"
    UNION ALL SELECT cp."person_id", e."initiative_id", e."created_at"
      FROM "crossing_people" cp JOIN "crossings" c ON c."id" = cp."crossing_id" JOIN "events" e ON e."id" = c."event_id"
  ) AS "seen" GROUP BY "person_id", "initiative_id";--> statement-breakpoint
CREATE TEMP TABLE "tenancy_person_map" AS
  SELECT "person_id" AS "old_id", "initiative_id",
    CASE WHEN row_number() OVER (PARTITION BY "person_id" ORDER BY "first_seen", "initiative_id") = 1 THEN "person_id" ELSE gen_random_uuid() END AS "new_id"
  FROM "tenancy_person_initiatives";--> statement-breakpoint
UPDATE "people" p SET "initiative_id" = m."initiative_id" FROM "tenancy_person_map" m WHERE m."old_id" = p."id" AND m."new_id" = p."id";--> statement-breakpoint
INSERT INTO "people" ("id", "initiative_id", "name_latin", "name_native", "organization", "position", "sector", "email", "phone", "version", "created_at", "updated_at")
  SELECT m."new_id", m."initiative_id", p."name_latin", p."name_native", p."organization", p."position", p."sector", p."email", p."phone", p."version", p."created_at", p."updated_at"
  FROM "tenancy_person_map" m JOIN "people" p ON p."id" = m."old_id" WHERE m."new_id" <> m."old_id";--> statement-breakpoint
UPDATE "people" p SET "user_id" = u."id" FROM "tenancy_person_map" m JOIN "users" u ON u."person_id" = m."old_id" WHERE p."id" = m."new_id";--> statement-breakpoint
UPDATE "delegation_members" dm SET "person_id" = m."new_id" FROM "events" e, "tenancy_person_map" m
  WHERE e."id" = dm."event_id" AND m."old_id" = dm."person_id" AND m."initiative_id" = e."initiative_id" AND m."new_id" <> m."old_id";--> statement-breakpoint
UPDATE "delegations" d SET "signatory_person_id" = m."new_id" FROM "events" e, "tenancy_person_map" m
  WHERE e."id" = d."event_id" AND m."old_id" = d."signatory_person_id" AND m."initiative_id" = e."initiative_id" AND m."new_id" <> m."old_id";--> statement-breakpoint
UPDATE "agenda_item_people" aip SET "person_id" = m."new_id" FROM "agenda_items" ai, "events" e, "tenancy_person_map" m
  WHERE ai."id" = aip."agenda_item_id" AND e."id" = ai."event_id" AND m."old_id" = aip."person_id" AND m."initiative_id" = e."initiative_id" AND m."new_id" <> m."old_id";--> statement-breakpoint
UPDATE "crossing_people" cp SET "person_id" = m."new_id" FROM "crossings" c, "events" e, "tenancy_person_map" m
  WHERE c."id" = cp."crossing_id" AND e."id" = c."event_id" AND m."old_id" = cp."person_id" AND m."initiative_id" = e."initiative_id" AND m."new_id" <> m."old_id";--> statement-breakpoint
UPDATE "record_attendance" ra SET "person_id" = m."new_id" FROM "records" r, "agenda_items" ai, "events" e, "tenancy_person_map" m
  WHERE r."id" = ra."record_id" AND ai."id" = r."agenda_item_id" AND e."id" = ai."event_id" AND m."old_id" = ra."person_id" AND m."initiative_id" = e."initiative_id" AND m."new_id" <> m."old_id";--> statement-breakpoint
UPDATE "record_speakers" rs SET "person_id" = m."new_id" FROM "records" r, "agenda_items" ai, "events" e, "tenancy_person_map" m
  WHERE r."id" = rs."record_id" AND ai."id" = r."agenda_item_id" AND e."id" = ai."event_id" AND m."old_id" = rs."person_id" AND m."initiative_id" = e."initiative_id" AND m."new_id" <> m."old_id";--> statement-breakpoint
-- A deletion request goes to every initiative that holds the person.
INSERT INTO "deletion_requests" ("person_id", "reason", "status", "requested_at", "decided_at", "decided_by_user_id", "decision_note")
  SELECT m."new_id", d."reason", d."status", d."requested_at", d."decided_at", d."decided_by_user_id", d."decision_note"
  FROM "deletion_requests" d JOIN "tenancy_person_map" m ON m."old_id" = d."person_id" WHERE m."new_id" <> m."old_id";--> statement-breakpoint
DO $$
DECLARE pair record;
BEGIN
  FOR pair IN SELECT "old_id"::text AS "old_id", "new_id"::text AS "new_id", "initiative_id" FROM "tenancy_person_map" WHERE "new_id" <> "old_id" LOOP
    UPDATE "agenda_releases" SET "items" = replace("items"::text, pair."old_id", pair."new_id")::jsonb
      WHERE "event_id" IN (SELECT "id" FROM "events" WHERE "initiative_id" = pair."initiative_id") AND "items"::text LIKE '%' || pair."old_id" || '%';
    UPDATE "outcomes" SET "press_conference" = replace("press_conference"::text, pair."old_id", pair."new_id")::jsonb
      WHERE "event_id" IN (SELECT "id" FROM "events" WHERE "initiative_id" = pair."initiative_id") AND "press_conference"::text LIKE '%' || pair."old_id" || '%';
    UPDATE "outcome_revisions" SET "press_conference" = replace("press_conference"::text, pair."old_id", pair."new_id")::jsonb
      WHERE "outcome_id" IN (SELECT o."id" FROM "outcomes" o JOIN "events" e ON e."id" = o."event_id" WHERE e."initiative_id" = pair."initiative_id") AND "press_conference"::text LIKE '%' || pair."old_id" || '%';
    UPDATE "record_revisions" SET "details" = replace("details"::text, pair."old_id", pair."new_id")::jsonb
      WHERE "record_id" IN (SELECT r."id" FROM "records" r JOIN "agenda_items" ai ON ai."id" = r."agenda_item_id" JOIN "events" e ON e."id" = ai."event_id" WHERE e."initiative_id" = pair."initiative_id") AND "details"::text LIKE '%' || pair."old_id" || '%';
  END LOOP;
END $$;--> statement-breakpoint
-- A person no initiative holds (no event of any initiative names them) is data nobody can reach:
-- it goes, and its account stays (it signs in to an empty schedule).
DELETE FROM "people" WHERE "initiative_id" IS NULL;--> statement-breakpoint
-- Crossing points: the initiative that used a point first keeps it, every other user gets a copy;
-- a point no crossing uses yet goes to every initiative, so nobody's list shrinks.
CREATE TEMP TABLE "tenancy_point_map" AS
  SELECT "point_id" AS "old_id", "initiative_id",
    CASE WHEN row_number() OVER (PARTITION BY "point_id" ORDER BY "first_used", "initiative_id") = 1 THEN "point_id" ELSE gen_random_uuid() END AS "new_id"
  FROM (
    SELECT c."crossing_point_id" AS "point_id", e."initiative_id", min(c."created_at") AS "first_used"
      FROM "crossings" c JOIN "events" e ON e."id" = c."event_id" GROUP BY c."crossing_point_id", e."initiative_id"
    UNION ALL SELECT cp."id", i."id", i."created_at" FROM "crossing_points" cp CROSS JOIN "initiatives" i
      WHERE NOT EXISTS (SELECT 1 FROM "crossings" c WHERE c."crossing_point_id" = cp."id")
  ) AS "used";--> statement-breakpoint
UPDATE "crossing_points" cp SET "initiative_id" = m."initiative_id" FROM "tenancy_point_map" m WHERE m."old_id" = cp."id" AND m."new_id" = cp."id";--> statement-breakpoint
INSERT INTO "crossing_points" ("id", "initiative_id", "name", "description", "created_at")
  SELECT m."new_id", m."initiative_id", cp."name", cp."description", cp."created_at"
  FROM "tenancy_point_map" m JOIN "crossing_points" cp ON cp."id" = m."old_id" WHERE m."new_id" <> m."old_id";--> statement-breakpoint
UPDATE "crossings" c SET "crossing_point_id" = m."new_id" FROM "events" e, "tenancy_point_map" m
  WHERE e."id" = c."event_id" AND m."old_id" = c."crossing_point_id" AND m."initiative_id" = e."initiative_id" AND m."new_id" <> m."old_id";--> statement-breakpoint
DELETE FROM "crossing_points" WHERE "initiative_id" IS NULL;--> statement-breakpoint
DROP TABLE "tenancy_person_initiatives";--> statement-breakpoint
DROP TABLE "tenancy_person_map";--> statement-breakpoint
DROP TABLE "tenancy_point_map";--> statement-breakpoint
ALTER TABLE "people" ALTER COLUMN "initiative_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "crossing_points" ALTER COLUMN "initiative_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_person_id_people_id_fk";--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_personId_unique";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "person_id";--> statement-breakpoint
ALTER TABLE "sign_in_links" ADD COLUMN "link_person_id" uuid;--> statement-breakpoint
ALTER TABLE "team_invitations" ADD CONSTRAINT "team_invitations_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_invitations" ADD CONSTRAINT "team_invitations_invited_by_user_id_users_id_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_setup_links" ADD CONSTRAINT "account_setup_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "team_invitations_initiative" ON "team_invitations" USING btree ("initiative_id","created_at");--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crossing_points" ADD CONSTRAINT "crossing_points_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_in_links" ADD CONSTRAINT "sign_in_links_link_person_id_people_id_fk" FOREIGN KEY ("link_person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "people_initiative_email_unique" ON "people" USING btree ("initiative_id",lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "people_initiative_user_unique" ON "people" USING btree ("initiative_id","user_id");--> statement-breakpoint
CREATE INDEX "people_user" ON "people" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "crossing_points" ADD CONSTRAINT "crossing_points_initiativeId_name_unique" UNIQUE("initiative_id","name");