CREATE TYPE "public"."mail_status" AS ENUM('pending', 'sent', 'logged', 'failed');--> statement-breakpoint
CREATE TYPE "public"."travel_document_type" AS ENUM('passport', 'id_card', 'other');--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"token_hint" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"send_count" integer DEFAULT 0 NOT NULL,
	"last_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_memberId_unique" UNIQUE("member_id"),
	CONSTRAINT "invitations_tokenHash_unique" UNIQUE("token_hash"),
	CONSTRAINT "invitations_hint_short" CHECK (length("invitations"."token_hint") <= 8)
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid,
	"created_by_user_id" uuid,
	"kind" text NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" "mail_status" DEFAULT 'pending' NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "travel_documents" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"document_type" "travel_document_type" NOT NULL,
	"document_number" text NOT NULL,
	"issuing_country" text NOT NULL,
	"nationality" text DEFAULT '' NOT NULL,
	"date_of_birth" date,
	"expires_on" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "crossings" DROP CONSTRAINT "crossings_delegation_id_delegations_id_fk";
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "collect_travel_documents" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "travel_document_retention_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "delegation_members" ADD COLUMN "dietary_needs" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "delegation_members" ADD COLUMN "accessibility_needs" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "delegation_members" ADD COLUMN "registered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_member_id_delegation_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."delegation_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_documents" ADD CONSTRAINT "travel_documents_member_id_delegation_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."delegation_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_documents" ADD CONSTRAINT "travel_documents_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crossings" ADD CONSTRAINT "crossings_delegation_id_event_id_delegations_id_event_id_fk" FOREIGN KEY ("delegation_id","event_id") REFERENCES "public"."delegations"("id","event_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "crossings_event_planned" ON "crossings" USING btree ("event_id","planned_at");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_travel_document_retention_range" CHECK ("events"."travel_document_retention_days" >= 0 AND "events"."travel_document_retention_days" <= 365);