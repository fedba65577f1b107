-- How did the net Goldstein score run between Russia and Ukraine, month by month, each way?
SELECT * FROM net_goldstein('RUS', 'UKR');
