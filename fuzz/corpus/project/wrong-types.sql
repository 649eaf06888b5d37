UPDATE areas SET org_no = 'x', dept_no = 1e9 WHERE fid = 1;
UPDATE areas SET status = 'ghost' WHERE fid = 2;
UPDATE areas SET fid = -5 WHERE fid = 3;