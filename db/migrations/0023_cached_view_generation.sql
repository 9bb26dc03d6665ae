CREATE TABLE "cached_view_generation" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"epoch" uuid DEFAULT gen_random_uuid() NOT NULL,
	"generation" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "cached_view_generation_one_row" CHECK ("cached_view_generation"."id" = 1)
);
--> statement-breakpoint
INSERT INTO "cached_view_generation" ("id") VALUES (1);
