CREATE TABLE "record_officials" (
	"record_id" uuid NOT NULL,
	"official_id" uuid NOT NULL,
	CONSTRAINT "record_officials_record_id_official_id_pk" PRIMARY KEY("record_id","official_id")
);
--> statement-breakpoint
CREATE TABLE "record_speakers" (
	"record_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "record_speakers_record_id_person_id_pk" PRIMARY KEY("record_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "recommendations" ALTER COLUMN "idempotency_key" SET DEFAULT gen_random_uuid()::text;--> statement-breakpoint
UPDATE "recommendations" SET "idempotency_key" = gen_random_uuid()::text WHERE "idempotency_key" IS NULL;--> statement-breakpoint
ALTER TABLE "recommendations" ALTER COLUMN "idempotency_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "adopted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "adopted_by" uuid;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "record_revisions" ADD COLUMN "topics" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "record_revisions" ADD COLUMN "details" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "record_revisions" ADD COLUMN "status" "record_status" DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "record_revisions" ADD COLUMN "note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "record_revisions" ADD COLUMN "save_id" text;--> statement-breakpoint
ALTER TABLE "records" ADD COLUMN "topics" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "records" ADD COLUMN "finalized_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "records" ADD COLUMN "finalized_by" uuid;--> statement-breakpoint
ALTER TABLE "records" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "record_officials" ADD CONSTRAINT "record_officials_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_officials" ADD CONSTRAINT "record_officials_official_id_officials_id_fk" FOREIGN KEY ("official_id") REFERENCES "public"."officials"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_speakers" ADD CONSTRAINT "record_speakers_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_speakers" ADD CONSTRAINT "record_speakers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_adopted_by_users_id_fk" FOREIGN KEY ("adopted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_finalized_by_users_id_fk" FOREIGN KEY ("finalized_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_revisions" ADD CONSTRAINT "record_revisions_save_id" UNIQUE("record_id","save_id");