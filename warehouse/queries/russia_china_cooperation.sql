-- How many cooperative events (quad classes 1 and 2: verbal and material cooperation) passed
-- between Russia and China each month, in either direction?
SELECT
    CAST(date_trunc('month', event_date) AS DATE) AS month,
    count(*) FILTER (WHERE source_country = 'RUS') AS russia_to_china,
    count(*) FILTER (WHERE source_country = 'CHN') AS china_to_russia,
    count(*) AS events,
    round(sum(goldstein), 1) AS goldstein_total
FROM events
WHERE quad_class IN (1, 2)
  AND ((source_country = 'RUS' AND target_country = 'CHN')
    OR (source_country = 'CHN' AND target_country = 'RUS'))
GROUP BY 1
ORDER BY 1;
