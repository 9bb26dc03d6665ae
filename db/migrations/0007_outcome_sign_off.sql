ALTER TABLE "delegations" ADD COLUMN "signatory_person_id" uuid;--> statement-breakpoint
ALTER TABLE "outcome_revisions" ADD COLUMN "recommendations" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "outcome_revisions" ADD COLUMN "jointly_signed" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "outcome_revisions" ADD COLUMN "unsigned_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_signatory_person_id_people_id_fk" FOREIGN KEY ("signatory_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;