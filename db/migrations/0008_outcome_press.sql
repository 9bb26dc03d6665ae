ALTER TABLE "outcome_revisions" ADD COLUMN "press_conference" jsonb DEFAULT '{"startsAt":null,"place":"","speakerIds":[]}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "outcome_revisions" ADD COLUMN "links" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "press_conference" jsonb DEFAULT '{"startsAt":null,"place":"","speakerIds":[]}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "links" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "recommendation_wording" jsonb DEFAULT '{}'::jsonb NOT NULL;