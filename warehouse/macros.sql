-- Views and macros eventcoder creates in every catalog (warehouse/catalog.py runs this file).

-- The Phoenix pipeline's one-a-day filter: one row per date, source, target and code, with the
-- number of mentions (as GDELT's NumMentions) and of distinct articles.
CREATE OR REPLACE VIEW events_one_a_day AS
SELECT * EXCLUDE (place),
       place.name AS location_name, place.country AS location_country,
       place.admin1 AS location_admin1, place.lat AS location_lat, place.lon AS location_lon,
       place.precision AS location_precision
FROM (
    SELECT event_date, source_code, target_code, event_code,
           -- Written as functions of the grouped codes (which is what they are), so that a
           -- filter on them (WHERE source_country = 'RUS') is applied while reading, before
           -- grouping.
           substr(source_code, 1, 3) AS source_country,
           nullif(substr(source_code, 4, 3), '') AS source_agent,
           substr(target_code, 1, 3) AS target_country,
           nullif(substr(target_code, 4, 3), '') AS target_agent,
           substr(event_code, 1, 2) AS event_root,
           any_value(quad_class) AS quad_class, any_value(goldstein) AS goldstein,
           any_value(plover) AS plover,
           count(*) AS mentions, count(DISTINCT article_id) AS articles,
           min(event_id) AS event_id,
           -- The place of the first located mention, taken whole in one aggregate (six
           -- aggregates made the view half as slow again).
           arg_min({'name': location_name, 'country': location_country,
                    'admin1': location_admin1, 'lat': location_lat, 'lon': location_lon,
                    'precision': location_precision}, event_id)
               FILTER (WHERE location_name IS NOT NULL) AS place
    FROM events
    GROUP BY event_date, source_code, target_code, event_code
);

-- The events between actors a and b (code prefixes such as 'RUS'), both directions, with
-- `a_to_b` telling which; optionally only some quad classes and a date range.
CREATE OR REPLACE MACRO dyad_events(a, b, quads := [], first_day := NULL, last_day := NULL)
AS TABLE
SELECT *, starts_with(source_code, a) AND starts_with(target_code, b) AS a_to_b
FROM events
WHERE ((starts_with(source_code, a) AND starts_with(target_code, b))
    OR (starts_with(source_code, b) AND starts_with(target_code, a)))
  AND (len(quads) = 0 OR list_contains(quads, quad_class))
  AND (first_day IS NULL OR event_date >= CAST(first_day AS DATE))
  AND (last_day IS NULL OR event_date <= CAST(last_day AS DATE));

-- Events between actors a and b (code prefixes such as 'RUS') per period, both directions;
-- optionally only some quad classes and a date range. Every period from the first to the last
-- (or from first_day to last_day) has a row: a period with no events is a zero, not a gap.
-- `articles_coded` counts the articles the warehouse holds for the period, and
-- `events_per_1000_articles` scales the count by it (a rise in events may be a rise in news).
-- `eventcoder dyad` runs this macro.
CREATE OR REPLACE MACRO dyad_series(a, b, unit, quads := [], first_day := NULL,
                                    last_day := NULL) AS TABLE
WITH dyad AS (
    SELECT * FROM dyad_events(a, b, quads := quads, first_day := first_day, last_day := last_day)
),
counts AS (
    SELECT CAST(date_trunc(unit, event_date) AS DATE) AS period,
           count(*) FILTER (WHERE a_to_b) AS a_to_b,
           count(*) FILTER (WHERE NOT a_to_b) AS b_to_a,
           count(*) AS events,
           count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
           count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
           sum(goldstein) AS goldstein
    FROM dyad
    GROUP BY 1
),
coded AS (
    SELECT CAST(date_trunc(unit, article_date) AS DATE) AS period,
           count(DISTINCT article_id) AS articles
    FROM articles
    GROUP BY 1
),
span AS (
    SELECT CAST(date_trunc(unit, coalesce(CAST(first_day AS DATE), min(period))) AS DATE) AS lo,
           CAST(date_trunc(unit, coalesce(CAST(last_day AS DATE), max(period))) AS DATE) AS hi
    FROM counts
),
periods AS (
    SELECT CAST(unnest(generate_series(lo, hi, CAST('1 ' || unit AS INTERVAL))) AS DATE)
               AS period
    FROM span
    WHERE lo IS NOT NULL AND hi IS NOT NULL
)
SELECT periods.period,
       coalesce(counts.a_to_b, 0) AS a_to_b,
       coalesce(counts.b_to_a, 0) AS b_to_a,
       coalesce(counts.events, 0) AS events,
       coalesce(counts.cooperation, 0) AS cooperation,
       coalesce(counts.conflict, 0) AS conflict,
       round(coalesce(counts.goldstein, 0), 1) AS net_goldstein,
       coalesce(coded.articles, 0) AS articles_coded,
       CASE WHEN coded.articles > 0
            THEN round(1000.0 * coalesce(counts.events, 0) / coded.articles, 1) END
           AS events_per_1000_articles
FROM periods
LEFT JOIN counts ON counts.period = periods.period
LEFT JOIN coded ON coded.period = periods.period
ORDER BY 1;

-- The same, split by quad class.
CREATE OR REPLACE MACRO dyad_by_quad(a, b, unit) AS TABLE
SELECT CAST(date_trunc(unit, event_date) AS DATE) AS period, quad_class, count(*) AS events
FROM events
WHERE (starts_with(source_code, a) AND starts_with(target_code, b))
   OR (starts_with(source_code, b) AND starts_with(target_code, a))
GROUP BY 1, 2 ORDER BY 1, 2;

-- Net Goldstein score of a on b, and of b on a, per month.
CREATE OR REPLACE MACRO net_goldstein(a, b) AS TABLE
SELECT CAST(date_trunc('month', event_date) AS DATE) AS month,
       round(sum(goldstein) FILTER (WHERE starts_with(source_code, a)), 1) AS a_on_b,
       round(sum(goldstein) FILTER (WHERE starts_with(source_code, b)), 1) AS b_on_a
FROM events
WHERE (starts_with(source_code, a) AND starts_with(target_code, b))
   OR (starts_with(source_code, b) AND starts_with(target_code, a))
GROUP BY 1 ORDER BY 1;

-- The busiest country dyads between two dates, with their cooperative and conflictual shares.
CREATE OR REPLACE MACRO top_dyads(first_day, last_day, how_many) AS TABLE
SELECT source_country, target_country, events, cooperation, conflict
FROM (
    SELECT source_country, target_country, count(*) AS events,
           count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
           count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
           row_number() OVER (ORDER BY count(*) DESC, source_country, target_country) AS rank
    FROM events
    WHERE event_date BETWEEN CAST(first_day AS DATE) AND CAST(last_day AS DATE)
    GROUP BY source_country, target_country
)
WHERE rank <= how_many
ORDER BY rank;

-- What one actor (a code prefix) did and had done to it, per period and root code.
CREATE OR REPLACE MACRO actor_activity(actor, unit) AS TABLE
SELECT CAST(date_trunc(unit, event_date) AS DATE) AS period, event_root,
       count(*) FILTER (WHERE starts_with(source_code, actor)) AS as_source,
       count(*) FILTER (WHERE starts_with(target_code, actor)) AS as_target
FROM events
WHERE starts_with(source_code, actor) OR starts_with(target_code, actor)
GROUP BY 1, 2 ORDER BY 1, 2;

-- Where the events between actors a and b happened: per period and country of location, each
-- way, with how many of them were placed (`unplaced` counts the rest, country null).
CREATE OR REPLACE MACRO dyad_places(a, b, unit) AS TABLE
SELECT CAST(date_trunc(unit, event_date) AS DATE) AS period, location_country,
       count(*) FILTER (WHERE starts_with(source_code, a)) AS a_to_b,
       count(*) FILTER (WHERE starts_with(source_code, b)) AS b_to_a,
       count(*) AS events,
       count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict
FROM events
WHERE (starts_with(source_code, a) AND starts_with(target_code, b))
   OR (starts_with(source_code, b) AND starts_with(target_code, a))
GROUP BY 1, 2 ORDER BY 1, 2 NULLS LAST;
