-- How many distinct events (the Phoenix one-a-day filter: one per date, dyad and code) and how
-- many mentions of them were coded each month?
SELECT CAST(date_trunc('month', event_date) AS DATE) AS month,
       count(*) AS events,
       sum(mentions) AS mentions
FROM events_one_a_day
GROUP BY 1
ORDER BY 1;
