CREATE TABLE "agenda_release_items" (
	"release_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"visibility" "visibility" NOT NULL,
	"person_ids" uuid[] NOT NULL,
	"item" jsonb NOT NULL,
	CONSTRAINT "agenda_release_items_release_id_item_id_pk" PRIMARY KEY("release_id","item_id")
);
--> statement-breakpoint
ALTER TABLE "agenda_release_items" ADD CONSTRAINT "agenda_release_items_release_id_agenda_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."agenda_releases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_release_items_by_start" ON "agenda_release_items" USING btree ("release_id","starts_at");--> statement-breakpoint
-- Releases made before this table existed: their items, one row each, as insertRelease writes them.
-- Every snapshot the app wrote has these fields; a hand-made one without them is left out (no day
-- can show an item without times) rather than stopping the upgrade.
INSERT INTO "agenda_release_items" ("release_id", "item_id", "starts_at", "ends_at", "visibility", "person_ids", "item")
SELECT r."id", (e->>'id')::uuid, (e->>'startsAt')::timestamptz, (e->>'endsAt')::timestamptz, COALESCE((e->>'visibility')::"visibility", 'delegates'),
       ARRAY(SELECT DISTINCT (p->>'personId')::uuid FROM jsonb_array_elements(COALESCE(e->'people', '[]'::jsonb)) AS p ORDER BY 1), e
FROM "agenda_releases" AS r, jsonb_array_elements(r."items") AS e
WHERE e ? 'id' AND e ? 'startsAt' AND e ? 'endsAt';
