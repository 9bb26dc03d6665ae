CREATE TABLE "password_failures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email_hash" text NOT NULL,
	"address_hash" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "password_failures_email" ON "password_failures" USING btree ("email_hash","at");--> statement-breakpoint
CREATE INDEX "password_failures_address" ON "password_failures" USING btree ("address_hash","at");