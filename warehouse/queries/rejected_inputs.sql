-- Which inputs were rejected, by which run, and why?
SELECT r.started_at, x.origin, x.reason
FROM rejects AS x JOIN runs AS r USING (run_id)
ORDER BY r.started_at, x.origin;
