ALTER TABLE "invitations" ADD COLUMN "opened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "member_id" uuid;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_member_id_delegation_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."delegation_members"("id") ON DELETE set null ON UPDATE no action;