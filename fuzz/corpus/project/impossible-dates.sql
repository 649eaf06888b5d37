UPDATE areas SET valid_to = '2020-01-01' WHERE fid = 1;
UPDATE areas SET valid_from = '2024-02-30', valid_to = 'never' WHERE fid = 2;
UPDATE areas SET area_m2 = -1e308 WHERE fid = 3;