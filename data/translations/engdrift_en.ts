<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CareMapping</name>
    <message>
        <source>Care-type mapping %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-type mapping %1 is not a CSV file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-type mapping %1: the first line must be the header &quot;value,care_type&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-type mapping %1, line %2: &quot;%3&quot; is not a care type of the catalogue %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-type mapping %1, line %2: &quot;%3&quot; is mapped twice (to %4 and %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-type mapping %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of different months 1-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name at least one month when the area is cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one or two heights in cm (from, to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list the lower height first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be lower than the cut height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be left, collected, partly_collected or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names unknown equipment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the catalogue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue %1 is not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue %1 must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;engdrift-catalogue&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, newer than this program understands (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue %1, group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue %1: field &quot;groups&quot; must list at least one group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue %1, care type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue %1, care type &quot;%2&quot; (entry %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and _ (at most 40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the care type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names the unknown group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of FKG codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold six-digit FKG codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists FKG code %1, which already imports as &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be above 0 for an area that is cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0, 2, 4, 6 or 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a colour written #RRGGBB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be none, diagonal, cross, dots or vertical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue %1: field &quot;care_types&quot; must list at least one care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue %1: field &quot;care_types&quot; must include the care type &quot;%2&quot; for areas of unknown care</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>engdrift-cli: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s), got %1</source>
        <translation>
            <numerusform>expected %n argument, got %1</numerusform>
            <numerusform>expected %n arguments, got %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 YYYY-MM-DD is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org and --dept go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org must be a number above 0 and --dept a number 0-999 (got %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --json and --csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 features read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % (%3 features)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engdrift-cli: the nature-friendly outdoor areas of social housing, from the command line

usage: engdrift-cli COMMAND [OPTIONS]

commands:
  new PROJECT [--crs EPSG:25832]                 create a project file (*.engdrift.gpkg)
  import PROJECT SOURCE [options]                import the polygons of a GIS file
  info PROJECT [--json]                          summary of a project
  areas PROJECT [--at DATE] [--org N --dept NNN] [--json|--csv]
                                                 the areas valid at a date
  stats PROJECT [--at DATE] [--by department|care-type|department,care-type] [--json|--csv]
                                                 area sums (planar m²)
  tag PROJECT --area ID[,ID...] --care-type CODE --from DATE
                                                 give areas a new care type from a date

Run engdrift-cli COMMAND --help for the options of a command. Dates are YYYY-MM-DD.
Exit status: 0 success, 1 bad input, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project CRS (default EPSG:25832; EPSG:25833 for Bornholm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--crs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (%2, catalogue %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer of the source to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number of all areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department number of all areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field holding the organisation number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field holding the department number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care type of all areas (a catalogue code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field holding the care type (FKG codes are mapped automatically).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (header value,care_type) that maps the values of the care field to care types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS of a source that declares none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the areas are valid from (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not print progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which department: --org N --dept NNN, or --org-field F --dept-field F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --org/--dept or --org-field/--dept-field, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --care-type or --care-field, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--care-map needs --care-field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n area(s) (%1) from %2, layer %3, %4 → %5; area IDs %6-%7</source>
        <translation>
            <numerusform>Imported %n area (%1) from %2, layer %3, %4 → %5; area ID %6-%7</numerusform>
            <numerusform>Imported %n areas (%1) from %2, layer %3, %4 → %5; area IDs %6-%7</numerusform>
        </translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the areas valid at this date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:         %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS:             %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue:       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas:           %1 at %2 (%3 versions in all)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total area:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas valid at this date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the department with this organisation number (use with --dept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department number (use with --org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics of the areas valid at this date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping: department, care-type or department,care-type (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by must be department, care-type or department,care-type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total at %1: %2 in %n area(s)</source>
        <translation>
            <numerusform>Total at %1: %2 in %n area</numerusform>
            <numerusform>Total at %1: %2 in %n areas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nature-friendly: %1 of %2 green area (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area IDs, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new care type (a catalogue code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the new care type applies from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the new versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--area and --care-type are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--area: &quot;%1&quot; is not an area ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--area: no area IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n area(s) as %1 from %2</source>
        <translation>
            <numerusform>Tagged %n area as %1 from %2</numerusform>
            <numerusform>Tagged %n areas as %1 from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already had that care type</source>
        <translation>
            <numerusform>; %n already had that care type</numerusform>
            <numerusform>; %n already had that care type</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoordinateTransform</name>
    <message>
        <source>Cannot transform coordinates without both a source and a target CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJ cannot read the coordinate reference systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJ knows no transformation from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJ cannot set up the transformation from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crs</name>
    <message>
        <source>No coordinate reference system given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown coordinate reference system &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinate reference system &quot;%1&quot; cannot be described: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a date in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is outside the years 1900-2200.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Geometry</name>
    <message>
        <source>Cannot read the geometry (WKB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the geometry (WKT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot repair the geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot intersect the geometries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot subtract the geometries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge the geometries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1°E %2°N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1, y %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1°E to %2°E, %3°N to %4°N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: empty geometry or no area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: not a polygon (point or line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: invalid polygon that cannot be repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: no valid department number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported after repairing an invalid polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported without its point or line parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported with arcs turned into straight segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported without Z/M values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported with a 3D surface flattened to polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from a closed polyline taken as the outline of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported with care type &quot;%1&quot;: value not in the care-type mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported with text that is not UTF-8, read as Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) %1 (fid %2)</source>
        <translation>
            <numerusform>%n feature %1 (fid %2)</numerusform>
            <numerusform>%n features %1 (fid %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>care-type values not in the mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new department %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the department either as numbers or as fields, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which department the areas belong to: an organisation and department number, or the two fields that hold them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a department number (organisation number above 0, department 000-999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either one care type for all areas or a care-type field, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a care type of the catalogue %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A care-type mapping needs the field it maps (--care-field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the coordinate reference system of layer %2 is unknown to PROJ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--assume-crs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say which coordinate reference system it uses; give it with --assume-crs (Danish data is usually EPSG:25832).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: layer %2 has no field &quot;%3&quot;; its fields are: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading stopped after %2 features: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: feature %2 cannot be transformed from %3 to %4; its coordinates are not plausible in %3. Is the source&apos;s coordinate reference system right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: feature %2 has coordinates that cannot be used in %3. The source says its coordinates are in %4: is that right? Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: feature %2 lies at %3, far outside the area where %4 is used (%5). The source says its coordinates are in %6: is that right? Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: layer %2 has no features; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none of the %2 features of layer %3 is a usable polygon; nothing was imported. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>The project %1 is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a write to %1 outside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: a table of the Engdrift schema is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the areas table lacks a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose another name for the new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project needs a coordinate reference system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a geographic CRS in degrees; a project needs a projected CRS in metres (for Denmark EPSG:25832).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This GDAL build has no GeoPackage driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; Engdrift cannot write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GeoPackage (it may be damaged or of another format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as a GeoPackage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Engdrift (project schema version %2; this program knows versions up to %3). Update Engdrift to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses project schema version %2; open it once for writing to upgrade it to version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: upgrading the project from schema version %2 failed, the file is unchanged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the upgraded schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project&apos;s coordinate reference system is unreadable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a transaction on %1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: commit of a finished transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving failed, nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: organisation number %2 must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a department number (organisation number above 0, department 000-999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: organisation %2 does not exist; add it before its departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the area numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: area %2 needs a polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: area %2: the geometry cannot be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: area %2 needs a date it is valid from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: area %2 would end (%3) before it begins (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a department number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a care type of the catalogue %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: area %2 has no valid size (m²).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no area version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: area %2 began on %3, so it cannot end on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot close area version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read area version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sum the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the project summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot prepare the areas for a bulk insert: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot rebuild the spatial index of the areas: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rtree</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the spatial index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spatial index %1 has an unexpected node size (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the envelopes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot clear the spatial index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the spatial index %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot create the table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the column %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the care_types table is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write care type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot use the coordinate reference system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this GeoPackage is not an Engdrift project (it has no meta table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no schema version; it is not an Engdrift project or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meta table is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the project setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step to schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tagging</name>
    <message>
        <source>No areas to tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging needs the date the new care type applies from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a care type of the catalogue %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no area %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: area %2 does not exist on %3; it exists from %4 until %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: area %2 does not exist on %3; it exists from %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VectorSource</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the shapefile&apos;s index file (.shx) is missing; a shapefile needs its .shp, .shx and .dbf files side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the shapefile&apos;s attribute table (.dbf) is missing; a shapefile needs its .shp, .shx and .dbf files side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a vector file that GDAL can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no vector layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no layer &quot;%2&quot;; its layers are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 layers; choose the one to import with --layer: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
