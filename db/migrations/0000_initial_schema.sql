CREATE TABLE "activities" (
	"id" serial PRIMARY KEY NOT NULL,
	"program_code" text NOT NULL,
	"region_code" text NOT NULL,
	"date" date NOT NULL,
	"aid_type" text,
	"recipient_type" text,
	"families_reached" integer,
	"quantity" double precision,
	"quantity_unit" text,
	"value_idr" double precision,
	"donor_name" text,
	"donor_type" text,
	"origin" text NOT NULL,
	"batch_id" integer,
	"note" text,
	CONSTRAINT "activities_donor_type_check" CHECK ("activities"."donor_type" is null or donor_type in ('individual', 'civil_servant', 'business', 'baznas', 'university', 'government')),
	CONSTRAINT "activities_recipient_type_check" CHECK ("activities"."recipient_type" is null or recipient_type in ('family', 'baduta', 'pregnant', 'bride_groom', 'household', 'community')),
	CONSTRAINT "activities_origin_check" CHECK (origin in ('published', 'illustrative', 'imported', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "annotations" (
	"id" serial PRIMARY KEY NOT NULL,
	"region_code" text,
	"indicator_code" text,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"title_id" text NOT NULL,
	"title_en" text NOT NULL,
	"body_id" text,
	"body_en" text,
	CONSTRAINT "annotations_kind_check" CHECK (kind in ('meeting', 'programme', 'survey', 'method_change'))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "data_sources" (
	"code" text PRIMARY KEY NOT NULL,
	"family" text NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"owner" text NOT NULL,
	"method_id" text NOT NULL,
	"method_en" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "data_sources_family_check" CHECK (family in ('survey', 'eppgbm', 'family_data', 'opd', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "editions" (
	"id" serial PRIMARY KEY NOT NULL,
	"source_code" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"released_on" date NOT NULL,
	"citation" text,
	"file_hash" text,
	"is_official" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" serial PRIMARY KEY NOT NULL,
	"origin" text NOT NULL,
	"description" text NOT NULL,
	"file_name" text,
	"file_hash" text,
	"row_count" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'committed' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rolled_back_at" timestamp with time zone,
	CONSTRAINT "import_batches_origin_check" CHECK (origin in ('published', 'illustrative', 'imported', 'manual')),
	CONSTRAINT "import_batches_status_check" CHECK (status in ('committed', 'rolled_back'))
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"code" text PRIMARY KEY NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"description_id" text NOT NULL,
	"description_en" text NOT NULL,
	"unit" text NOT NULL,
	"polarity" text NOT NULL,
	"domain" text NOT NULL,
	"aggregation" text NOT NULL,
	"rate_label_id" text,
	"rate_label_en" text,
	"is_public" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicators_unit_check" CHECK (unit in ('families', 'children', 'households', 'persons', 'percent', 'rupiah', 'count')),
	CONSTRAINT "indicators_polarity_check" CHECK (polarity in ('lower_is_better', 'higher_is_better', 'neutral')),
	CONSTRAINT "indicators_domain_check" CHECK (domain in ('outcome', 'family_risk', 'risk_factor', 'intervention', 'aid', 'process')),
	CONSTRAINT "indicators_aggregation_check" CHECK (aggregation in ('sum', 'ratio'))
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"indicator_code" text NOT NULL,
	"region_code" text NOT NULL,
	"period_type" text NOT NULL,
	"period_start" date NOT NULL,
	"edition_id" integer NOT NULL,
	"value" double precision,
	"numerator" double precision,
	"denominator" double precision,
	"coverage" double precision,
	"status" text DEFAULT 'final' NOT NULL,
	"origin" text NOT NULL,
	"is_derived" boolean DEFAULT false NOT NULL,
	"batch_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_at" timestamp with time zone,
	"superseded_by_id" integer,
	CONSTRAINT "observations_period_type_check" CHECK (period_type in ('year', 'semester', 'quarter', 'month')),
	CONSTRAINT "observations_status_check" CHECK (status in ('provisional', 'final')),
	CONSTRAINT "observations_origin_check" CHECK (origin in ('published', 'illustrative', 'imported', 'manual')),
	CONSTRAINT "observations_values_non_negative" CHECK (coalesce("observations"."value", 0) >= 0 and coalesce("observations"."numerator", 0) >= 0 and coalesce("observations"."denominator", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"code" text PRIMARY KEY NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"description_id" text NOT NULL,
	"description_en" text NOT NULL,
	"risk_factor_indicator_code" text,
	"output_indicator_code" text
);
--> statement-breakpoint
CREATE TABLE "region_boundaries" (
	"id" serial PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"geometry" jsonb NOT NULL,
	"provenance" text NOT NULL,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "region_boundaries_provenance_check" CHECK (provenance in ('approximate', 'imported'))
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"bps_code" text,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"valid_from" date,
	"valid_to" date,
	CONSTRAINT "regions_level_check" CHECK (level in ('province', 'regency', 'district', 'village'))
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_code" text NOT NULL,
	"region_code" text,
	"period_type" text NOT NULL,
	"period_start" date NOT NULL,
	"value" double precision NOT NULL,
	"legal_basis" text NOT NULL,
	CONSTRAINT "targets_period_type_check" CHECK (period_type in ('year', 'semester', 'quarter', 'month'))
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_program_code_programs_code_fk" FOREIGN KEY ("program_code") REFERENCES "public"."programs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "editions" ADD CONSTRAINT "editions_source_code_data_sources_code_fk" FOREIGN KEY ("source_code") REFERENCES "public"."data_sources"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_risk_factor_indicator_code_indicators_code_fk" FOREIGN KEY ("risk_factor_indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_output_indicator_code_indicators_code_fk" FOREIGN KEY ("output_indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_boundaries" ADD CONSTRAINT "region_boundaries_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_program_region_date_idx" ON "activities" USING btree ("program_code","region_code","date");--> statement-breakpoint
CREATE INDEX "annotations_region_date_idx" ON "annotations" USING btree ("region_code","date");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "editions_source_code_idx" ON "editions" USING btree ("source_code","code");--> statement-breakpoint
CREATE INDEX "editions_source_released_idx" ON "editions" USING btree ("source_code","released_on");--> statement-breakpoint
CREATE UNIQUE INDEX "observations_current_cell_idx" ON "observations" USING btree ("indicator_code","region_code","period_type","period_start","edition_id") WHERE "observations"."superseded_at" is null;--> statement-breakpoint
CREATE INDEX "observations_indicator_region_idx" ON "observations" USING btree ("indicator_code","region_code","period_start");--> statement-breakpoint
CREATE INDEX "observations_edition_indicator_idx" ON "observations" USING btree ("edition_id","indicator_code");--> statement-breakpoint
CREATE INDEX "observations_batch_idx" ON "observations" USING btree ("batch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "region_boundaries_region_provenance_idx" ON "region_boundaries" USING btree ("region_code","provenance");--> statement-breakpoint
CREATE INDEX "regions_parent_code_idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "targets_indicator_idx" ON "targets" USING btree ("indicator_code","region_code");