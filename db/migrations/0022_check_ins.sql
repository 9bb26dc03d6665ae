CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"venue_day" date,
	"crossing_id" uuid,
	"checked_in_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"by_user_id" uuid,
	"undone_at" timestamp with time zone,
	"undone_by_user_id" uuid,
	CONSTRAINT "check_ins_one_checkpoint" CHECK (("check_ins"."venue_day" IS NULL) <> ("check_ins"."crossing_id" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_member_id_delegation_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."delegation_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_crossing_id_crossings_id_fk" FOREIGN KEY ("crossing_id") REFERENCES "public"."crossings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_undone_by_user_id_users_id_fk" FOREIGN KEY ("undone_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_once_at_venue" ON "check_ins" USING btree ("event_id","venue_day","member_id") WHERE "check_ins"."venue_day" IS NOT NULL AND "check_ins"."undone_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_once_at_crossing" ON "check_ins" USING btree ("event_id","crossing_id","member_id") WHERE "check_ins"."crossing_id" IS NOT NULL AND "check_ins"."undone_at" IS NULL;--> statement-breakpoint
CREATE INDEX "check_ins_member" ON "check_ins" USING btree ("member_id");