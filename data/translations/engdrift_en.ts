<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text or {&quot;da&quot;: ..., &quot;en&quot;: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of element ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout template %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, element &quot;%2&quot;: the picture %3 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a layout template: broken JSON at byte %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a layout template: the text is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;engdrift-layout&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1 (this program reads version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page size must be A2, A3, A4 or A5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the orientation must be portrait or landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;elements&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an element type (text, map, legend, table, scale-bar, north-arrow, image, chart, line, notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rect&quot; must be [x, y, width, height] in millimetres, with a width above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rect&quot; reaches outside the page (%1 x %2 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;align&quot; must be words of left, center, right, top, middle, bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;view&quot; must be today or proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image needs a &quot;file&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text element needs a &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;same-scale-as&quot; names &quot;%1&quot;, which is not another map of the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs the map(s) it belongs to (&quot;maps&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a map of the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a layout of Engdrift (%2) nor a template file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;colour&quot; must be a colour written #RRGGBB or #RRGGBBAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;layer&quot; must be areas or zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;chart&quot; must be care-area, adoption, share or mowing-calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;table&quot; must be care-type-change, care-types, mowing-effect, mowing-zones, nature-value or departments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Adoption</name>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraordinary meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>board decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdoptionAnalysis</name>
    <message>
        <source>Department %1: %2 on %3 needs an adoption before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: the %2 event needs a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 is before the department exists (its first area is from %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 cannot have a meeting body (%4): only a meeting or its outcome can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 cannot have votes: only a meeting or its outcome can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 has a negative count (%4 for, %5 against, %6 blank, %7 households)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 has votes but no households: the number of households must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: %2 on %3: %4 votes for, against and blank from %5 households: at most two votes per household (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 is not in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 has no adoption event %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting held %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 has no proposal on record before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for, %2 against, %3 blank; %4 households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 (%4) is already in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 is already in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 names proposal %4, which is not in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 names proposal %4 (&quot;%5&quot;) of department %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssumptionWords</name>
    <message>
        <source>hours per hectare per cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>litres of fuel per hectare per cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trimming adds this share of the mowing hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours per hectare per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h/ha/cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l/ha/cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h/ha/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m²/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKK/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKK/m²/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h/week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1: internal error: an atomic file is opened once, for writing only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: internal error: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be put in place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>The background %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a raster GDAL can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background %1 has no raster bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background %1 does not say which coordinate reference system it uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background %1 cannot be shown in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background %1 has no north-up georeferencing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background %1 cannot be drawn this large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>must be two whole numbers of days 0-120, the earliest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs clippings that are collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue %1: field &quot;path_care&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue %1, path care &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a regime that cuts at least once a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists FKG code %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be good, fairly_good, moderate, fairly_poor or poor</source>
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
    <message>
        <source>Picture size in pixels (default 1920x1080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the department with this organisation number (use with --dept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the map as it was or will be on this date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw no labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.png is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, 16-20000 pixels each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --extent or --org/--dept, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--extent must be XMIN,YMIN,XMAX,YMAX with XMIN &lt; XMAX and YMIN &lt; YMAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there are no areas to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 x %3 pixels, %n area(s), drawn in %4 ms)</source>
        <translation>
            <numerusform>Wrote %1 (%2 x %3 pixels, %n area, drawn in %4 ms)</numerusform>
            <numerusform>Wrote %1 (%2 x %3 pixels, %n areas, drawn in %4 ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>A raster under the map: a GeoTIFF orthophoto or any GDAL raster source (WMS when online).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How opaque the fills are over the background, 0-1 (default 0.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--opacity must be a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the map as this proposal plans it (its id, see engdrift-cli proposals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proposal must be a proposal id (a whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no proposal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the areas are valid from (default today); they cannot be tagged from an earlier date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date field of the source with each area&apos;s start (where it is empty: --valid-from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the department when the import creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import even if the file was already imported into the department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dept-name needs --org and --dept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was imported. Give --again to import it once more, or undo that import with: engdrift-cli unimport %1 --import %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was imported. Give --again to import it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1; undo it with: engdrift-cli unimport %2 --import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the areas start today (%1); give --valid-from for an earlier start, or move it with: engdrift-cli department %2 --org N --dept NNN --correct-start DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (or field %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import to undo (see engdrift-cli imports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import ID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import: &quot;%1&quot; is not an import ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undid import %1 (%2): deleted %n area version(s)</source>
        <translation>
            <numerusform>Undid import %1 (%2): deleted %n area version</numerusform>
            <numerusform>Undid import %1 (%2): deleted %n area versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; removed the %n department(s) it had created (%1)</source>
        <translation>
            <numerusform>; removed the department it had created (%1)</numerusform>
            <numerusform>; removed the %n departments it had created (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>The picture to write: PNG or JPEG, or a GeoTIFF (.tif) with the project&apos;s CRS and the map&apos;s position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write a world file beside the picture (.pgw beside a PNG, .jgw beside a JPEG) that places it on the map in the project CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map rectangle to show, in the project CRS, exactly to its edges. When its shape differs from the picture&apos;s, the picture keeps its size, the rectangle is shown whole in the middle at the scale of the tighter side, and the map goes on beside it (as QGIS does). Without --extent the map shows the department or everything with a margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: cannot write pictures of type &quot;%1&quot;; use .png, .jpg or .tif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engdrift-cli: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org must be an organisation number above 0 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--area and --%1 are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The habitat condition: good, fairly_good, moderate, fairly_poor, poor, or default (the care type&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the condition applies from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--condition: &quot;%1&quot; is not a condition (good, fairly_good, moderate, fairly_poor, poor or default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the care type&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded the condition of %n area(s) as %1 from %2</source>
        <translation>
            <numerusform>Recorded the condition of %n area as %1 from %2</numerusform>
            <numerusform>Recorded the condition of %n areas as %1 from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already had that condition</source>
        <translation>
            <numerusform>; %n already had that condition</numerusform>
            <numerusform>; %n already had that condition</numerusform>
        </translation>
    </message>
    <message>
        <source>engdrift-cli: the nature-friendly outdoor areas of social housing, from the command line

usage: engdrift-cli COMMAND [OPTIONS]

commands:
  new PROJECT [--crs EPSG:25832]                 create a project file (*.engdrift.gpkg)
  import PROJECT SOURCE [options]                import the polygons of a GIS file
  imports PROJECT [--json|--csv]                 the imports, to undo one
  unimport PROJECT --import ID                   undo an import (if its areas were not edited since)
  info PROJECT [--json]                          summary of a project
  areas PROJECT [--at DATE] [--org N --dept NNN] [--json|--csv]
                                                 the areas valid at a date
  stats PROJECT [--at DATE] [--by department|care-type|department,care-type] [--json|--csv]
                                                 area sums (planar m²)
  tag PROJECT --area ID[,ID...] --care-type CODE --from DATE
                                                 give areas a new care type from a date
  condition PROJECT --area ID[,ID...] --condition good|fairly_good|moderate|fairly_poor|poor|default
            --from DATE                          record the habitat condition of areas from a date
  render PROJECT --out FILE.png [--size WxH] [--extent XMIN,YMIN,XMAX,YMAX | --org N --dept NNN]
         [--at DATE] [--proposal ID]              draw the map (as a proposal plans it) to a picture
  adopt PROJECT --org N --dept NNN --event KIND --date DATE [--body BODY]
        [--for N --against N --blank N --households N] [--note TEXT] [--minutes REF] [--proposal ID]
                                                 record an adoption event of a department
  adoption PROJECT [--org N --dept NNN] [--at DATE] [--json|--csv]
                                                 the adoption events, or each department&apos;s status
                                                 at a date and how many adopted
  department PROJECT [--org N --dept NNN [--name TEXT] [--address TEXT] [--homes N]
             [--significance low|medium|high]
             | --delete | --correct-start DATE [--note TEXT]] [--json|--csv]
                                                 list the departments, name one (creating it),
                                                 delete an empty one, or move its areas&apos; start
  proposals PROJECT [--org N --dept NNN] [--json|--csv]
                                                 the proposals, with their planned areas and paths
  timeline PROJECT --from DATE --to DATE --step month|quarter|year [--org N --dept NNN]
           [--json|--csv]                        area by care type at each step, with the
                                                 nature-friendly share
  plot PROJECT --kind care-area|care-units|adoption|share --out FILE.png|pdf|svg [--size WxH]
       [--org N --dept NNN] [--from DATE --to DATE --step month|quarter|year] [--at DATE]
                                                 draw a chart: area or biodiversity units by care
                                                 type, or adoption, over time; or the
                                                 nature-friendly share per department
  export-map PROJECT --org N --dept NNN --out FILE.pdf|png|svg [--layout vote-a3|vote-a4|map-a4]
       [--proposal ID] [--at DATE] [--meeting DATE] [--dpi N]
                                                 the vote sheet (today and the proposal side by
                                                 side) or a map page, for print
  atlas PROJECT --out FILE.pdf [--org N [--dept NNN,...]] [--layout LAYOUT] [--at DATE]
                                                 a page per department in one PDF, after a
                                                 contents page
  report PROJECT --out FILE.pdf|csv|xlsx [--org N] [--from DATE --to DATE]
                                                 the adoption report: each department&apos;s status,
                                                 votes and nature-friendly share, organisation
                                                 totals and charts, for the board
  export-data PROJECT --out FILE.gpkg|shp|geojson [--org N [--dept NNN]] [--at DATE]
       [--proposal ID] [--lang da|en] [--overwrite]
                                                 the map for other GIS: its areas and mown paths
                                                 with the care types&apos; names and colours
  style PROJECT --qml|--sld --out FILE [--layer areas|paths]
                                                 write the QGIS style of the areas or paths
  workload PROJECT [--org N [--dept NNN]] [--at DATE] [--season YYYY] [--proposal ID] [--json|--csv]
                                                 estimated mowing hours, fuel, CO2 and cost per
                                                 department, beside all grass as lawn and the
                                                 state before the proposal, with the assumptions
  mowing-plan PROJECT --org N --dept NNN [--season YYYY] [--at DATE] [--proposal ID]
              --out FILE.pdf|png|svg|csv|gpkg|geojson [--layout mowing-a4|mowing-a3]
                                                 the department&apos;s numbered mowing zones for the
                                                 crew: a page with the map, the zone table and
                                                 the season calendar, or the zones as data
  zones PROJECT --org N --dept NNN [--at DATE] [--season YYYY] [--json|--csv]
        [--rename N --name NAME | --renumber N --to M | --clear-override N --season YYYY
         | --override N --season YYYY [--cuts K] [--months M,M] [--clippings KIND]
           [--cut-height CM[-CM]] [--removal-days D[-D]] [--equipment CODE]] --from DATE
                                                 the department&apos;s mowing zones (number, name,
                                                 regime, m²); rename or renumber a zone, or
                                                 override its regime for a season, from a date
  nature PROJECT [--org N [--dept NNN]] [--at DATE] [--proposal ID] [--distance M] [--json|--csv]
         [--out FILE.gpkg|geojson]               biodiversity units (with their formulas), green
                                                 factor, networks of nature-friendly patches for
                                                 insects, and the lawns whose conversion would
                                                 join networks
  assumptions PROJECT [--set KEY=VALUE ...] [--json|--csv]
                                                 show or change the project&apos;s workload, fuel,
                                                 CO2 and cost assumptions
  check PROJECT [--repair] [--json]              check the schema, the file&apos;s integrity, the spatial
                                                 indexes, every version&apos;s shape and dates; --repair
                                                 rebuilds the indexes and department extents
  upgrade PROJECT                                bring a project of an older Engdrift to this
                                                 program&apos;s schema
  copy SOURCE DEST                               copy a project whole, with all its history, to a
                                                 new file or a PostgreSQL database

Run engdrift-cli COMMAND --help for the options of a command. Dates are YYYY-MM-DD.
Exit status: 0 success, 1 bad input, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliAdopt</name>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n department(s) adopted at %2</source>
        <translation>
            <numerusform>%1 of %n department adopted at %2</numerusform>
            <numerusform>%1 of %n departments adopted at %2</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) without areas at that date are not counted</source>
        <translation>
            <numerusform>%n department without areas at that date is not counted</numerusform>
            <numerusform>%n departments without areas at that date are not counted</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation number of the department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: proposed, analysis, meeting, adopted, rejected, postponed, implemented or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decided: department_meeting, extraordinary_meeting or board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households present (two votes each at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the minutes are (a link or a file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal the event is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org N --dept NNN is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event KIND is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event: &quot;%1&quot; is not one of proposed, analysis, meeting, adopted, rejected, postponed, implemented, withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--body: &quot;%1&quot; is not one of department_meeting, extraordinary_meeting, board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proposal: &quot;%1&quot; is not a proposal ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 %2 for department %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 for, %2 against, %3 blank; %4 households)</source>
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
        <source>Instead of the events: each department&apos;s status at this date, and how many adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 &quot;%2&quot; is now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mown paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path length (m)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCheck</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [repairable: check --repair]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problems found (%2 area versions, %3 path versions, %4 zone versions, %5 departments checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found, %2 of them repairable with check --repair.</source>
        <translation>
            <numerusform>%1: %n problem found, %2 of them repairable with check --repair.</numerusform>
            <numerusform>%1: %n problems found, %2 of them repairable with check --repair.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuild what can be rebuilt from the tables (spatial indexes, department extents) in one transaction, then check again. Versions are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to rebuild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not repaired (for a person to decide):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was repaired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair of %1 failed and changed nothing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCopy</name>
    <message>
        <source>Do not print progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2 in %3 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mowing zone versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adoption events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliDepartment</name>
    <message>
        <source>%1: there is no department %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Start corrected on %1 from %2 to %3 (%n area version(s))</source>
        <translation>
            <numerusform>Start corrected on %1 from %2 to %3 (%n area version)</numerusform>
            <numerusform>Start corrected on %1 from %2 to %3 (%n area versions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation number of the department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department&apos;s name (creates the department when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its number of homes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the department (only one without areas, paths, events and proposals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the start of the department&apos;s first area versions to this date (a correction of a data-entry error, recorded as such).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the start date is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org N --dept NNN is required to change a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--note goes with --correct-start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--homes: &quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Department %1 now starts on %2 instead of %3 (%n area version(s) moved)</source>
        <translation>
            <numerusform>Department %1 now starts on %2 instead of %3 (%n area version moved)</numerusform>
            <numerusform>Department %1 now starts on %2 instead of %3 (%n area versions moved)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved department %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created department %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strategic significance of its location for nature (biodiversity units): low (1.00), medium (1.10: ecologically desirable) or high (1.15: in a plan&apos;s green structure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the details (--name, --address, --homes, --significance), --delete or --correct-start, one at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--significance: &quot;%1&quot; is not low, medium or high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message>
        <source>The file to write: .gpkg (GeoPackage: the layers areas and paths, with QGIS styles), .shp (Shapefile: the paths beside it as NAME_paths.shp) or .geojson (GeoJSON in longitude/latitude: the paths beside it as NAME_paths.geojson).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this organisation&apos;s departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this department of the organisation (use with --org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map as it was or will be on this date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map as this proposal plans it (its id, see engdrift-cli proposals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the care types&apos; names: da or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoJSON in the project&apos;s coordinate system instead of longitude/latitude (not RFC 7946; GeoPackage and Shapefile always keep it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files of the same names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not print progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.gpkg|shp|geojson is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep-crs is for GeoJSON: GeoPackage and Shapefile keep the project&apos;s coordinate system anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org must be an organisation number above 0 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dept needs --org: a department is known by both numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dept must be a department number 0-999 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proposal must be a proposal id (a whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Give --overwrite to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no organisation %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no proposal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3): %4 (%5) and %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n area</numerusform>
            <numerusform>%n areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path(s)</source>
        <translation>
            <numerusform>%n path</numerusform>
            <numerusform>%n paths</numerusform>
        </translation>
    </message>
    <message>
        <source>the paths are in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliLayout</name>
    <message>
        <source>The department&apos;s organisation number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .pdf (vector), .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal to show (default: the department&apos;s newest draft or adopted one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of today&apos;s map (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the department meeting the sheet is for (default: a line to fill in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG: dots per inch (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the page: da or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org and --dept are required: the page is about one department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.pdf|png|svg is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proposal must be the number of a proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be a number from 30 to 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2, department %3%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, proposal &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout: vote-a3 (default: the vote sheet, today and the proposal side by side), vote-a4, map-a4 or map-a3 (one map), or the path of a template file (a copy of one in styles/layouts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this organisation&apos;s departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these departments of the organisation (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the contents page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages drawn at once (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an atlas is written as one PDF: --out must end in .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org must be an organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dept needs --org: a department is known by both numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dept takes department numbers 0-999, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2): %n department page(s)</source>
        <translation>
            <numerusform>Wrote %1 (%2): %n department page</numerusform>
            <numerusform>Wrote %1 (%2): %n department pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> after %n contents page(s)</source>
        <translation>
            <numerusform> after %n contents page</numerusform>
            <numerusform> after %n contents pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) without areas on that date have no page</source>
        <translation>
            <numerusform>%n department without areas on that date has no page</numerusform>
            <numerusform>%n departments without areas on that date have no page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliMowing</name>
    <message>
        <source>--proposal must be a proposal&apos;s number (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no proposal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: proposal %2 is of department %3, not of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the departments of this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this department (use with --org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map at this date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this proposal&apos;s plan in place of its department&apos;s current areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departments %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mown m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel l/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO2 kg/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKK/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours as lawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO2 kg as lawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours before proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO2 kg before proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates from the assumptions listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates, from these assumptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The season of the calendar (default this year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan as the department&apos;s proposal would make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org N --dept NNN is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--season must be a year such as 2025 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (department %2, season %3): %n zone(s)</source>
        <translation>
            <numerusform>Wrote %1 (department %2, season %3): %n zone</numerusform>
            <numerusform>Wrote %1 (department %2, season %3): %n zones</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an assumption (repeatable), e.g. dkk_per_hour=450 or brugsplaene.hours_per_ha_per_cut=2.2; VALUE &quot;default&quot; gives a care type&apos;s figure back to the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mown, %2 hours of mowing a year (estimates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .pdf, .png or .svg (the plan for the crew: map of the numbered zones, zone table, season calendar), .csv (the zone table), .gpkg (zones in the project&apos;s CRS) or .geojson (zones in EPSG:4326).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the plan: da or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.pdf|png|svg|csv|gpkg|geojson is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a mowing plan is written as .pdf, .png, .svg, .csv, .gpkg or .geojson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page of a PDF, PNG or SVG plan: mowing-a4 or mowing-a3 (default: A4 for up to 16 zones, A3 for more), or the path of a template file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (the mowing plan of department %2 for the season %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The season whose zone overrides count (default the year of the date).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliNature</name>
    <message>
        <source>%1 m² / %2 m² = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ m² × factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In largest m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature-friendly m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In largest %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawn m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the departments of this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this department (use with --org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map at this date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map as this proposal plans it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches at most this far apart (m) are linked (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the patches, networks, links and suggestions as layers (.gpkg or .geojson).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the files of --out if they exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--distance must be a distance in metres, 0 or more (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proposal must be a proposal&apos;s number (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name a .gpkg or .geojson file (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature figures of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engdrift-cli: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliPlot</name>
    <message>
        <source>area by care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nature-friendly share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .png, .pdf or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size in pixels (PDF: points); default 1200x700.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the department with this organisation number (use with --dept; care-area and share).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department number (use with --org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care-area, adoption: the first date (default: the date of the first area).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care-area, adoption: the last date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care-area, adoption: month, quarter or year (default: by the length of the period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share: the date of the areas (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title over the chart (default: the name of the chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the chart: da or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this engdrift-cli was built without charts (ENGDRIFT_BUILD_APP=OFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.png|pdf|svg is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: cannot write charts of type &quot;%1&quot;; use .png, .pdf or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, at least 200x150 and at most 20000 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind adoption counts all departments; --org/--dept do not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 applies to care-area and adoption; share is drawn at one date (--at)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at applies to share; give care-area and adoption --from and --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from (%1) must not be after --to (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step must be month, quarter or year (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n date</numerusform>
            <numerusform>%n dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) at %1</source>
        <translation>
            <numerusform>%n department at %1</numerusform>
            <numerusform>%n departments at %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 x %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care-area: only these areas (IDs separated by commas), e.g. a selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--area applies to care-area only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>biodiversity units by care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart: care-area (area by care type over time), care-units (biodiversity units by care type over time), adoption (departments that have adopted, over time) or share (nature-friendly share of the green area per department).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind care-area|care-units|adoption|share is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be care-area, care-units, adoption or share (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>The file to write: .pdf (the report to print), .csv or .xlsx (the figures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the departments of this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the period: the change is counted since this date (default: a year before --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the period: the status and areas at this date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the report: da or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.pdf|csv|xlsx is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must not end before it starts: --from %1 is after --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n department</numerusform>
            <numerusform>%n departments</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (adoption report: %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (adoption report: %2, %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliStyle</name>
    <message>
        <source>Write a QGIS layer style (.qml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an OGC Styled Layer Descriptor 1.1 (.sld).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer: areas (by care type, the default) or paths (mown paths and safety edges).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the legend&apos;s names: da or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --qml and --sld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layer must be areas or paths (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (the %2 style of %3, from %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliTable</name>
    <message>
        <source>Org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliTimeline</name>
    <message>
        <source>The first date of the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last date of the timeline (included when it falls on a step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step between dates: month, quarter or year (the first day of each).</source>
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
        <source>Write JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from (%1) must not be after --to (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step month|quarter|year is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step must be month, quarter or year (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these areas (IDs separated by commas), e.g. a selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature-friendly m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature-friendly %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliUpgrade</name>
    <message>
        <source>%1 already uses project schema version %2: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now uses project schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliZones</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cuts must be a whole number (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months must be months 1-12 with commas, e.g. 6,9 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clippings must be left, collected, partly_collected or none (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cut-height must be CM or CM-CM, e.g. 7-12 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--removal-days must be DAYS or DAYS-DAYS, e.g. 7-14 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rename N needs --name NAME (an empty name gives the derived one back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--renumber N needs --to M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--override and --clear-override need --season YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zones at this date (default today; after a change: its date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The season whose overrides the regimes show, and that an override is for (default the year of the date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename zone N (with --name and --from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone&apos;s new name (empty: its derived name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give zone N the number --to M (a zone holding M gets N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override zone N&apos;s regime for --season.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuts in the season.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The months of the cuts, e.g. 6,9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left, collected, partly_collected or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cut height in cm, e.g. 7-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from the cut until the hay is removed, e.g. 7-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment, e.g. finger_bar_mower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove zone N&apos;s override for --season.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date a change holds from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org N --dept NNN is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one change at a time: --rename, --renumber, --override or --clear-override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change needs --from DATE, the date it holds from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No areas to record the condition of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording a condition needs the date it applies from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No condition was recorded: %1</source>
        <translation type="unfinished"></translation>
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
    <name>Departments</name>
    <message>
        <source>%1 is not a department number (organisation number above 0, department 000-999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: %2 homes is not a number of homes (0-%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 is not in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area version(s)</source>
        <translation>
            <numerusform>%n area version</numerusform>
            <numerusform>%n area versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path version(s)</source>
        <translation>
            <numerusform>%n path version</numerusform>
            <numerusform>%n path versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adoption event(s)</source>
        <translation>
            <numerusform>%n adoption event</numerusform>
            <numerusform>%n adoption events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>Department %1 cannot be deleted: it has %2. Only a department without areas, paths, adoption events and proposals can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: give the date its areas start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 has no areas, so it has no start date to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 starts on %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1 would have no time left: its first version ends on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1 would overlap its version from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the adoption record has %1 on %2, before the new start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: its areas cannot start on %2 instead of %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>Area %1 exists only as a proposal; it cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 does not exist on %2; it exists from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 does not exist on %2; it exists from %3 until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 has a later change on %2; edit from that date or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 (version from %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outline of %1 must be a polygon, not a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapping distance and the overlap tolerance must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing polygonal is left of the outline of %1 after snapping; draw it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outline of %1 crosses itself (%2); draw it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outline of %1 is not a valid polygon (%2); draw it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell how much %1 overlaps area %2; check the outline of area %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1 by %2 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps %2. Move the outline off the neighbouring areas, or let the overlaps be cut away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left of %1 once the areas it overlaps (%2) are cut away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 is not a date (YYYY-MM-DD): &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;status&quot; of %1 is &quot;%2&quot;, not &quot;current&quot; or &quot;proposed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lineage&quot; of %1 holds something that is not an area id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fid&quot; of %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends before it begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;wkb&quot; of %1 is not a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no area %1 in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1: version %2 has no outline in the project %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which date should the map show? The date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the areas to give a care type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the new care type applies from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a care type of the catalogue %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the areas already have the care type %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set the care type of %n area(s)</source>
        <translation>
            <numerusform>Set the care type of %n area</numerusform>
            <numerusform>Set the care type of %n areas</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the areas to write the note on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the note applies from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the areas already have this note on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change the note of %n area(s)</source>
        <translation>
            <numerusform>Change the note of %n area</numerusform>
            <numerusform>Change the note of %n areas</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the date the new area is valid from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 does not exist in the project; add it before its areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the new outline applies from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the outline of area %1 is the same as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reshape area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the split applies from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot split area %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split area %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least two areas to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the merge applies from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (department %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas %1 belong to different departments; only areas of one department can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge areas %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge areas %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1 was changed in the project after it was edited here (its version from %2 is no longer there); discard the edits of this area and make them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1 was changed in the project after it was edited here (it has %2 versions there, the edits know %3); discard the edits of this area and make them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1 comes from the new area %2, which is no longer among the edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved edits cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken JSON at byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a file of Engdrift edits (format &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has format version %1; this program reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was saved after these edits were made (they were made on the project as saved at %1, it is now as saved at %2); they cannot be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the area id %2 twice or an id of 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to area %2, not to area %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a new area but has a stored version (fid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal plans new care types and new areas; %1 is done on today&apos;s map. Leave the proposal view first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the proposal already gives the areas the care type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan the care type of %n area(s)</source>
        <translation>
            <numerusform>Plan the care type of %n area</numerusform>
            <numerusform>Plan the care type of %n areas</numerusform>
        </translation>
    </message>
    <message>
        <source>writing notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reshaping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>splitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no path %1 in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the path is mown from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path is a line of at least half a metre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mown path is 0-20 m wide, not %1 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 does not exist in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a mown path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mown path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the paths to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path %1 is not mown on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>End %n path(s)</source>
        <translation>
            <numerusform>End %n path</numerusform>
            <numerusform>End %n paths</numerusform>
        </translation>
    </message>
    <message>
        <source>path %1 was changed in the project after it was edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paths[%1] is not a path version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paths[%1] has no path id or no versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 ends on %2; only an area that is still valid can be reshaped, split, merged or retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is no longer in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retiring areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the areas to retire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the areas are retired on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retire %n area(s)</source>
        <translation>
            <numerusform>Retire %n area</numerusform>
            <numerusform>Retire %n areas</numerusform>
        </translation>
    </message>
    <message>
        <source>Area %1 no longer exists on %2 in the project; your edit cannot be made on it again (keep theirs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 no longer exists on %2 in the project (keep theirs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 has no conflict to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 cannot be merged: both edits changed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the area exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;condition&quot; of %1 is &quot;%2&quot;, which is not a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the areas to record the condition of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the condition applies from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record the condition of %n area(s)</source>
        <translation>
            <numerusform>Record the condition of %n area</numerusform>
            <numerusform>Record the condition of %n areas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the areas already have this condition on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path %1 has no conflict to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path %1 cannot be merged: a path edit only ends the path; keep theirs or keep mine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path %1 is no longer as you read it in the project; your edit cannot be made on it again (keep theirs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path %1 already ends on %2 in the project, before %3, the date your edit ends it: nothing of your edit is left to make (keep theirs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path %1 is not mown on %2 in the project (keep theirs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 was split or merged into areas %2 by someone else; your new outline cannot be laid on them. Keep theirs, then draw the change on areas %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditConflicts</name>
    <message>
        <source>care type %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (time unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into area %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split into areas %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new version from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 (department %2, %3) was changed by someone else after you read it: %4, by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) were not saved because someone else changed them since you read them:</source>
        <translation>
            <numerusform>%n area was not saved because someone else changed it since you read it:</numerusform>
            <numerusform>%n areas were not saved because someone else changed them since you read them:</numerusform>
        </translation>
    </message>
    <message>
        <source>number %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name &quot;%1&quot; → &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>season overrides changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regime %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mowing zone %1 (department %2) was changed by someone else after it was read: %3, by %4. Nothing was saved; open the zones again and repeat the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path drawn again from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path removed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path %1 (%2, department %3) was changed by someone else after you read it: %4, by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit ends it on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It already ends before that in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) were not saved because someone else changed them since you read them:</source>
        <translation>
            <numerusform>%n path was not saved because someone else changed it since you read it:</numerusform>
            <numerusform>%n paths were not saved because someone else changed them since you read them:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditText</name>
    <message>
        <source>is still valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be valid again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version of %1 from %2 %3 in the project, and the edit would make it %4; that would overwrite history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>There is not enough space on the disk to create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough space on the disk to save the changes to %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough space on the disk to write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough space on the disk to read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the file, its folder or the disk is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (the file, its folder or the disk); Engdrift cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program; wait until it has finished or close it there, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Engdrift project: it is not a GeoPackage (it may be of another format, or damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to write %1 (or its folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (its database structure is broken); use a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSet</name>
    <message>
        <source>%1 already exists; nothing was written (it is replaced only when you ask for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: internal error: the file was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be put in place.</source>
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
    <message>
        <source>%1 has a point without valid coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least three different points; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least two different points; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polygon needs an outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hole %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the band along the line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeometryEdit</name>
    <message>
        <source>There is no shape to snap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot snap the shape to its neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot snap the shape to its neighbours&apos; edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left of the shape after snapping it to its neighbours; use a smaller snapping distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shape to cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot combine the neighbouring areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot cut the neighbouring areas away from the shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a polygon can be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polygon is split along a line, not along a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the outline of the polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot intersect the line with the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line does not cut it in two; draw the line across it, from outside on one side to outside on the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no polygons to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge the polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the areas do not touch: together they form %1 separate pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the union of the areas is not a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outline has a point without valid coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outline needs at least three different points; it has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outline crosses itself (%1); draw it again without crossing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outline is not a valid polygon (%1); draw it again.</source>
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
    <message>
        <source>imported from the start date given: the date field is empty or not a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBatches</name>
    <message numerus="yes">
        <source>%1 was already imported into %2 on %3, %n area(s)</source>
        <translation>
            <numerusform>%1 was already imported into %2 on %3, %n area</numerusform>
            <numerusform>%1 was already imported into %2 on %3, %n areas</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no import %1 in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 (%2) was undone already, on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 (%2) cannot be undone: its areas were changed since (area %3); nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>&quot;%1&quot; is not a chart of Engdrift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 has no proposal to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mown paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, element &quot;%2&quot;: the picture %3 cannot be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, element &quot;%2&quot;: the picture %3 cannot be read: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The chart is drawn by the desktop program and engdrift-cli.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a page can be written as .pdf, .png or .svg, not as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there are no pages to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a picture holds one page; write the %2 pages as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the resolution must be 30 to 1200 dots per inch, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory for a %1 x %2 picture (%3 dpi); choose a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the SVG could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: page %2 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no green area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 m² green area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: department %2 has no proposal %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no proposal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an atlas is one PDF of many pages; write it as .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none of the departments asked for has areas on %2; there is no page to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cut a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cuts a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 h and %4 l fuel per ha a cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 h and %4 l fuel per ha a cut + %5 % trimming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, cut and collected at %3 m² an hour, %4 l fuel per ha a cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 by scythe at %3 m² an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other care (hedges, shrubs, beds) at the catalogue&apos;s hours per ha a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKK %1 an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and DKK %2 per m² mown a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg CO₂ per litre of fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates, not measurements. Assumed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of outdoor care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO₂ from fuel (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (DKK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The season calendar belongs on a mowing plan&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 has no proposal to plan the mowing of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the proposal &quot;%1&quot; would make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings: every cut is in its regime&apos;s months and within the crew&apos;s hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clippings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nature value of department %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature value: units = ha × distinctiveness × condition × strategic significance (the UK biodiversity metric); green factor = Σ m² × biofaktor / Σ m² of all the grounds; nature-friendly patches at most D = %1 m apart form a network; share = nature-friendly m² in the largest network / all nature-friendly m².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest network: %1 of %2 nature-friendly m² today, %3 of %4 m² with the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biodiversity units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks of nature-friendly patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share in the largest network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>No display: wrote a picture of the map to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Styles file refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the map a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Engdrift cannot write maps as .%2 files. End the name in .png or .jpg for a picture, or .pdf or .svg for a drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the map has no size to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>The map view is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory for a %1 x %2 image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the areas cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no picture to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL has no GeoTIFF driver.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MowingAssumptions</name>
    <message>
        <source>machine hours per hectare per cut (where a care type has no figure of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>litres of fuel per hectare per cut (where a care type has no figure of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trimming adds this share of the mowing hours (where a care type has no figure of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m² cut and collected per hour (hay and meadows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m² cut by scythe per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg CO2 per litre of fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost per hour (DKK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost per m² mown per year (DKK), besides the hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours a week the crew can work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assumption %1 must be a number from %2 to %3 (got &quot;%4&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assumption %1: use a general one (%2) or CARE_TYPE.FIGURE (e.g. brugsplaene.hours_per_ha_per_cut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assumption %1: a care type&apos;s figures are hours_per_ha_per_cut, fuel_l_per_ha_per_cut, trim_factor and hours_per_ha_per_year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the mowing assumption %2 is not a number in its range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stored mowing assumptions are damaged (not a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MowingCalendar</name>
    <message>
        <source>Zone %1 (%2) is cut in week %3, in %4: its regime cuts only in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1 (%2): the hay cut in week %3 lies %4 days; its regime removes it after %5-%6 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 needs %2 hours; the crew has %3 a week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MowingPlan</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL has no %1 driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot use the coordinate reference system %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mowing zones of department %1, season %2; estimates from these assumptions: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1 has no readable shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1 cannot be converted to EPSG:4326.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file GDAL wrote cannot be read back whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a mowing plan can be written as .csv, .gpkg or .geojson, not as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MowingWords</name>
    <message>
        <source>%1 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collected after %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collected after %1–%2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ride-on mower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cylinder mower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flail mower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finger-bar mower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut and collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scythe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MowingWorkload</name>
    <message>
        <source>The workload was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MowingZoneEdits</name>
    <message>
        <source>Department %1 has no mowing zone %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of the mowing zones needs the date it holds from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 is open read-only: its mowing zones cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 has no mowing zones on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 would have two mowing zones numbered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone&apos;s name is at most %1 characters; &quot;%2&quot; has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mowing zone&apos;s number is 1 or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override of zone %1 for %2 changes nothing in its regime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The season %1 is over before %2: an override is dated within or before its season.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1 has no override for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MowingZones</name>
    <message>
        <source>Area %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nature</name>
    <message>
        <source>very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairly poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairly good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ha × %2 (%3) × %4 (%5) × %6 = %7 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biodiversity units (UK statutory biodiversity metric): units = area (ha) × distinctiveness × condition × strategic significance. Area: planar m² in the project CRS / 10,000. Distinctiveness from the care type in the catalogue (very high 8, high 6, medium 4, low 2, very low 0); condition recorded per area, otherwise the care type&apos;s default (good 3, fairly good 2.5, moderate 2, fairly poor 1.5, poor 1); strategic significance per department (high 1.15, medium 1.10, low 1.00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green factor (biofaktor): Σ area × the care type&apos;s factor (numerator) / Σ area (denominator) over every mapped area of the department, sealed surfaces included (factor 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity for insects: nature-friendly areas that touch or overlap (gaps up to %1 m) form one patch, across department borders; two patches at most %2 m apart are linked (Hofmann et al. 2020, J. Hymenoptera Res. 77: wild bees&apos; mean foraging flights 73-121 m, flower patches no more than 150 m apart); a network is a connected set of linked patches; an isolated patch has no link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department&apos;s networks are those holding any of its nature-friendly area; its largest network is the one holding most of its nature-friendly m²; the share is its nature-friendly m² in that network / all its nature-friendly m².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions: lawns (care type group &quot;lawn&quot;, not nature-friendly) with patches of two or more networks within %1 m, whose conversion would join them; ranked by the m² of the networks joined (ties: the smaller lawn, then the area id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of care types the catalogue does not know are left out of every figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nature figures were cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of care types the catalogue does not know (%1) are left out.</source>
        <translation>
            <numerusform>%n area of care types the catalogue does not know (%1) is left out.</numerusform>
            <numerusform>%n areas of care types the catalogue does not know (%1) are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Area %1 has no readable shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1: its shape is not among the figures&apos; shapes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no patch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance between linked patches must be 0 m or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no proposal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NatureExport</name>
    <message>
        <source>%1: the nature layers can be written as .gpkg or .geojson, not as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL has no %1 driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patch %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link of patches %1 and %2 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suggestion of area %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoNetworkScope</name>
    <message>
        <source>%1 was not fetched: Engdrift reads files without network access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Path</name>
    <message>
        <source>Mown safety edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mown path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotData</name>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas valid at each date, by care type; planar m² in the project&apos;s coordinate system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted: adopted or implemented and not withdrawn. Out of the departments that had areas at each date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature-friendly area out of the green area (the care types the catalogue counts as green).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department has a proposal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date of the chart is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart starts (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected area(s)</source>
        <translation>
            <numerusform>%n selected area</numerusform>
            <numerusform>%n selected areas</numerusform>
        </translation>
    </message>
    <message>
        <source>Biodiversity units of the areas valid at each date, by care type: area (ha) × distinctiveness × condition × strategic significance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No areas at these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the green area (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no green area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No departments with areas at this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: move · double-click: show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area by care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments that have adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature-friendly share of the green area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 departments have adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write charts of type &quot;%2&quot;; use .png, .pdf or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a chart must be 200 x 150 to 20000 x 20000 pixels, not %2 x %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: drawing a chart needs a QApplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot draw the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing a chart needs a QApplication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart cannot be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season calendar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning (!)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zone is cut in this season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a week (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than the crew&apos;s hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crew&apos;s hours a week (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zone is cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 hours (the crew has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biodiversity units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No units at these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biodiversity units by care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Png</name>
    <message>
        <source>%1: there is no picture to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough memory to write a PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pictures of type &quot;%2&quot; cannot be written; use .png or .jpg.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectAudit</name>
    <message numerus="yes">
        <source>%1: %n area version(s) (department(s) %2) have the care type &quot;%3&quot;, which the project&apos;s catalogue does not have; statistics count them under that code, as neither green nor nature-friendly.</source>
        <translation>
            <numerusform>%1: %n area version (department(s) %2) has the care type &quot;%3&quot;, which the project&apos;s catalogue does not have; statistics count it under that code, as neither green nor nature-friendly.</numerusform>
            <numerusform>%1: %n area versions (department(s) %2) have the care type &quot;%3&quot;, which the project&apos;s catalogue does not have; statistics count them under that code, as neither green nor nature-friendly.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: area %2 (department %3) has two versions valid on %4: row %5 (from %6 to %7) and row %8 (from %9). The map and statistics at such a date count the area twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more area(s) have versions that overlap in time.</source>
        <translation>
            <numerusform>%1: %n more area has versions that overlap in time.</numerusform>
            <numerusform>%1: %n more areas have versions that overlap in time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the condition &quot;%3&quot; of %n area version(s) (area ids %2) is not one this program knows (known: %4; empty for the care type&apos;s default); the version(s) cannot be read until it is corrected.</source>
        <translation>
            <numerusform>%1: the condition &quot;%3&quot; of %n area version (area ids %2) is not one this program knows (known: %4; empty for the care type&apos;s default); the version cannot be read until it is corrected.</numerusform>
            <numerusform>%1: the condition &quot;%3&quot; of %n area versions (area ids %2) is not one this program knows (known: %4; empty for the care type&apos;s default); the versions cannot be read until it is corrected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectCheck</name>
    <message>
        <source>the spatial index %1 cannot be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spatial index %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spatial index %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shape is not a GeoPackage geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is missing from the spatial index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spatial index %1 has the box %2, %3 - %4, %5 for the row; its shape&apos;s is %6, %7 - %8, %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spatial index %1 has a box for the row, which has no shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table cannot be read to the end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spatial index %1 has a box for row %2, which the table does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing from the spatial index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the wrong box in the spatial index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the spatial index but not in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more rows whose shape is not a GeoPackage geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot check the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row refers to a row of %1 that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 is newer than this program&apos;s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 is older than this program&apos;s (%2): engdrift-cli upgrade brings it up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spatial index %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trigger %1 that keeps the spatial index up to date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version has no shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shape is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version has no valid_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid_to (%1) is not after valid_from (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the planned version belongs to no proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the planned version belongs to proposal %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version&apos;s department %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has two current versions valid on %3: row %4 (%5 to %6) and row %7 (%8 to %9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more versions with findings of this kind (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored extent of department %1 (%2) does not hold its areas (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project could not be read to the end: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <source>The copy to %1 was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a copy into %1 outside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; a copy never replaces a project: give a new name, or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the project being copied; give another place for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: no temporary name is free in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written completely (is the disk full?); nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by someone else during the copy; the copy was not put in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be put in place: %2.</source>
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
        <source>cannot start a transaction</source>
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
        <source>%1 was written by a newer Engdrift (project schema version %2; this program knows versions up to %3). Update Engdrift to open it.</source>
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
        <source>%1: %2 is not a department number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no area version %2.</source>
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
    <message>
        <source>cannot save the extent of department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: adoption event %2 has the unknown kind &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: adoption event %2 has the unknown meeting body &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the adoption events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the adoption_events table lacks a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an adoption event of department %2 needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no adoption event %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the %1 event of department %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete adoption event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the first date of department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no proposals table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a proposal needs a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a proposal needs the date it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no proposal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sum the areas over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read what department %1 holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: organisation %2 still has %n department(s).</source>
        <translation>
            <numerusform>%1: organisation %2 still has %n department.</numerusform>
            <numerusform>%1: organisation %2 still has %n departments.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: there is no organisation %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: area version %2 needs a date it is valid from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: area %2 ends on %3, so it cannot begin on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change area version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no imports table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no import %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the areas of import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete the areas of import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the areas from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no corrections table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the correction of department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot delete the areas of import %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: no temporary name is free in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GeoPackage cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transaction cannot be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new project cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as a GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was being changed when a program stopped. The file is not damaged and holds its last saved state, but it must be recovered before it can be read: open it once as a user who may change the file and its folder (any engdrift-cli command or Engdrift does it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the dates of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the paths table is missing or lacks a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read version %1 of the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no version %2 in the %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the numbers of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the shape of %2 %3 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot close version %1 of the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete version %1 of the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change the planned version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no meta table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the project setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses project schema version %2; open it once for writing (in Engdrift, or with engdrift-cli upgrade) to upgrade it to version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the mowing_zones table is missing or lacks a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a copied adoption event needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no department %2 to give an extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The triggers and views of the project cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the trigger &quot;%2&quot; on table &quot;%3&quot;, which is not part of an Engdrift project; it is removed when the project is next opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the view &quot;%2&quot;, which is not part of an Engdrift project; it is removed when the project is next opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the triggers and views that are not part of an Engdrift project cannot be removed, so the project is not opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 held the trigger &quot;%2&quot; on table &quot;%3&quot;, which is not part of an Engdrift project: it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 held the view &quot;%2&quot;, which is not part of an Engdrift project: it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project&apos;s meta table disagrees with itself: crs says %2, crs_wkt describes %3. Engdrift does not guess which is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project&apos;s coordinate reference system is %2, a geographic CRS in degrees, but a project keeps its areas in planar m² of a projected CRS in metres (for Denmark EPSG:25832). The project&apos;s meta table (crs, crs_wkt) has been changed; Engdrift does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has no coordinate reference system in its meta table (crs, crs_wkt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project disagrees with itself: its meta table says the project CRS is %2, but the areas are stored in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot rebuild the spatial index of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilt the spatial index of %1 from the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>recomputed the extents of %n department(s) from their areas</source>
        <translation>
            <numerusform>recomputed the extent of %n department from its areas</numerusform>
            <numerusform>recomputed the extents of %n departments from their areas</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write row %1 (%2 %3) of the %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a copied import needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy import %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the areas from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a copied correction needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: proposal %2 (&quot;%3&quot;) has the unknown status &quot;%4&quot; (known: draft, adopted, rejected, withdrawn, implemented).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a copied proposal needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder is on a network share, where the file locks that keep a project whole are not reliable. Create it on a local disk (set ENGDRIFT_ALLOW_NETWORK_WRITE=1 if the share is known to lock files properly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a network share, where the file locks that keep a project whole are not reliable, so Engdrift does not change it there (reading it is fine). Copy it to a local disk to change it (or set ENGDRIFT_ALLOW_NETWORK_WRITE=1 if the share is known to lock files properly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database location is not readable; write it as postgresql://user@host:port/database, PG:dbname=database host=host or PG:service=name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database connection cannot use UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot give row %1 of the %2 its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the row numbers of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the project&apos;s meta table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a project in PostGIS needs a coordinate reference system with an EPSG code (%2 has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read which tables the database has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds an Engdrift project already (or tables of the same names); create the project in an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot enable PostGIS in the database (the extension must be installed, and the user may need the right to create it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds no Engdrift project (it has no meta table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has no schema version; it is not an Engdrift project or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses project schema version %2, which this Engdrift cannot upgrade in a database (it knows version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the project from schema version %1 failed, the database is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the project for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot number the new rows of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot number the new rows of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the %1 for a bulk insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rebuild the indexes of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare the versions of the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the row with fid %2 was refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the unknown condition &quot;%2&quot; (known: %3; empty for the care type&apos;s default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (area_id %2) of the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: department %2 has the unknown strategic significance &quot;%3&quot; (known: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the conditions of the areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <source>Department %1 does not exist in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no proposal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal &quot;%1&quot; has been carried out; its status cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the conversion is carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal &quot;%1&quot; is %2; only an adopted proposal can be carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal &quot;%1&quot; plans no changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 of the proposal &quot;%2&quot; does not exist on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted: adopted or implemented and not withdrawn. Out of the departments that had areas at each date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas valid at each date, by care type; planar m² in the project&apos;s coordinate system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report needs a start and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report starts (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no organisation %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 m² (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature-friendly m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature-friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m² at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m² at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 · made %2 · project %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted on %1: %2 departments; on %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature-friendly share of the green area on %1: %2; on %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in the period: %1 m² nature-friendly area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) in %1; those without areas on a date are not counted on it.</source>
        <translation>
            <numerusform>%n department in %1; a department without areas on a date is not counted on it.</numerusform>
            <numerusform>%n departments in %1; those without areas on a date are not counted on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>(The chart is drawn by the desktop program and engdrift-cli.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no departments to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area by care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the figures are made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: page %2 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a report can be written as .pdf, .csv or .xlsx, not as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dept. no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature-friendly %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green m² at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature-friendly m² at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature-friendly % at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of nature-friendly m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: each department&apos;s adoption status on %1, from its recorded events. The decision is the meeting&apos;s outcome (for a proposal carried out: its adoption) with the votes for, against and blank and the households present, as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted: adopted or carried out and not withdrawn, counted among the departments that had areas on the date (a department exists from its first area), so the numerator is always part of the denominator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature-friendly share: the area of the nature-friendly care types (the numerator) out of the green area, the care types that the catalogue &quot;%1&quot; counts as green (the denominator), as on the vote sheet. Paved and other areas that are not green are left out of both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas: planar m² in the project&apos;s coordinate system (%1), of the areas valid on each date; proposals not carried out are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: the nature-friendly m² on %1 minus those on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL has no XLSX driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care type code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook GDAL wrote cannot be read back whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nature value on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 m² (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biodiversity units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the largest network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature value on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature value on %1, for the map of that date (proposals not carried out are not counted); the total counts each network once, also when it crosses departments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green factor: Σ m² × biofaktor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green factor: Σ m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature-friendly m² in the largest network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature-friendly m² in all networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the largest network %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
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
    <name>SampleProject</name>
    <message>
        <source>The sample project is not installed with this copy of Engdrift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample project cannot be copied to %1.</source>
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
    <message>
        <source>the areas table is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the adoption_events table is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the column adoption_events.proposal_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the column areas.import_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the table layer_styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the column layer_styles.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the QGIS style of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the colour of care type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 table is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the column %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the project&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the project&apos;s meta table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step to schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write QGIS&apos;s styles into the table public.layer_styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table areas is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the areas or departments table is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the column areas.condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the column departments.strategic_significance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Symbology</name>
    <message>
        <source>Styles file %1: key &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not known (the keys here are: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a colour written #RRGGBB or #RRGGBBAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1 (not &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Engdrift uses its built-in styles instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Styles file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Styles file %1 is not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Styles file %1 must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;engdrift-symbology&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, newer than this program understands (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must style at least one care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a care type code (lower-case letters, digits and _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of at least one colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of at least %1 colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name a hatch pattern</source>
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
    <message>
        <source>Nothing was tagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemporalLayer</name>
    <message>
        <source>area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 needs a date it is valid from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 would end (%3) before it has been valid for a day (from %4).</source>
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
        <source>%1: area %2 needs a polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a mown path is 0-20 m wide, not %2 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: path %2 has no valid length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: path %2 needs a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 is no longer in the project: someone else changed it since it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the version of %2 from %3 %4 in the project now: someone else changed it since it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the version of %2 from %3 is planned in a proposal; a plan is changed in place, not superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the version of %2 from %3 is not valid on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the version of %2 from %3 changed in the project while it was being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the planned version %2 is no longer in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 is not planned; history is never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the planned version %2 changed while it was being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 is not planned; it is not changed in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mowing zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mowing zone %2 needs a number of 1 or more, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name of mowing zone %2 is longer than %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither a mown care type of the catalogue %3 nor a kind of path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mowing zone %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mowing zone %2 has no valid size (m²).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mowing zone %2 needs a polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a copied version needs its row number and id (row %2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VectorExport</name>
    <message>
        <source>GDAL does not know EPSG:4326.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot read the project&apos;s coordinate system %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: GDAL has no %2 driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the map can be exported as .gpkg (GeoPackage), .shp (Shapefile) or .geojson (GeoJSON; also .json), not as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written (it is replaced only when you ask for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the shape of %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2 cannot be converted to longitude and latitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engdrift: mown paths and edges on %1, proposal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engdrift: mown paths and edges on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engdrift: areas on %1, proposal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engdrift: areas on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1</source>
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
    <message>
        <source>%1 is not a readable DXF file: byte %2 is a NUL character, which a DXF file in text form never holds. The file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 file, which reads its data from other files, addresses or programs; Import reads only the file it is given. Import the data it points at instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonePainter</name>
    <message>
        <source>Lawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meadow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay meadow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mown path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut 10 or more times a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut 3 to 9 times a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut twice a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut once a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path cut through long grass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edge cut along a path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneVersion</name>
    <message>
        <source>A zone&apos;s season overrides are not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone&apos;s season override &quot;%1&quot; is not a year with its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone&apos;s season override for %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a season: give a year from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone is cut 0-60 times a year, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a month: months are 1-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1 is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cut height is more than 0 and less than 100 cm, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay is removed 0-120 days after the cut, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not mowing equipment the catalogue knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower cut height (%1 cm) comes first; the higher is %2 cm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay is removed after %1-%2 days: the earliest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal days need clippings that are collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone that is cut needs the months of its cuts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::AdoptionDialog</name>
    <message>
        <source>Adoption record – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes (for / against / blank; households)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link or a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this event from the record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal the meeting decided on; its status follows the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none on record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal &quot;%1&quot; is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::CareTypeChooser</name>
    <message>
        <source>Select by care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no areas %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every area of a care type %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::CareTypeTable</name>
    <message>
        <source>Care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::ChartsPanel</name>
    <message>
        <source>Open a project to see its charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area by care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature-friendly share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a picture (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PDF, for print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a drawing (SVG), for reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no chart to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units by care type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::ConflictDialog</name>
    <message>
        <source>Changed by someone else (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Area %1 was not saved.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs drops your edit of this area. Keep mine makes your edit again on top of their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge keeps what they changed and what you changed: the edits touched different things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until the project is saved; Decide later keeps your edit unsaved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their changes and yours together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both edits changed the same thing, or one ended the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs drops your edit of this path. Keep mine ends the path on your date in the project as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Path %1 was not saved.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path edit only ends the path: there is nothing to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path already ends before your date in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs drops your edit of this area. Keep mine makes your edit on the areas it was split or merged into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area no longer exists on the date of your edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new outline cannot be laid on the areas it was split or merged into.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::DateField</name>
    <message>
        <source>Type a date, e.g. 2027-05-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date Engdrift can use: the year must be between 1900 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: there is no month %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: that month has %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2027-05-01 (or 1.5.2027).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before %2, the first date allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after %2, the last date allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date: 2027-05-01, or 1.5.2027. Up and Down step a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::DepartmentDialog</name>
    <message>
        <source>Department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dept. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street, postcode and town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete department %1 from the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 is in the project already (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the department&apos;s location matters for nature, a multiplier of its biodiversity units: high inside a plan&apos;s green structure (e.g. the municipal plan), medium where nature is desirable but not planned for, else low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic significance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::DepartmentTree</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (org. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m² nature-friendly of %2 m² green area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nature-friendly share of the green area at the map date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::ImportDialog</name>
    <message>
        <source>Import areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS if the file has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas in department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dept. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional CSV value,care_type (FKG codes map by themselves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import did, feature by feature, appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.shp *.zip *.geojson *.json *.gml *.kml *.dxf *.fgb *.osm *.pbf *.csv *.gdb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
    <message>
        <source>number of features unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p % · %1 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n area(s) (%1 m²) from %2, layer %3.</source>
        <translation>
            <numerusform>Imported %n area (%1 m²) from %2, layer %3.</numerusform>
            <numerusform>Imported %n areas (%1 m²) from %2, layer %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coordinates: %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org. –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dept. –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the areas already existed from: they cannot be given another care type from an earlier date (a department&apos;s start can be corrected later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas start on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date field of the file that gives each area its own start; where it is empty, the date above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or per area from field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the organisation and department number the areas belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 is in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the new department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 is new: the import creates it, with the name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: the date above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::LegendWidget</name>
    <message>
        <source>Care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mown paths (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety edges (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running metres (lbm) mown on the map date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care type &quot;%1&quot; is not in the project&apos;s catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature value (units per ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biodiversity units per hectare: area × distinctiveness × condition × strategic significance, divided by the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units in all, of the areas computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units/ha or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units/ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network of patches (a colour each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated patch (no link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link (at most %1 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawn suggested for nature-friendly care (rank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lawn whose change to a nature-friendly care type would join two or more networks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::MainWindow</name>
    <message>
        <source>drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engdrift projects (*.engdrift.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engdrift projects (*.engdrift.gpkg *.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Engdrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Engdrift %1&lt;/h3&gt;&lt;p&gt;The outdoor areas of social housing, their care types and their change towards nature-friendly grounds.&lt;/p&gt;&lt;p&gt;GDAL, GEOS, PROJ and Qt.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Engdrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select (Shift adds, Ctrl toggles); drag to pan (V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the areas in a rectangle (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the areas in a polygon; double-click to finish (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to a rectangle (Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new area; it snaps to neighbours&apos; corners; double-click or Enter to finish (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line across the selected area to split it (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move corners of the selected area; double-click an edge to add one, right-click to remove (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engdrift was closed without saving the edits to %1. Take them back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was not saved; it is as it was before, and your edits are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n new version(s)</source>
        <translation>
            <numerusform>Saved: %n new version</numerusform>
            <numerusform>Saved: %n new versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the edits to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the one area to split, then draw the line across it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department of the new area in the list of departments first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the new area to fit between its neighbours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reshape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georeferenced pictures (*.tif *.tiff *.jp2 *.png *.vrt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background map service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GDAL raster source, e.g. WMS:https://… (the national orthophoto service needs your token):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background map service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between today&apos;s map and the proposal; in the proposal, set care types and draw areas to plan them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a department in the list of departments first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mown path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a path mown through long grass, as wide as set beside the tool; double-click or Enter to finish; right-click a path to end it (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path through grass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The width of the mown path on the ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mown path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department of the path in the list of departments first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 m long, %3 m wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the planned path (%1 m) out of the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the path (%1 m) on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, address and homes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct start date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the start of the department&apos;s first areas (when they were entered as starting on the import day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>import of %1 (%n area(s))</source>
        <translation>
            <numerusform>import of %1 (%n area)</numerusform>
            <numerusform>import of %1 (%n areas)</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or undo the unsaved edits before correcting a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete department %1 from the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved edits have been dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved edits are kept in %1; they will not be offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved edits you declined cannot be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the map as it is shown (today or the proposal) to a PNG or JPEG picture, or a PDF or SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG pictures (*.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Engdrift does, step by step, its keys and what the map&apos;s symbols mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a copy of the sample project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire selected areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected areas leave the map on the date set in the selection panel; their history is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select by &amp;care type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every area of a care type in the chosen department (or in the map view) at the map date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retire %n area(s) on %1? Their history stays in the project.</source>
        <translation>
            <numerusform>Retire %n area on %1? Its history stays in the project.</numerusform>
            <numerusform>Retire %n areas on %1? Their history stays in the project.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edge %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mown path tool draws a safety edge, %1 m wide; click to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mown path tool draws a path through long grass, %1 m wide; click to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in department %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in department %1 %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the map view on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected %n area(s) of %1</source>
        <translation>
            <numerusform>Selected %n area of %1</numerusform>
            <numerusform>Selected %n areas of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the vote sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen department&apos;s vote sheet: today and the proposal side by side, its legend, figures and share, as a PDF, PNG or SVG (A3; A4 when the name ends in -a4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the vote sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen department&apos;s vote sheet in a print preview, to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an atlas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF with a map page per department (all, or the chosen department&apos;s organisation) after a contents page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures, 300 dpi (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the vote sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the vote sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an atlas (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atlas.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the atlas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n department page(s)</source>
        <translation>
            <numerusform>Wrote %1: %n department page</numerusform>
            <numerusform>Wrote %1: %n department pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the map for other GIS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the areas and mown paths the map shows (its date, the proposal, unsaved edits) with the care types&apos; names and colours, as a GeoPackage, Shapefile or GeoJSON for QGIS and other GIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map for other GIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which areas and paths of the map?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapefile (*.shp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoJSON, longitude and latitude (*.geojson *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files beside it belong to the export and will be replaced too:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n area(s)</source>
        <translation>
            <numerusform>Wrote %n area</numerusform>
            <numerusform>Wrote %n areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n mown path(s) and edge(s) to %1.</source>
        <translation>
            <numerusform>and %n mown path or edge to %1.</numerusform>
            <numerusform>and %n mown paths and edges to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The paths are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each department&apos;s adoption status, decision and nature-friendly share over a period, with organisation totals and charts, as a PDF to print or CSV/XLSX figures (from the saved project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the adoption report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n department</numerusform>
            <numerusform>%n departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the adoption report (%1, %2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mowing plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show mowing &amp;zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the chosen department&apos;s mowing zones on the map, coloured by how often they are cut, with their numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mowing &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen department&apos;s zones, season calendar, warnings and estimated workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assumptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures behind every estimate of mowing hours, fuel, CO2 and cost, for this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export zones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen department&apos;s zones with their regimes and hours as CSV, GeoPackage or GeoJSON (for the mower&apos;s guidance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to plan its mowing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a department in the list to see its mowing plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mowing assumptions are saved in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a department whose zones to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table of the zones (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export mowing zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the mowing zones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n zone(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n zone to %1.</numerusform>
            <numerusform>Wrote %n zones to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the unsaved edits first: a change to a mowing zone is saved in the project at once, and the zones come from the saved map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1 is changed from %2 on and saved in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name for edits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mowing-zones-%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote-sheet-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened, but:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The project needs attention: %n warning(s) when it was opened.</source>
        <translation>
            <numerusform>The project needs attention: %n warning when it was opened.</numerusform>
            <numerusform>The project needs attention: %n warnings when it was opened.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your edits of the changed areas were not saved; they are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n new version(s); </source>
        <translation>
            <numerusform>Saved: %n new version; </numerusform>
            <numerusform>Saved: %n new versions; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) changed by someone else are not saved yet</source>
        <translation>
            <numerusform>%n area changed by someone else is not saved yet</numerusform>
            <numerusform>%n areas changed by someone else are not saved yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Your name for edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name your saved edits are recorded with, so that others editing the project see who changed an area (empty: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s PostgreSQL/PostGIS database: a postgresql://user@host/database address, a PG:dbname=… host=… string or PG:service=NAME (pg_service.conf). Keep the password in ~/.pgpass or the service: Engdrift never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database address: it begins with postgresql://, postgres:// or PG:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project kept in a shared PostgreSQL/PostGIS database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nature value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the map by biodiversity units per ha, draw the networks of nature-friendly patches each in its colour, hatch the isolated patches, draw the links and outline the lawns suggested to join networks (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nature value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nature value could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nature value… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) changed by someone else are not saved yet</source>
        <translation>
            <numerusform>%n path changed by someone else is not saved yet</numerusform>
            <numerusform>%n paths changed by someone else are not saved yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engdrift::gui::MowingAssumptionsDialog</name>
    <message>
        <source>Mowing assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every estimate of mowing hours, fuel, CO2 and cost comes from these figures. Change a value to this project&apos;s own; the figures of a care type replace the general ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The general defaults and the catalogue&apos;s figures, without this project&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::MowingPanel</name>
    <message>
        <source>Export the season calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project and choose a department to see its mowing plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the season calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures behind every estimate of hours, fuel, CO2 and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the season calendar as a PDF, PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export zones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the zones with their regimes and hours as CSV, GeoPackage or GeoJSON (for the mower&apos;s guidance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload (estimates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a department to see its mowing plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering the zones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s), %1 mown, on the map of %2</source>
        <translation>
            <numerusform>%n zone, %1 mown, on the map of %2</numerusform>
            <numerusform>%n zones, %1 mown, on the map of %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Calendar (%n warning(s))</source>
        <translation>
            <numerusform>Calendar (%n warning)</numerusform>
            <numerusform>Calendar (%n warnings)</numerusform>
        </translation>
    </message>
    <message>
        <source>Season calendar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuts/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clippings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated from the assumptions (Workload tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n zone(s), %2 m²</source>
        <translation>
            <numerusform>%1: %n zone, %2 m²</numerusform>
            <numerusform>%1: %n zones, %2 m²</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated workload a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m² of %2 m² are mown. These are estimates from the assumptions listed beside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grass as lawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel, litres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO2, kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost, DKK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the proposal: the map of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season %1: about %2 hours in the calendar; the crew has %3 hours a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename zone %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber zone %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change zone %1&apos;s mowing in %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear zone %1&apos;s change for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mowing-calendar-%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::PointsTool</name>
    <message>
        <source>Cannot select by this polygon: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::ProjectDocument</name>
    <message>
        <source>The unsaved edits of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::PropertiesPanel</name>
    <message>
        <source>Care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected areas this care type from the date; their history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line across the selected area to split it (S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected areas into one (M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an area on the map to select it; Shift adds, Ctrl toggles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n areas</source>
        <translation>
            <numerusform>%n area</numerusform>
            <numerusform>%n areas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 m² · department %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected areas leave the map on the date; their history is kept (Del).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a care type to keep only its areas selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an area to show it on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(mixed: %n care types)</source>
        <translation>
            <numerusform>(mixed: %n care type)</numerusform>
            <numerusform>(mixed: %n care types)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected areas have %n care types; choose the one to give them all.</source>
        <translation>
            <numerusform>The selected areas have %n care type; choose the one to give them all.</numerusform>
            <numerusform>The selected areas have %n care types; choose the one to give them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The habitat&apos;s condition for the biodiversity units (good 3, fairly good 2.5, moderate 2, fairly poor 1.5, poor 1). Unless one is recorded, the care type&apos;s default counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this condition for the selected areas from the date; their history is kept. A new care type starts again from its default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care type&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(mixed: %n conditions)</source>
        <translation>
            <numerusform>(mixed: %n condition)</numerusform>
            <numerusform>(mixed: %n conditions)</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected areas have different conditions; choose the one to give them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biodiversity units = area (ha) × the care type&apos;s distinctiveness × the condition (recorded, or the care type&apos;s default) × the department&apos;s strategic significance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biofaktor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care type&apos;s weight in the green factor: the department&apos;s green factor is Σ m² × biofaktor / Σ m² of all its areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the catalogue does not have the care type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition: not recorded, the care type&apos;s default counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::ProposalsDialog</name>
    <message>
        <source>Proposals – department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and edit on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today&apos;s map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the proposal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature-friendly outdoor areas %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals yet. &quot;New…&quot; drafts one beside the current map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the meeting and its votes in the adoption record too (Department menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your edits before a proposal is carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry out the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From which date does the proposal become the current state?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out from %1: %2 areas got their planned care type, %3 new areas, %4 mown paths.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::ReportDialog</name>
    <message>
        <source>Adoption report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each department&apos;s adoption status and decision at the end of the period, its nature-friendly share and the change since the start, with totals per organisation. A PDF to print has the charts; CSV and XLSX hold the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adoption-report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name says the format: .pdf, .csv or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report shows the saved project; save first to include your edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must not end before it starts: %1 is after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::StartDateDialog</name>
    <message>
        <source>Correct start date – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas start on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why, e.g. &quot;imported as from the import day&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This corrects a data-entry error: the department&apos;s first area versions get the new start date, earlier or later, as long as none of them becomes empty or overlaps a later version. The correction is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas of department %1 start on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 has no areas yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::StartPanel</name>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import areas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three estates near Hedehusene, 2019–2026, opened as a copy of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or look around in the sample project first: three estates near Hedehusene with their care types from 2019 to 2026, opened as a copy you may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no areas yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start by importing the areas of a department from a GIS file: a GeoPackage, a shapefile or GeoJSON, such as the municipality&apos;s FKG data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Engdrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new project for your departments&apos; outdoor areas, or open one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::TimeSlider</name>
    <message>
        <source>Map date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engdrift::gui::ZoneEditDialog</name>
    <message>
        <source>left lying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (not cut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the name the plan gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone that has this number gets zone %1&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1 in the season %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cuts in the season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 6, 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The months (1-12) the cuts fall in, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lippings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is saved in the project at once, from the date on; the map before it keeps the zone as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the change holds from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write the months as numbers 1-12, e.g. 6, 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is changed: give the season other cuts, months or clippings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
