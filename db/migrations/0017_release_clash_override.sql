ALTER TABLE "agenda_releases" ADD COLUMN "clash_override" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_releases" ADD COLUMN "clash_count" integer DEFAULT 0 NOT NULL;