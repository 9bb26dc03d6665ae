CREATE TYPE "public"."material_kind" AS ENUM('file', 'link');--> statement-breakpoint
CREATE TABLE "materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"agenda_item_id" uuid,
	"kind" "material_kind" NOT NULL,
	"title" text NOT NULL,
	"storage_key" text,
	"file_name" text,
	"content_type" text,
	"byte_size" bigint,
	"sha256" text,
	"url" text,
	"visibility" "visibility" DEFAULT 'delegates' NOT NULL,
	"uploaded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "materials_file_or_link" CHECK (("materials"."kind" = 'file' AND "materials"."storage_key" IS NOT NULL AND "materials"."file_name" IS NOT NULL AND "materials"."content_type" IS NOT NULL AND "materials"."byte_size" IS NOT NULL AND "materials"."sha256" IS NOT NULL AND "materials"."url" IS NULL)
        OR ("materials"."kind" = 'link' AND "materials"."url" IS NOT NULL AND "materials"."storage_key" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "materials_by_event" ON "materials" USING btree ("event_id","agenda_item_id");