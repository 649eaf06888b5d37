<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>CareMapping</name>
    <message>
        <source>Care-type mapping %1 does not exist.</source>
        <translation>Oversættelsestabellen for plejetyper %1 findes ikke.</translation>
    </message>
    <message>
        <source>Care-type mapping %1 is not a CSV file: %2</source>
        <translation>Oversættelsestabellen for plejetyper %1 er ikke en CSV-fil: %2</translation>
    </message>
    <message>
        <source>Care-type mapping %1: the first line must be the header &quot;value,care_type&quot;.</source>
        <translation>Oversættelsestabellen for plejetyper %1: første linje skal være overskriften &quot;value,care_type&quot;.</translation>
    </message>
    <message>
        <source>Care-type mapping %1, line %2: &quot;%3&quot; is not a care type of the catalogue %4.</source>
        <translation>Oversættelsestabellen for plejetyper %1, linje %2: &quot;%3&quot; er ikke en plejetype i kataloget %4.</translation>
    </message>
    <message>
        <source>Care-type mapping %1, line %2: &quot;%3&quot; is mapped twice (to %4 and %5).</source>
        <translation>Oversættelsestabellen for plejetyper %1, linje %2: &quot;%3&quot; er oversat to gange (til %4 og %5).</translation>
    </message>
    <message>
        <source>Care-type mapping %1 cannot be read: %2</source>
        <translation>Oversættelsestabellen for plejetyper %1 kan ikke læses: %2</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1: feltet &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>skal være en tekst, der ikke er tom</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>skal være true eller false</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>skal være et tal fra %1 til %2</translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation>skal være et objekt eller null</translation>
    </message>
    <message>
        <source>must be a list of different months 1-12</source>
        <translation>skal være en liste med forskellige måneder 1-12</translation>
    </message>
    <message>
        <source>must name at least one month when the area is cut</source>
        <translation>skal angive mindst én måned, når arealet slås</translation>
    </message>
    <message>
        <source>must be one or two heights in cm (from, to)</source>
        <translation>skal være én eller to højder i cm (fra, til)</translation>
    </message>
    <message>
        <source>must list the lower height first</source>
        <translation>skal angive den laveste højde først</translation>
    </message>
    <message>
        <source>must not be lower than the cut height</source>
        <translation>må ikke være lavere end klippehøjden</translation>
    </message>
    <message>
        <source>must be left, collected, partly_collected or none</source>
        <translation>skal være left, collected, partly_collected eller none</translation>
    </message>
    <message>
        <source>names unknown equipment &quot;%1&quot;</source>
        <translation>angiver ukendt materiel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read the catalogue %1: %2</source>
        <translation>Kan ikke læse kataloget %1: %2</translation>
    </message>
    <message>
        <source>Catalogue %1 is not valid JSON at byte %2: %3</source>
        <translation>Kataloget %1 er ikke gyldig JSON ved byte %2: %3</translation>
    </message>
    <message>
        <source>Catalogue %1 must be a JSON object.</source>
        <translation>Kataloget %1 skal være et JSON-objekt.</translation>
    </message>
    <message>
        <source>Catalogue %1</source>
        <translation>Kataloget %1</translation>
    </message>
    <message>
        <source>must be &quot;engdrift-catalogue&quot;</source>
        <translation>skal være &quot;engdrift-catalogue&quot;</translation>
    </message>
    <message>
        <source>is %1, newer than this program understands (1)</source>
        <translation>er %1, nyere end dette program forstår (1)</translation>
    </message>
    <message>
        <source>Catalogue %1, group %2</source>
        <translation>Kataloget %1, gruppe nr. %2</translation>
    </message>
    <message>
        <source>repeats the group &quot;%1&quot;</source>
        <translation>gentager gruppen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Catalogue %1: field &quot;groups&quot; must list at least one group</source>
        <translation>Kataloget %1: feltet &quot;groups&quot; skal indeholde mindst én gruppe</translation>
    </message>
    <message>
        <source>Catalogue %1, care type %2</source>
        <translation>Kataloget %1, plejetype nr. %2</translation>
    </message>
    <message>
        <source>Catalogue %1, care type &quot;%2&quot; (entry %3)</source>
        <translation>Kataloget %1, plejetype &quot;%2&quot; (post %3)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>skal være et objekt</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and _ (at most 40)</source>
        <translation>skal bestå af små bogstaver, cifre og _ (højst 40)</translation>
    </message>
    <message>
        <source>repeats the care type &quot;%1&quot;</source>
        <translation>gentager plejetypen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>names the unknown group &quot;%1&quot;</source>
        <translation>angiver den ukendte gruppe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a list of FKG codes</source>
        <translation>skal være en liste med FKG-koder</translation>
    </message>
    <message>
        <source>must hold six-digit FKG codes</source>
        <translation>skal indeholde sekscifrede FKG-koder</translation>
    </message>
    <message>
        <source>lists FKG code %1, which already imports as &quot;%2&quot;</source>
        <translation>angiver FKG-kode %1, som allerede importeres som &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be above 0 for an area that is cut</source>
        <translation>skal være over 0 for et areal, der slås</translation>
    </message>
    <message>
        <source>must be 0, 2, 4, 6 or 8</source>
        <translation>skal være 0, 2, 4, 6 eller 8</translation>
    </message>
    <message>
        <source>must be a colour written #RRGGBB</source>
        <translation>skal være en farve skrevet som #RRGGBB</translation>
    </message>
    <message>
        <source>must be none, diagonal, cross, dots or vertical</source>
        <translation>skal være none, diagonal, cross, dots eller vertical</translation>
    </message>
    <message>
        <source>Catalogue %1: field &quot;care_types&quot; must list at least one care type</source>
        <translation>Kataloget %1: feltet &quot;care_types&quot; skal indeholde mindst én plejetype</translation>
    </message>
    <message>
        <source>Catalogue %1: field &quot;care_types&quot; must include the care type &quot;%2&quot; for areas of unknown care</source>
        <translation>Kataloget %1: feltet &quot;care_types&quot; skal indeholde plejetypen &quot;%2&quot; til arealer med ukendt pleje</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>engdrift-cli: unknown command &quot;%1&quot;</source>
        <translation>engdrift-cli: ukendt kommando &quot;%1&quot;</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>brug: </translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s), got %1</source>
        <translation>
            <numerusform>forventede %n argument, fik %1</numerusform>
            <numerusform>forventede %n argumenter, fik %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 YYYY-MM-DD is required</source>
        <translation>--%1 YYYY-MM-DD skal angives</translation>
    </message>
    <message>
        <source>--org and --dept go together</source>
        <translation>--org og --dept skal bruges sammen</translation>
    </message>
    <message>
        <source>--org must be a number above 0 and --dept a number 0-999 (got %1, %2)</source>
        <translation>--org skal være et tal over 0 og --dept et tal 0-999 (fik %1, %2)</translation>
    </message>
    <message>
        <source>choose one of --json and --csv</source>
        <translation>vælg enten --json eller --csv</translation>
    </message>
    <message>
        <source>%1: %2 features read</source>
        <translation>%1: %2 objekter læst</translation>
    </message>
    <message>
        <source>%1: %2 % (%3 features)</source>
        <translation>%1: %2 % (%3 objekter)</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
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
        <translation>engdrift-cli: naturvenlige udearealer i almene boligafdelinger, fra kommandolinjen

brug: engdrift-cli COMMAND [OPTIONS]

kommandoer:
  new PROJECT [--crs EPSG:25832]                 opret en projektfil (*.engdrift.gpkg)
  import PROJECT SOURCE [options]                importér polygonerne fra en GIS-fil
  info PROJECT [--json]                          oversigt over et projekt
  areas PROJECT [--at DATE] [--org N --dept NNN] [--json|--csv]
                                                 arealerne, der gælder på en dato
  stats PROJECT [--at DATE] [--by department|care-type|department,care-type] [--json|--csv]
                                                 arealsummer (plane m²)
  tag PROJECT --area ID[,ID...] --care-type CODE --from DATE
                                                 giv arealer en ny plejetype fra en dato

Kør engdrift-cli COMMAND --help for at se en kommandos tilvalg. Datoer skrives YYYY-MM-DD.
Afslutningsstatus: 0 gennemført, 1 ugyldigt input, 2 forkert brug.
</translation>
    </message>
    <message>
        <source>Project CRS (default EPSG:25832; EPSG:25833 for Bornholm).</source>
        <translation>Projektets koordinatsystem (standard EPSG:25832; EPSG:25833 for Bornholm).</translation>
    </message>
    <message>
        <source>--crs: %1</source>
        <translation>--crs: %1</translation>
    </message>
    <message>
        <source>Created %1 (%2, catalogue %3)</source>
        <translation>Oprettede %1 (%2, katalog %3)</translation>
    </message>
    <message>
        <source>Layer of the source to import.</source>
        <translation>Det lag i kilden, der skal importeres.</translation>
    </message>
    <message>
        <source>Organisation number of all areas.</source>
        <translation>Organisationsnummer for alle arealer.</translation>
    </message>
    <message>
        <source>Department number of all areas.</source>
        <translation>Afdelingsnummer for alle arealer.</translation>
    </message>
    <message>
        <source>Field holding the organisation number.</source>
        <translation>Felt med organisationsnummeret.</translation>
    </message>
    <message>
        <source>Field holding the department number.</source>
        <translation>Felt med afdelingsnummeret.</translation>
    </message>
    <message>
        <source>Care type of all areas (a catalogue code).</source>
        <translation>Plejetype for alle arealer (en kode fra kataloget).</translation>
    </message>
    <message>
        <source>Field holding the care type (FKG codes are mapped automatically).</source>
        <translation>Felt med plejetypen (FKG-koder oversættes automatisk).</translation>
    </message>
    <message>
        <source>CSV file (header value,care_type) that maps the values of the care field to care types.</source>
        <translation>CSV-fil (overskrift value,care_type), der oversætter plejefeltets værdier til plejetyper.</translation>
    </message>
    <message>
        <source>CRS of a source that declares none.</source>
        <translation>Koordinatsystem for en kilde, der ikke selv angiver et.</translation>
    </message>
    <message>
        <source>Date the areas are valid from (default today).</source>
        <translation>Dato, arealerne gælder fra (standard i dag).</translation>
    </message>
    <message>
        <source>Do not print progress.</source>
        <translation>Vis ikke fremdrift.</translation>
    </message>
    <message>
        <source>say which department: --org N --dept NNN, or --org-field F --dept-field F</source>
        <translation>angiv afdelingen: --org N --dept NNN eller --org-field F --dept-field F</translation>
    </message>
    <message>
        <source>give --org/--dept or --org-field/--dept-field, not both</source>
        <translation>angiv --org/--dept eller --org-field/--dept-field, ikke begge dele</translation>
    </message>
    <message>
        <source>give --care-type or --care-field, not both</source>
        <translation>angiv --care-type eller --care-field, ikke begge dele</translation>
    </message>
    <message>
        <source>--care-map needs --care-field</source>
        <translation>--care-map kræver --care-field</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importerer %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n area(s) (%1) from %2, layer %3, %4 → %5; area IDs %6-%7</source>
        <translation>
            <numerusform>Indlæste %n areal (%1) fra %2, lag %3, %4 → %5; areal-id %6-%7</numerusform>
            <numerusform>Indlæste %n arealer (%1) fra %2, lag %3, %4 → %5; areal-id %6-%7</numerusform>
        </translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>Skriv JSON.</translation>
    </message>
    <message>
        <source>Count the areas valid at this date (default today).</source>
        <translation>Tæl de arealer, der gælder på denne dato (standard i dag).</translation>
    </message>
    <message>
        <source>Project:         %1
</source>
        <translation>Projekt:         %1
</translation>
    </message>
    <message>
        <source>Schema version:  %1
</source>
        <translation>Skemaversion:    %1
</translation>
    </message>
    <message>
        <source>CRS:             %1
</source>
        <translation>Koordinatsystem: %1
</translation>
    </message>
    <message>
        <source>Catalogue:       %1
</source>
        <translation>Katalog:         %1
</translation>
    </message>
    <message>
        <source>Organisations:   %1
</source>
        <translation>Organisationer:  %1
</translation>
    </message>
    <message>
        <source>Departments:     %1
</source>
        <translation>Afdelinger:      %1
</translation>
    </message>
    <message>
        <source>Areas:           %1 at %2 (%3 versions in all)
</source>
        <translation>Arealer:         %1 pr. %2 (%3 versioner i alt)
</translation>
    </message>
    <message>
        <source>Total area:      %1
</source>
        <translation>Samlet areal:    %1
</translation>
    </message>
    <message>
        <source>The areas valid at this date (default today).</source>
        <translation>De arealer, der gælder på denne dato (standard i dag).</translation>
    </message>
    <message>
        <source>Only the department with this organisation number (use with --dept).</source>
        <translation>Kun afdelingen med dette organisationsnummer (bruges med --dept).</translation>
    </message>
    <message>
        <source>Department number (use with --org).</source>
        <translation>Afdelingsnummer (bruges med --org).</translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation>Skriv CSV.</translation>
    </message>
    <message>
        <source>Statistics of the areas valid at this date (default today).</source>
        <translation>Statistik over de arealer, der gælder på denne dato (standard i dag).</translation>
    </message>
    <message>
        <source>Grouping: department, care-type or department,care-type (default).</source>
        <translation>Gruppering: department, care-type eller department,care-type (standard).</translation>
    </message>
    <message>
        <source>--by must be department, care-type or department,care-type</source>
        <translation>--by skal være department, care-type eller department,care-type</translation>
    </message>
    <message numerus="yes">
        <source>Total at %1: %2 in %n area(s)</source>
        <translation>
            <numerusform>I alt pr. %1: %2 i %n areal</numerusform>
            <numerusform>I alt pr. %1: %2 i %n arealer</numerusform>
        </translation>
    </message>
    <message>
        <source>Nature-friendly: %1 of %2 green area (%3 %)</source>
        <translation>Naturvenligt: %1 af %2 grønt areal (%3 %)</translation>
    </message>
    <message>
        <source>Area IDs, separated by commas.</source>
        <translation>Areal-id&apos;er, adskilt med komma.</translation>
    </message>
    <message>
        <source>The new care type (a catalogue code).</source>
        <translation>Den nye plejetype (en kode fra kataloget).</translation>
    </message>
    <message>
        <source>The date the new care type applies from.</source>
        <translation>Den dato, den nye plejetype gælder fra.</translation>
    </message>
    <message>
        <source>A note on the new versions.</source>
        <translation>En note til de nye versioner.</translation>
    </message>
    <message>
        <source>--area and --care-type are required</source>
        <translation>--area og --care-type skal angives</translation>
    </message>
    <message>
        <source>--area: &quot;%1&quot; is not an area ID</source>
        <translation>--area: &quot;%1&quot; er ikke et areal-id</translation>
    </message>
    <message>
        <source>--area: no area IDs</source>
        <translation>--area: ingen areal-id&apos;er</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n area(s) as %1 from %2</source>
        <translation>
            <numerusform>%n areal fik plejetypen %1 fra %2</numerusform>
            <numerusform>%n arealer fik plejetypen %1 fra %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already had that care type</source>
        <translation>
            <numerusform>; %n havde allerede den plejetype</numerusform>
            <numerusform>; %n havde allerede den plejetype</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoordinateTransform</name>
    <message>
        <source>Cannot transform coordinates without both a source and a target CRS.</source>
        <translation>Kan ikke transformere koordinater uden både et kilde- og et målkoordinatsystem.</translation>
    </message>
    <message>
        <source>PROJ cannot read the coordinate reference systems.</source>
        <translation>PROJ kan ikke læse koordinatsystemerne.</translation>
    </message>
    <message>
        <source>PROJ knows no transformation from %1 to %2.</source>
        <translation>PROJ kender ingen transformation fra %1 til %2.</translation>
    </message>
    <message>
        <source>PROJ cannot set up the transformation from %1 to %2.</source>
        <translation>PROJ kan ikke opsætte transformationen fra %1 til %2.</translation>
    </message>
</context>
<context>
    <name>Crs</name>
    <message>
        <source>No coordinate reference system given.</source>
        <translation>Intet koordinatsystem angivet.</translation>
    </message>
    <message>
        <source>Unknown coordinate reference system &quot;%1&quot;.</source>
        <translation>Ukendt koordinatsystem &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The coordinate reference system &quot;%1&quot; cannot be described: %2</source>
        <translation>Koordinatsystemet &quot;%1&quot; kan ikke beskrives: %2</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date written YYYY-MM-DD.</source>
        <translation>%1: &quot;%2&quot; er ikke en dato skrevet som YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: %2 is not a date in the calendar.</source>
        <translation>%1: %2 er ikke en dato, der findes i kalenderen.</translation>
    </message>
    <message>
        <source>%1: %2 is outside the years 1900-2200.</source>
        <translation>%1: %2 ligger uden for årene 1900-2200.</translation>
    </message>
</context>
<context>
    <name>Geometry</name>
    <message>
        <source>Cannot read the geometry (WKB)</source>
        <translation>Kan ikke læse geometrien (WKB)</translation>
    </message>
    <message>
        <source>Cannot read the geometry (WKT)</source>
        <translation>Kan ikke læse geometrien (WKT)</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>ingen geometri</translation>
    </message>
    <message>
        <source>Cannot repair the geometry</source>
        <translation>Kan ikke reparere geometrien</translation>
    </message>
    <message>
        <source>Cannot intersect the geometries</source>
        <translation>Kan ikke finde fællesmængden af geometrierne</translation>
    </message>
    <message>
        <source>Cannot subtract the geometries</source>
        <translation>Kan ikke trække geometrierne fra hinanden</translation>
    </message>
    <message>
        <source>Cannot merge the geometries</source>
        <translation>Kan ikke lægge geometrierne sammen</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1°E %2°N</source>
        <translation>%1°Ø %2°N</translation>
    </message>
    <message>
        <source>x %1, y %2 (%3)</source>
        <translation>x %1, y %2 (%3)</translation>
    </message>
    <message>
        <source>%1°E to %2°E, %3°N to %4°N</source>
        <translation>%1°Ø til %2°Ø, %3°N til %4°N</translation>
    </message>
    <message>
        <source>skipped: no geometry</source>
        <translation>sprunget over: ingen geometri</translation>
    </message>
    <message>
        <source>skipped: empty geometry or no area</source>
        <translation>sprunget over: tom geometri eller intet areal</translation>
    </message>
    <message>
        <source>skipped: not a polygon (point or line)</source>
        <translation>sprunget over: ikke en polygon (punkt eller linje)</translation>
    </message>
    <message>
        <source>skipped: invalid polygon that cannot be repaired</source>
        <translation>sprunget over: ugyldig polygon, der ikke kan repareres</translation>
    </message>
    <message>
        <source>skipped: no valid department number</source>
        <translation>sprunget over: intet gyldigt afdelingsnummer</translation>
    </message>
    <message>
        <source>imported after repairing an invalid polygon</source>
        <translation>importeret efter reparation af en ugyldig polygon</translation>
    </message>
    <message>
        <source>imported without its point or line parts</source>
        <translation>indlæst uden sine punkt- eller linjedele</translation>
    </message>
    <message>
        <source>imported with arcs turned into straight segments</source>
        <translation>importeret med buer omdannet til rette linjestykker</translation>
    </message>
    <message>
        <source>imported without Z/M values</source>
        <translation>importeret uden Z/M-værdier</translation>
    </message>
    <message>
        <source>imported with a 3D surface flattened to polygons</source>
        <translation>importeret med en 3D-flade fladtrykt til polygoner</translation>
    </message>
    <message>
        <source>imported from a closed polyline taken as the outline of the area</source>
        <translation>indlæst fra en lukket polylinje, der er taget som arealets omrids</translation>
    </message>
    <message>
        <source>imported with care type &quot;%1&quot;: value not in the care-type mapping</source>
        <translation>importeret med plejetypen &quot;%1&quot;: værdien står ikke i oversættelsestabellen for plejetyper</translation>
    </message>
    <message>
        <source>imported with text that is not UTF-8, read as Latin-1</source>
        <translation>importeret med tekst, der ikke er UTF-8, læst som Latin-1</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) %1 (fid %2)</source>
        <translation>
            <numerusform>%n objekt %1 (fid %2)</numerusform>
            <numerusform>%n objekter %1 (fid %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>care-type values not in the mapping: %1</source>
        <translation>plejetypeværdier, der ikke står i oversættelsestabellen: %1</translation>
    </message>
    <message>
        <source>new department %1 created</source>
        <translation>ny afdeling %1 oprettet</translation>
    </message>
    <message>
        <source>Give the department either as numbers or as fields, not both.</source>
        <translation>Angiv afdelingen enten som numre eller som felter, ikke begge dele.</translation>
    </message>
    <message>
        <source>Say which department the areas belong to: an organisation and department number, or the two fields that hold them.</source>
        <translation>Angiv, hvilken afdeling arealerne hører til: et organisations- og afdelingsnummer eller de to felter, der indeholder dem.</translation>
    </message>
    <message>
        <source>%1 is not a department number (organisation number above 0, department 000-999).</source>
        <translation>%1 er ikke et afdelingsnummer (organisationsnummer over 0, afdeling 000-999).</translation>
    </message>
    <message>
        <source>Give either one care type for all areas or a care-type field, not both.</source>
        <translation>Angiv enten én plejetype for alle arealer eller et plejetypefelt, ikke begge dele.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a care type of the catalogue %2.</source>
        <translation>&quot;%1&quot; er ikke en plejetype i kataloget %2.</translation>
    </message>
    <message>
        <source>A care-type mapping needs the field it maps (--care-field).</source>
        <translation>En oversættelsestabel for plejetyper kræver det felt, den oversætter (--care-field).</translation>
    </message>
    <message>
        <source>%1: the coordinate reference system of layer %2 is unknown to PROJ.</source>
        <translation>%1: koordinatsystemet for lag %2 er ukendt for PROJ.</translation>
    </message>
    <message>
        <source>--assume-crs: %1</source>
        <translation>--assume-crs: %1</translation>
    </message>
    <message>
        <source>%1 does not say which coordinate reference system it uses; give it with --assume-crs (Danish data is usually EPSG:25832).</source>
        <translation>%1 oplyser ikke, hvilket koordinatsystem der bruges; angiv det med --assume-crs (danske data er som regel i EPSG:25832).</translation>
    </message>
    <message>
        <source>%1: layer %2 has no field &quot;%3&quot;; its fields are: %4</source>
        <translation>%1: lag %2 har intet felt &quot;%3&quot;; lagets felter er: %4</translation>
    </message>
    <message>
        <source>%1: reading stopped after %2 features: %3</source>
        <translation>%1: læsningen stoppede efter %2 objekter: %3</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was imported.</source>
        <translation>Import af %1 afbrudt; intet blev importeret.</translation>
    </message>
    <message>
        <source>%1: feature %2 cannot be transformed from %3 to %4; its coordinates are not plausible in %3. Is the source&apos;s coordinate reference system right?</source>
        <translation>%1: objekt %2 kan ikke transformeres fra %3 til %4; dets koordinater er ikke plausible i %3. Er kildens koordinatsystem rigtigt?</translation>
    </message>
    <message>
        <source>%1: feature %2 has coordinates that cannot be used in %3. The source says its coordinates are in %4: is that right? Nothing was imported.</source>
        <translation>%1: objekt %2 har koordinater, der ikke kan bruges i %3. Kilden siger, at dens koordinater er i %4: passer det? Intet blev indlæst.</translation>
    </message>
    <message>
        <source>%1: feature %2 lies at %3, far outside the area where %4 is used (%5). The source says its coordinates are in %6: is that right? Nothing was imported.</source>
        <translation>%1: objekt %2 ligger ved %3, langt uden for det område, hvor %4 bruges (%5). Kilden oplyser, at dens koordinater er i %6: er det rigtigt? Intet blev importeret.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>%1: layer %2 has no features; nothing was imported.</source>
        <translation>%1: lag %2 har ingen objekter; intet blev importeret.</translation>
    </message>
    <message>
        <source>%1: none of the %2 features of layer %3 is a usable polygon; nothing was imported. %4</source>
        <translation>%1: ingen af de %2 objekter i lag %3 er en brugbar polygon; intet blev importeret. %4</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>The project %1 is open read-only.</source>
        <translation>Projektet %1 er åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Internal error: a write to %1 outside a transaction.</source>
        <translation>Intern fejl: skrivning til %1 uden for en transaktion.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1 is damaged: a table of the Engdrift schema is missing.</source>
        <translation>%1 er beskadiget: en tabel i Engdrift-skemaet mangler.</translation>
    </message>
    <message>
        <source>%1 is damaged: the areas table lacks a column.</source>
        <translation>%1 er beskadiget: der mangler en kolonne i arealtabellen.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name for the new project.</source>
        <translation>%1 findes allerede; vælg et andet navn til det nye projekt.</translation>
    </message>
    <message>
        <source>%1: the project needs a coordinate reference system.</source>
        <translation>%1: projektet skal have et koordinatsystem.</translation>
    </message>
    <message>
        <source>%1: %2 is a geographic CRS in degrees; a project needs a projected CRS in metres (for Denmark EPSG:25832).</source>
        <translation>%1: %2 er et geografisk koordinatsystem i grader; et projekt skal have et projiceret koordinatsystem i meter (for Danmark EPSG:25832).</translation>
    </message>
    <message>
        <source>This GDAL build has no GeoPackage driver.</source>
        <translation>Denne udgave af GDAL har ingen GeoPackage-driver.</translation>
    </message>
    <message>
        <source>cannot create the project file</source>
        <translation>kan ikke oprette projektfilen</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>kan ikke starte en transaktion</translation>
    </message>
    <message>
        <source>cannot write the new project</source>
        <translation>kan ikke skrive det nye projekt</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 findes ikke.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 er ikke en fil.</translation>
    </message>
    <message>
        <source>%1 is read-only; Engdrift cannot write to it.</source>
        <translation>%1 er skrivebeskyttet; Engdrift kan ikke skrive til den.</translation>
    </message>
    <message>
        <source>%1 is not a GeoPackage (it may be damaged or of another format).</source>
        <translation>%1 er ikke en GeoPackage (den kan være beskadiget eller have et andet format).</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a GeoPackage: %2</source>
        <translation>%1 kan ikke åbnes som GeoPackage: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Engdrift (project schema version %2; this program knows versions up to %3). Update Engdrift to open it.</source>
        <translation>%1 er skrevet af en nyere Engdrift (projektskemaversion %2; dette program kender versioner op til %3). Opdater Engdrift for at åbne den.</translation>
    </message>
    <message>
        <source>%1 uses project schema version %2; open it once for writing to upgrade it to version %3.</source>
        <translation>%1 bruger projektskemaversion %2; åbn den én gang med skriveadgang for at opgradere den til version %3.</translation>
    </message>
    <message>
        <source>%1: upgrading the project from schema version %2 failed, the file is unchanged: %3</source>
        <translation>%1: opgraderingen af projektet fra skemaversion %2 mislykkedes, filen er uændret: %3</translation>
    </message>
    <message>
        <source>cannot write the upgraded schema</source>
        <translation>kan ikke skrive det opgraderede skema</translation>
    </message>
    <message>
        <source>%1: the project&apos;s coordinate reference system is unreadable: %2</source>
        <translation>%1: projektets koordinatsystem kan ikke læses: %2</translation>
    </message>
    <message>
        <source>stored in %1</source>
        <translation>gemt i %1</translation>
    </message>
    <message>
        <source>Internal error: a transaction on %1 is already open.</source>
        <translation>Intern fejl: en transaktion på %1 er allerede åben.</translation>
    </message>
    <message>
        <source>Internal error: commit of a finished transaction.</source>
        <translation>Intern fejl: commit af en afsluttet transaktion.</translation>
    </message>
    <message>
        <source>saving failed, nothing was changed</source>
        <translation>gemningen mislykkedes, intet blev ændret</translation>
    </message>
    <message>
        <source>cannot read the organisations</source>
        <translation>kan ikke læse organisationerne</translation>
    </message>
    <message>
        <source>cannot read the departments</source>
        <translation>kan ikke læse afdelingerne</translation>
    </message>
    <message>
        <source>%1: organisation number %2 must be a positive number.</source>
        <translation>%1: organisationsnummer %2 skal være et positivt tal.</translation>
    </message>
    <message>
        <source>cannot save organisation %1</source>
        <translation>kan ikke gemme organisation %1</translation>
    </message>
    <message>
        <source>%1: %2 is not a department number (organisation number above 0, department 000-999).</source>
        <translation>%1: %2 er ikke et afdelingsnummer (organisationsnummer over 0, afdeling 000-999).</translation>
    </message>
    <message>
        <source>%1: organisation %2 does not exist; add it before its departments.</source>
        <translation>%1: organisation %2 findes ikke; tilføj den før dens afdelinger.</translation>
    </message>
    <message>
        <source>cannot save department %1</source>
        <translation>kan ikke gemme afdeling %1</translation>
    </message>
    <message>
        <source>cannot read the area numbers</source>
        <translation>kan ikke læse arealnumrene</translation>
    </message>
    <message>
        <source>%1: area %2 needs a polygon.</source>
        <translation>%1: areal %2 skal have en polygon.</translation>
    </message>
    <message>
        <source>%1: area %2: the geometry cannot be converted.</source>
        <translation>%1: areal %2: geometrien kan ikke konverteres.</translation>
    </message>
    <message>
        <source>%1: area %2 needs a date it is valid from.</source>
        <translation>%1: areal %2 skal have en dato, det gælder fra.</translation>
    </message>
    <message>
        <source>%1: area %2 would end (%3) before it begins (%4).</source>
        <translation>%1: areal %2 ville slutte (%3), før det begynder (%4).</translation>
    </message>
    <message>
        <source>%1: %2 is not a department number.</source>
        <translation>%1: %2 er ikke et afdelingsnummer.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a care type of the catalogue %3.</source>
        <translation>%1: &quot;%2&quot; er ikke en plejetype i kataloget %3.</translation>
    </message>
    <message>
        <source>%1: area %2 has no valid size (m²).</source>
        <translation>%1: areal %2 har ingen gyldig størrelse (m²).</translation>
    </message>
    <message>
        <source>cannot write area %1</source>
        <translation>kan ikke skrive areal %1</translation>
    </message>
    <message>
        <source>%1: there is no area version %2.</source>
        <translation>%1: arealversion %2 findes ikke.</translation>
    </message>
    <message>
        <source>%1: area %2 began on %3, so it cannot end on %4.</source>
        <translation>%1: areal %2 begyndte %3 og kan derfor ikke slutte %4.</translation>
    </message>
    <message>
        <source>cannot close area version %1</source>
        <translation>kan ikke afslutte arealversion %1</translation>
    </message>
    <message>
        <source>cannot read the areas</source>
        <translation>kan ikke læse arealerne</translation>
    </message>
    <message>
        <source>cannot read area version %1</source>
        <translation>kan ikke læse arealversion %1</translation>
    </message>
    <message>
        <source>cannot sum the areas</source>
        <translation>kan ikke summere arealerne</translation>
    </message>
    <message>
        <source>cannot read the project summary</source>
        <translation>kan ikke læse projektoversigten</translation>
    </message>
    <message>
        <source>%1: cannot prepare the areas for a bulk insert: %2</source>
        <translation>%1: kan ikke gøre arealerne klar til en stor indlæsning: %2</translation>
    </message>
    <message>
        <source>%1: cannot rebuild the spatial index of the areas: %2</source>
        <translation>%1: kan ikke genopbygge arealernes rumlige indeks: %2</translation>
    </message>
</context>
<context>
    <name>Rtree</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read the spatial index %1</source>
        <translation>kan ikke læse det rumlige indeks %1</translation>
    </message>
    <message>
        <source>the spatial index %1 has an unexpected node size (%2)</source>
        <translation>det rumlige indeks %1 har en uventet knudestørrelse (%2)</translation>
    </message>
    <message>
        <source>cannot read the envelopes of %1</source>
        <translation>kan ikke læse de omskrevne rektangler i %1</translation>
    </message>
    <message>
        <source>cannot clear the spatial index %1</source>
        <translation>kan ikke tømme det rumlige indeks %1</translation>
    </message>
    <message>
        <source>cannot write the spatial index %1</source>
        <translation>kan ikke skrive det rumlige indeks %1</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot create the table %1</source>
        <translation>kan ikke oprette tabellen %1</translation>
    </message>
    <message>
        <source>cannot create the column %1.%2</source>
        <translation>kan ikke oprette kolonnen %1.%2</translation>
    </message>
    <message>
        <source>cannot change the schema</source>
        <translation>kan ikke ændre skemaet</translation>
    </message>
    <message>
        <source>the care_types table is missing</source>
        <translation>tabellen care_types mangler</translation>
    </message>
    <message>
        <source>cannot write care type %1</source>
        <translation>kan ikke skrive plejetype %1</translation>
    </message>
    <message>
        <source>GDAL cannot use the coordinate reference system %1</source>
        <translation>GDAL kan ikke bruge koordinatsystemet %1</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>filen kan ikke læses</translation>
    </message>
    <message>
        <source>this GeoPackage is not an Engdrift project (it has no meta table)</source>
        <translation>denne GeoPackage er ikke et Engdrift-projekt (den har ingen meta-tabel)</translation>
    </message>
    <message>
        <source>the project file is damaged</source>
        <translation>projektfilen er beskadiget</translation>
    </message>
    <message>
        <source>the project has no schema version; it is not an Engdrift project or it is damaged</source>
        <translation>projektet har ingen skemaversion; det er ikke et Engdrift-projekt, eller det er beskadiget</translation>
    </message>
    <message>
        <source>the meta table is missing</source>
        <translation>meta-tabellen mangler</translation>
    </message>
    <message>
        <source>cannot write the project setting %1</source>
        <translation>kan ikke skrive projektindstillingen %1</translation>
    </message>
    <message>
        <source>step to schema version %1: %2</source>
        <translation>trin til skemaversion %1: %2</translation>
    </message>
</context>
<context>
    <name>Tagging</name>
    <message>
        <source>No areas to tag.</source>
        <translation>Ingen arealer at give ny plejetype.</translation>
    </message>
    <message>
        <source>Tagging needs the date the new care type applies from.</source>
        <translation>Skift af plejetype kræver den dato, som den nye plejetype gælder fra.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a care type of the catalogue %2.</source>
        <translation>&quot;%1&quot; er ikke en plejetype i kataloget %2.</translation>
    </message>
    <message>
        <source>%1: there is no area %2.</source>
        <translation>%1: areal %2 findes ikke.</translation>
    </message>
    <message>
        <source>%1: area %2 does not exist on %3; it exists from %4 until %5.</source>
        <translation>%1: areal %2 findes ikke %3; det findes fra %4 til %5.</translation>
    </message>
    <message>
        <source>%1: area %2 does not exist on %3; it exists from %4.</source>
        <translation>%1: areal %2 findes ikke %3; det findes fra %4.</translation>
    </message>
</context>
<context>
    <name>VectorSource</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 findes ikke.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 er tom (0 byte).</translation>
    </message>
    <message>
        <source>%1: the shapefile&apos;s index file (.shx) is missing; a shapefile needs its .shp, .shx and .dbf files side by side.</source>
        <translation>%1: shapefilens indeksfil (.shx) mangler; en shapefil skal have sine .shp-, .shx- og .dbf-filer i samme mappe.</translation>
    </message>
    <message>
        <source>%1: the shapefile&apos;s attribute table (.dbf) is missing; a shapefile needs its .shp, .shx and .dbf files side by side.</source>
        <translation>%1: shapefilens attributtabel (.dbf) mangler; en shapefil skal have sine .shp-, .shx- og .dbf-filer i samme mappe.</translation>
    </message>
    <message>
        <source>%1 is not a vector file that GDAL can read.</source>
        <translation>%1 er ikke en vektorfil, som GDAL kan læse.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>%1 holds no vector layers.</source>
        <translation>%1 indeholder ingen vektorlag.</translation>
    </message>
    <message>
        <source>%1 has no layer &quot;%2&quot;; its layers are: %3</source>
        <translation>%1 har intet lag &quot;%2&quot;; filens lag er: %3</translation>
    </message>
    <message>
        <source>%1 has %2 layers; choose the one to import with --layer: %3</source>
        <translation>%1 har %2 lag; vælg det, der skal importeres, med --layer: %3</translation>
    </message>
</context>
</TS>
