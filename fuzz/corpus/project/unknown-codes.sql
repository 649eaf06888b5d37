UPDATE areas SET care_type = 'mystery' WHERE fid % 2 = 0;
UPDATE areas SET condition = 'splendid' WHERE fid = 1;