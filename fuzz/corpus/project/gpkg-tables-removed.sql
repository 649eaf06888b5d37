DELETE FROM gpkg_spatial_ref_sys;
DROP TABLE rtree_areas_geom;
DELETE FROM gpkg_contents WHERE table_name = 'paths';