-- Which ten country dyads had the most events in 2022, and how cooperative were they?
SELECT * FROM top_dyads('2022-01-01', '2022-12-31', 10);
