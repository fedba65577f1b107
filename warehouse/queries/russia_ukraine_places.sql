-- Where did the events between Russia and Ukraine happen, month by month, by country of
-- location? (A null country: the text did not say where.)
SELECT * FROM dyad_places('RUS', 'UKR', 'month');
