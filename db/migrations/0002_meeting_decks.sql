CREATE TABLE "decks" (
	"id" serial PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"meeting_date" date NOT NULL,
	"title" text NOT NULL,
	"config" jsonb NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "decks_region_meeting_idx" ON "decks" USING btree ("region_code","meeting_date");