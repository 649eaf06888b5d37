UPDATE areas SET geom = X'47500003E864000001000000' WHERE fid = 1;
UPDATE areas SET geom = X'00' WHERE fid = 2;
UPDATE areas SET geom = 'text' WHERE fid = 3;
UPDATE areas SET geom = NULL WHERE fid = 4;