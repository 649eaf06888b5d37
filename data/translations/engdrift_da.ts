<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name></name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>ukendt nøgle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; skal være en tekst</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>&quot;%1&quot; skal være et tal fra %2 til %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; skal være true eller false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text or {&quot;da&quot;: ..., &quot;en&quot;: ...}</source>
        <translation>&quot;%1&quot; skal være en tekst eller {&quot;da&quot;: ..., &quot;en&quot;: ...}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of element ids</source>
        <translation>&quot;%1&quot; skal være en liste af element-id&apos;er</translation>
    </message>
    <message>
        <source>The layout template %1 cannot be read: %2</source>
        <translation>Layoutskabelonen %1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>%1, element &quot;%2&quot;: the picture %3 cannot be read.</source>
        <translation>%1, element &quot;%2&quot;: billedet %3 kan ikke læses.</translation>
    </message>
    <message>
        <source>%1 is not a layout template: broken JSON at byte %2 (%3).</source>
        <translation>%1 er ikke en layoutskabelon: fejl i JSON ved byte %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not a layout template: the text is not a JSON object.</source>
        <translation>%1 er ikke en layoutskabelon: teksten er ikke et JSON-objekt.</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>skabelonen</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;engdrift-layout&quot;</source>
        <translation>&quot;format&quot; skal være &quot;engdrift-layout&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1 (this program reads version 1)</source>
        <translation>&quot;version&quot; skal være 1 (dette program læser version 1)</translation>
    </message>
    <message>
        <source>the page size must be A2, A3, A4 or A5</source>
        <translation>sidestørrelsen skal være A2, A3, A4 eller A5</translation>
    </message>
    <message>
        <source>the orientation must be portrait or landscape</source>
        <translation>retningen skal være portrait eller landscape</translation>
    </message>
    <message>
        <source>&quot;elements&quot; must be a list</source>
        <translation>&quot;elements&quot; skal være en liste</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>element %1</translation>
    </message>
    <message>
        <source>element &quot;%1&quot;</source>
        <translation>element &quot;%1&quot;</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>det er ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>id&apos;et bruges to gange</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an element type (text, map, legend, table, scale-bar, north-arrow, image, chart, line, notes)</source>
        <translation>&quot;%1&quot; er ikke en elementtype (text, map, legend, table, scale-bar, north-arrow, image, chart, line, notes)</translation>
    </message>
    <message>
        <source>&quot;rect&quot; must be [x, y, width, height] in millimetres, with a width above 0</source>
        <translation>&quot;rect&quot; skal være [x, y, bredde, højde] i millimeter, med en bredde over 0</translation>
    </message>
    <message>
        <source>&quot;rect&quot; reaches outside the page (%1 x %2 mm)</source>
        <translation>&quot;rect&quot; går uden for siden (%1 x %2 mm)</translation>
    </message>
    <message>
        <source>&quot;align&quot; must be words of left, center, right, top, middle, bottom</source>
        <translation>&quot;align&quot; skal være ord blandt left, center, right, top, middle, bottom</translation>
    </message>
    <message>
        <source>&quot;view&quot; must be today or proposal</source>
        <translation>&quot;view&quot; skal være today eller proposal</translation>
    </message>
    <message>
        <source>an image needs a &quot;file&quot;</source>
        <translation>et billede skal have en &quot;file&quot;</translation>
    </message>
    <message>
        <source>a text element needs a &quot;text&quot;</source>
        <translation>et tekstelement skal have en &quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;same-scale-as&quot; names &quot;%1&quot;, which is not another map of the template</source>
        <translation>&quot;same-scale-as&quot; nævner &quot;%1&quot;, som ikke er et andet kort i skabelonen</translation>
    </message>
    <message>
        <source>it needs the map(s) it belongs to (&quot;maps&quot;)</source>
        <translation>det skal have det eller de kort, det hører til (&quot;maps&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a map of the template</source>
        <translation>&quot;%1&quot; er ikke et kort i skabelonen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a layout of Engdrift (%2) nor a template file.</source>
        <translation>&quot;%1&quot; er hverken et af Engdrifts layouts (%2) eller en skabelonfil.</translation>
    </message>
    <message>
        <source>&quot;colour&quot; must be a colour written #RRGGBB or #RRGGBBAA</source>
        <translation>&quot;colour&quot; skal være en farve skrevet #RRGGBB eller #RRGGBBAA</translation>
    </message>
    <message>
        <source>&quot;layer&quot; must be areas or zones</source>
        <translation>&quot;layer&quot; skal være areas eller zones</translation>
    </message>
    <message>
        <source>&quot;chart&quot; must be care-area, adoption, share or mowing-calendar</source>
        <translation>&quot;chart&quot; skal være care-area, adoption, share eller mowing-calendar</translation>
    </message>
    <message>
        <source>&quot;table&quot; must be care-type-change, care-types, mowing-effect, mowing-zones, nature-value or departments</source>
        <translation>&quot;table&quot; skal være care-type-change, care-types, mowing-effect, mowing-zones, nature-value eller departments</translation>
    </message>
</context>
<context>
    <name>Adoption</name>
    <message>
        <source>proposed</source>
        <translation>forslag udarbejdet</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>rådgivers analyse</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>møde holdt</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>vedtaget</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>forkastet</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>udsat</translation>
    </message>
    <message>
        <source>implemented</source>
        <translation>omlægning gennemført</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>trukket tilbage</translation>
    </message>
    <message>
        <source>department meeting</source>
        <translation>afdelingsmøde</translation>
    </message>
    <message>
        <source>extraordinary meeting</source>
        <translation>ekstraordinært afdelingsmøde</translation>
    </message>
    <message>
        <source>board decision</source>
        <translation>bestyrelsesbeslutning</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>udkast</translation>
    </message>
    <message>
        <source>carried out</source>
        <translation>gennemført</translation>
    </message>
</context>
<context>
    <name>AdoptionAnalysis</name>
    <message>
        <source>Department %1: %2 on %3 needs an adoption before it</source>
        <translation>Afdeling %1: %2 den %3 kræver en tidligere vedtagelse</translation>
    </message>
    <message>
        <source>Department %1: the %2 event needs a real date</source>
        <translation>Afdeling %1: hændelsen &quot;%2&quot; skal have en gyldig dato</translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 is before the department exists (its first area is from %4)</source>
        <translation>Afdeling %1: %2 den %3 ligger før afdelingen findes (dens første areal er fra %4)</translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 cannot have a meeting body (%4): only a meeting or its outcome can</source>
        <translation>Afdeling %1: %2 den %3 kan ikke have et besluttende organ (%4): det kan kun et møde eller dets udfald</translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 cannot have votes: only a meeting or its outcome can</source>
        <translation>Afdeling %1: %2 den %3 kan ikke have stemmer: det kan kun et møde eller dets udfald</translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 has a negative count (%4 for, %5 against, %6 blank, %7 households)</source>
        <translation>Afdeling %1: %2 den %3 har et negativt antal (%4 for, %5 imod, %6 blanke, %7 husstande)</translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 has votes but no households: the number of households must be above 0</source>
        <translation>Afdeling %1: %2 den %3 har stemmer, men ingen husstande: antallet af husstande skal være over 0</translation>
    </message>
    <message>
        <source>Department %1: %2 on %3: %4 votes for, against and blank from %5 households: at most two votes per household (%6)</source>
        <translation>Afdeling %1: %2 den %3: %4 stemmer for, imod og blanke fra %5 husstande: højst to stemmer pr. husstand (%6)</translation>
    </message>
    <message>
        <source>Department %1 is not in the project.</source>
        <translation>Afdeling %1 findes ikke i projektet.</translation>
    </message>
    <message>
        <source>Department %1 has no adoption event %2.</source>
        <translation>Afdeling %1 har ingen hændelse %2 i beslutningsforløbet.</translation>
    </message>
    <message>
        <source>Not proposed</source>
        <translation>Ikke foreslået</translation>
    </message>
    <message>
        <source>Proposed %1</source>
        <translation>Foreslået %1</translation>
    </message>
    <message>
        <source>Meeting held %1</source>
        <translation>Møde holdt %1</translation>
    </message>
    <message>
        <source>Adopted %1</source>
        <translation>Vedtaget %1</translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation>Forkastet %1</translation>
    </message>
    <message>
        <source>Postponed %1</source>
        <translation>Udsat %1</translation>
    </message>
    <message>
        <source>Implemented %1</source>
        <translation>Omlagt %1</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Trukket tilbage %1</translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 has no proposal on record before it</source>
        <translation>Afdeling %1: der er intet forslag registreret før %2 den %3</translation>
    </message>
    <message>
        <source>%1 for, %2 against, %3 blank; %4 households</source>
        <translation>%1 for, %2 imod, %3 blanke; %4 husstande</translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 (%4) is already in the record</source>
        <translation>Afdeling %1: %2 den %3 (%4) er allerede registreret</translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 is already in the record</source>
        <translation>Afdeling %1: %2 den %3 er allerede registreret</translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 names proposal %4, which is not in the project</source>
        <translation>Afdeling %1: %2 den %3 henviser til forslag %4, som ikke findes i projektet</translation>
    </message>
    <message>
        <source>Department %1: %2 on %3 names proposal %4 (&quot;%5&quot;) of department %6</source>
        <translation>Afdeling %1: %2 den %3 henviser til forslag %4 (&quot;%5&quot;) fra afdeling %6</translation>
    </message>
    <message>
        <source>not proposed</source>
        <translation>ikke foreslået</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>foreslået</translation>
    </message>
    <message>
        <source>meeting held</source>
        <translation>møde holdt</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>vedtaget</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>forkastet</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>udsat</translation>
    </message>
    <message>
        <source>carried out</source>
        <translation>omlagt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>trukket tilbage</translation>
    </message>
</context>
<context>
    <name>AssumptionWords</name>
    <message>
        <source>hours per hectare per cut</source>
        <translation>timer pr. hektar pr. slåning</translation>
    </message>
    <message>
        <source>litres of fuel per hectare per cut</source>
        <translation>liter brændstof pr. hektar pr. slåning</translation>
    </message>
    <message>
        <source>trimming adds this share of the mowing hours</source>
        <translation>trimning lægger denne andel til slåningstimerne</translation>
    </message>
    <message>
        <source>hours per hectare per year</source>
        <translation>timer pr. hektar pr. år</translation>
    </message>
    <message>
        <source>h/ha/cut</source>
        <translation>t/ha/slåning</translation>
    </message>
    <message>
        <source>l/ha/cut</source>
        <translation>l/ha/slåning</translation>
    </message>
    <message>
        <source>h/ha/year</source>
        <translation>t/ha/år</translation>
    </message>
    <message>
        <source>m²/h</source>
        <translation>m²/t</translation>
    </message>
    <message>
        <source>DKK/h</source>
        <translation>kr./t</translation>
    </message>
    <message>
        <source>DKK/m²/year</source>
        <translation>kr./m²/år</translation>
    </message>
    <message>
        <source>h/week</source>
        <translation>t/uge</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1: internal error: an atomic file is opened once, for writing only.</source>
        <translation>%1: intern fejl: en atomisk fil åbnes kun én gang og kun til skrivning.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 er en mappe; angiv et filnavn.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>%1 kan ikke skrives: mappen %2 findes ikke.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kan ikke skrives.</translation>
    </message>
    <message>
        <source>%1: internal error: nothing was written.</source>
        <translation>%1: intern fejl: intet blev skrevet.</translation>
    </message>
    <message>
        <source>%1 cannot be put in place.</source>
        <translation>%1 kan ikke lægges på plads.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>The background %1 cannot be opened: %2</source>
        <translation>Baggrunden %1 kan ikke åbnes: %2</translation>
    </message>
    <message>
        <source>not a raster GDAL can read</source>
        <translation>ikke et rasterbillede, som GDAL kan læse</translation>
    </message>
    <message>
        <source>The background %1 has no raster bands.</source>
        <translation>Baggrunden %1 har ingen rasterbånd.</translation>
    </message>
    <message>
        <source>The background %1 does not say which coordinate reference system it uses.</source>
        <translation>Baggrunden %1 oplyser ikke, hvilket koordinatsystem den bruger.</translation>
    </message>
    <message>
        <source>The background %1 cannot be shown in %2: %3</source>
        <translation>Baggrunden %1 kan ikke vises i %2: %3</translation>
    </message>
    <message>
        <source>The background %1 has no north-up georeferencing.</source>
        <translation>Baggrunden %1 har ingen nordvendt georeference.</translation>
    </message>
    <message>
        <source>The background %1 cannot be drawn this large.</source>
        <translation>Baggrunden %1 kan ikke tegnes så stor.</translation>
    </message>
    <message>
        <source>The background %1 cannot be read: %2</source>
        <translation>Baggrunden %1 kan ikke læses: %2</translation>
    </message>
</context>
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
    <message>
        <source>must be two whole numbers of days 0-120, the earliest first</source>
        <translation>skal være to hele antal dage 0-120, det tidligste først</translation>
    </message>
    <message>
        <source>needs clippings that are collected</source>
        <translation>kræver afklip der opsamles</translation>
    </message>
    <message>
        <source>Catalogue %1: field &quot;path_care&quot; must be an object</source>
        <translation>Kataloget %1: feltet &quot;path_care&quot; skal være et objekt</translation>
    </message>
    <message>
        <source>Catalogue %1, path care &quot;%2&quot;</source>
        <translation>Kataloget %1, pleje af stier &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be a regime that cuts at least once a year</source>
        <translation>skal være et regime der slår mindst én gang om året</translation>
    </message>
    <message>
        <source>lists FKG code %1 twice</source>
        <translation>angiver FKG-kode %1 to gange</translation>
    </message>
    <message>
        <source>must be good, fairly_good, moderate, fairly_poor or poor</source>
        <translation>skal være good, fairly_good, moderate, fairly_poor eller poor</translation>
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
    <message>
        <source>Picture size in pixels (default 1920x1080).</source>
        <translation>Billedets størrelse i pixel (standard 1920x1080).</translation>
    </message>
    <message>
        <source>Show the department with this organisation number (use with --dept).</source>
        <translation>Vis afdelingen med dette organisationsnummer (bruges med --dept).</translation>
    </message>
    <message>
        <source>Draw the map as it was or will be on this date (default today).</source>
        <translation>Tegn kortet, som det var eller bliver på denne dato (standard i dag).</translation>
    </message>
    <message>
        <source>Draw no labels.</source>
        <translation>Tegn ingen etiketter.</translation>
    </message>
    <message>
        <source>--out FILE.png is required</source>
        <translation>--out FILE.png skal angives</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, 16-20000 pixels each</source>
        <translation>--size skal være BREDDExHØJDE, hver 16-20000 pixel</translation>
    </message>
    <message>
        <source>give --extent or --org/--dept, not both</source>
        <translation>angiv --extent eller --org/--dept, ikke begge dele</translation>
    </message>
    <message>
        <source>--extent must be XMIN,YMIN,XMAX,YMAX with XMIN &lt; XMAX and YMIN &lt; YMAX</source>
        <translation>--extent skal være XMIN,YMIN,XMAX,YMAX med XMIN &lt; XMAX og YMIN &lt; YMAX</translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation>%1: afdeling %2 findes ikke.</translation>
    </message>
    <message>
        <source>%1: there are no areas to draw.</source>
        <translation>%1: der er ingen arealer at tegne.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 x %3 pixels, %n area(s), drawn in %4 ms)</source>
        <translation>
            <numerusform>Skrev %1 (%2 x %3 pixel, %n areal, tegnet på %4 ms)</numerusform>
            <numerusform>Skrev %1 (%2 x %3 pixel, %n arealer, tegnet på %4 ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>A raster under the map: a GeoTIFF orthophoto or any GDAL raster source (WMS when online).</source>
        <translation>Et rasterbillede under kortet: et GeoTIFF-ortofoto eller en anden GDAL-rasterkilde (WMS, når der er net).</translation>
    </message>
    <message>
        <source>How opaque the fills are over the background, 0-1 (default 0.6).</source>
        <translation>Hvor dækkende fladerne er over baggrunden, 0-1 (standard 0,6).</translation>
    </message>
    <message>
        <source>--opacity must be a number from 0 to 1</source>
        <translation>--opacity skal være et tal fra 0 til 1</translation>
    </message>
    <message>
        <source>Draw the map as this proposal plans it (its id, see engdrift-cli proposals).</source>
        <translation>Tegn kortet, som dette forslag planlægger det (dets id, se engdrift-cli proposals).</translation>
    </message>
    <message>
        <source>--proposal must be a proposal id (a whole number)</source>
        <translation>--proposal skal være et forslags id (et helt tal)</translation>
    </message>
    <message>
        <source>%1: there is no proposal %2.</source>
        <translation>%1: der findes intet forslag %2.</translation>
    </message>
    <message>
        <source>Date the areas are valid from (default today); they cannot be tagged from an earlier date.</source>
        <translation>Den dato, arealerne gælder fra (standard i dag); de kan ikke få ny plejetype fra en tidligere dato.</translation>
    </message>
    <message>
        <source>Date field of the source with each area&apos;s start (where it is empty: --valid-from).</source>
        <translation>Datofelt i kilden med hvert areals startdato (hvor det er tomt: --valid-from).</translation>
    </message>
    <message>
        <source>Name of the department when the import creates it.</source>
        <translation>Afdelingens navn, når importen opretter den.</translation>
    </message>
    <message>
        <source>Import even if the file was already imported into the department.</source>
        <translation>Importer, selv om filen allerede er importeret til afdelingen.</translation>
    </message>
    <message>
        <source>--dept-name needs --org and --dept</source>
        <translation>--dept-name kræver --org og --dept</translation>
    </message>
    <message>
        <source>; nothing was imported. Give --again to import it once more, or undo that import with: engdrift-cli unimport %1 --import %2</source>
        <translation>; intet blev importeret. Angiv --again for at importere den igen, eller fortryd den import med: engdrift-cli unimport %1 --import %2</translation>
    </message>
    <message>
        <source>; nothing was imported. Give --again to import it once more.</source>
        <translation>; intet blev importeret. Angiv --again for at importere den igen.</translation>
    </message>
    <message>
        <source>import %1; undo it with: engdrift-cli unimport %2 --import %1</source>
        <translation>import %1; fortryd den med: engdrift-cli unimport %2 --import %1</translation>
    </message>
    <message>
        <source>the areas start today (%1); give --valid-from for an earlier start, or move it with: engdrift-cli department %2 --org N --dept NNN --correct-start DATE</source>
        <translation>arealerne starter i dag (%1); angiv --valid-from for en tidligere start, eller flyt den med: engdrift-cli department %2 --org N --dept NNN --correct-start DATE</translation>
    </message>
    <message>
        <source>%1 (or field %2)</source>
        <translation>%1 (eller feltet %2)</translation>
    </message>
    <message>
        <source>The import to undo (see engdrift-cli imports).</source>
        <translation>Den import, der skal fortrydes (se engdrift-cli imports).</translation>
    </message>
    <message>
        <source>--import ID is required</source>
        <translation>--import ID skal angives</translation>
    </message>
    <message>
        <source>--import: &quot;%1&quot; is not an import ID</source>
        <translation>--import: &quot;%1&quot; er ikke et import-ID</translation>
    </message>
    <message numerus="yes">
        <source>Undid import %1 (%2): deleted %n area version(s)</source>
        <translation>
            <numerusform>Fortrød import %1 (%2): slettede %n arealversion</numerusform>
            <numerusform>Fortrød import %1 (%2): slettede %n arealversioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; removed the %n department(s) it had created (%1)</source>
        <translation>
            <numerusform>; fjernede den afdeling, importen havde oprettet (%1)</numerusform>
            <numerusform>; fjernede de %n afdelinger, importen havde oprettet (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>The picture to write: PNG or JPEG, or a GeoTIFF (.tif) with the project&apos;s CRS and the map&apos;s position.</source>
        <translation>Det billede, der skal skrives: PNG eller JPEG, eller en GeoTIFF (.tif) med projektets koordinatsystem og kortets placering.</translation>
    </message>
    <message>
        <source>Also write a world file beside the picture (.pgw beside a PNG, .jgw beside a JPEG) that places it on the map in the project CRS.</source>
        <translation>Skriv også en world-fil ved siden af billedet (.pgw ved en PNG, .jgw ved en JPEG), der placerer det på kortet i projektets koordinatsystem.</translation>
    </message>
    <message>
        <source>The map rectangle to show, in the project CRS, exactly to its edges. When its shape differs from the picture&apos;s, the picture keeps its size, the rectangle is shown whole in the middle at the scale of the tighter side, and the map goes on beside it (as QGIS does). Without --extent the map shows the department or everything with a margin.</source>
        <translation>Det kortudsnit, der skal vises, i projektets koordinatsystem, præcis til kanterne. Har det en anden form end billedet, beholder billedet sin størrelse, udsnittet vises helt i midten i den snævreste sides målestok, og kortet fortsætter ved siden af (som i QGIS). Uden --extent viser kortet afdelingen eller det hele med en margen.</translation>
    </message>
    <message>
        <source>--out: cannot write pictures of type &quot;%1&quot;; use .png, .jpg or .tif</source>
        <translation>--out: kan ikke skrive billeder af typen &quot;%1&quot;; brug .png, .jpg eller .tif</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importeret</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Areas from</source>
        <translation>Arealer fra</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Arealer</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Fortrudt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Source feature</source>
        <translation>Kildeobjekt</translation>
    </message>
    <message>
        <source>engdrift-cli: warning: %1</source>
        <translation>engdrift-cli: advarsel: %1</translation>
    </message>
    <message>
        <source>--org must be an organisation number above 0 (got &quot;%1&quot;)</source>
        <translation>--org skal være et organisationsnummer over 0 (fik &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advarsel: %1</translation>
    </message>
    <message>
        <source>--area and --%1 are required</source>
        <translation>--area og --%1 skal angives</translation>
    </message>
    <message>
        <source>The habitat condition: good, fairly_good, moderate, fairly_poor, poor, or default (the care type&apos;s).</source>
        <translation>Naturtilstanden: good (god), fairly_good (ret god), moderate (moderat), fairly_poor (ret dårlig), poor (dårlig) eller default (plejetypens standard).</translation>
    </message>
    <message>
        <source>The date the condition applies from.</source>
        <translation>Datoen tilstanden gælder fra.</translation>
    </message>
    <message>
        <source>--condition: &quot;%1&quot; is not a condition (good, fairly_good, moderate, fairly_poor, poor or default)</source>
        <translation>--condition: &quot;%1&quot; er ikke en tilstand (good, fairly_good, moderate, fairly_poor, poor eller default)</translation>
    </message>
    <message>
        <source>the care type&apos;s default</source>
        <translation>plejetypens standard</translation>
    </message>
    <message numerus="yes">
        <source>Recorded the condition of %n area(s) as %1 from %2</source>
        <translation>
            <numerusform>Registrerede tilstanden for %n areal som %1 fra %2</numerusform>
            <numerusform>Registrerede tilstanden for %n arealer som %1 fra %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already had that condition</source>
        <translation>
            <numerusform>; %n havde allerede den tilstand</numerusform>
            <numerusform>; %n havde allerede den tilstand</numerusform>
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
        <translation>engdrift-cli: naturvenlige udearealer i almene boligafdelinger, fra kommandolinjen

brug: engdrift-cli COMMAND [OPTIONS]

kommandoer:
  new PROJECT [--crs EPSG:25832]                 opret en projektfil (*.engdrift.gpkg)
  import PROJECT SOURCE [options]                importer polygonerne fra en GIS-fil
  imports PROJECT [--json|--csv]                 importerne, så en af dem kan fortrydes
  unimport PROJECT --import ID                   fortryd en import (hvis dens arealer ikke er ændret siden)
  info PROJECT [--json]                          oversigt over et projekt
  areas PROJECT [--at DATE] [--org N --dept NNN] [--json|--csv]
                                                 de arealer, der gælder på en dato
  stats PROJECT [--at DATE] [--by department|care-type|department,care-type] [--json|--csv]
                                                 arealsummer (plane m²)
  tag PROJECT --area ID[,ID...] --care-type CODE --from DATE
                                                 giv arealer en ny plejetype fra en dato
  condition PROJECT --area ID[,ID...] --condition good|fairly_good|moderate|fairly_poor|poor|default
            --from DATE                          registrér arealers naturtilstand fra en dato
  render PROJECT --out FILE.png [--size WxH] [--extent XMIN,YMIN,XMAX,YMAX | --org N --dept NNN]
         [--at DATE] [--proposal ID]              tegn kortet (som et forslag planlægger det) som et billede
  adopt PROJECT --org N --dept NNN --event KIND --date DATE [--body BODY]
        [--for N --against N --blank N --households N] [--note TEXT] [--minutes REF] [--proposal ID]
                                                 registrer en hændelse i en afdelings
                                                 beslutningsforløb
  adoption PROJECT [--org N --dept NNN] [--at DATE] [--json|--csv]
                                                 hændelserne i beslutningsforløbet eller hver
                                                 afdelings status på en dato, og hvor mange der
                                                 har vedtaget
  department PROJECT [--org N --dept NNN [--name TEXT] [--address TEXT] [--homes N]
             [--significance low|medium|high]
             | --delete | --correct-start DATE [--note TEXT]] [--json|--csv]
                                                 vis afdelingerne, giv en afdeling navn (opretter
                                                 den), slet en tom afdeling, eller flyt dens
                                                 arealers startdato
  proposals PROJECT [--org N --dept NNN] [--json|--csv]
                                                 forslagene med deres planlagte arealer og stier
  timeline PROJECT --from DATE --to DATE --step month|quarter|year [--org N --dept NNN]
           [--json|--csv]                        areal efter plejetype ved hvert trin, med den
                                                 naturvenlige andel
  plot PROJECT --kind care-area|care-units|adoption|share --out FILE.png|pdf|svg [--size WxH]
       [--org N --dept NNN] [--from DATE --to DATE --step month|quarter|year] [--at DATE]
                                                 tegn et diagram: areal eller biodiversitetsenheder
                                                 efter plejetype, eller vedtagelse, over tid; eller
                                                 den naturvenlige andel pr. afdeling
  export-map PROJECT --org N --dept NNN --out FILE.pdf|png|svg [--layout vote-a3|vote-a4|map-a4]
       [--proposal ID] [--at DATE] [--meeting DATE] [--dpi N]
                                                 afstemningsarket (i dag og forslaget side om
                                                 side) eller en kortside, til tryk
  atlas PROJECT --out FILE.pdf [--org N [--dept NNN,...]] [--layout LAYOUT] [--at DATE]
                                                 en side pr. afdeling i én PDF, efter en
                                                 indholdsfortegnelse
  report PROJECT --out FILE.pdf|csv|xlsx [--org N] [--from DATE --to DATE]
                                                 vedtagelsesrapporten: hver afdelings status,
                                                 stemmer og naturvenlige andel, totaler pr.
                                                 organisation og diagrammer, til bestyrelsen
  export-data PROJECT --out FILE.gpkg|shp|geojson [--org N [--dept NNN]] [--at DATE]
       [--proposal ID] [--lang da|en] [--overwrite]
                                                 kortet til andre GIS: dets arealer og slåede
                                                 stier med plejetypernes navne og farver
  style PROJECT --qml|--sld --out FILE [--layer areas|paths]
                                                 skriv QGIS-stilen for arealerne eller stierne
  workload PROJECT [--org N [--dept NNN]] [--at DATE] [--season YYYY] [--proposal ID] [--json|--csv]
                                                 anslåede slåtimer, brændstof, CO2 og udgift pr.
                                                 afdeling, ved siden af alt græs som plæne og
                                                 tilstanden før forslaget, med forudsætningerne
  mowing-plan PROJECT --org N --dept NNN [--season YYYY] [--at DATE] [--proposal ID]
              --out FILE.pdf|png|svg|csv|gpkg|geojson [--layout mowing-a4|mowing-a3]
                                                 afdelingens nummererede slåzoner til holdet: en
                                                 side med kortet, zonetabellen og sæsonkalenderen,
                                                 eller zonerne som data
  zones PROJECT --org N --dept NNN [--at DATE] [--season YYYY] [--json|--csv]
        [--rename N --name NAME | --renumber N --to M | --clear-override N --season YYYY
         | --override N --season YYYY [--cuts K] [--months M,M] [--clippings KIND]
           [--cut-height CM[-CM]] [--removal-days D[-D]] [--equipment CODE]] --from DATE
                                                 afdelingens slåzoner (nummer, navn, regime, m²);
                                                 omdøb eller omnummerér en zone, eller ændr dens
                                                 regime for en sæson, fra en dato
  nature PROJECT [--org N [--dept NNN]] [--at DATE] [--proposal ID] [--distance M] [--json|--csv]
         [--out FILE.gpkg|geojson]               biodiversitetsenheder (med deres formler),
                                                 grønningsfaktor, netværk af naturvenlige
                                                 pletter for insekter, og de plæner hvis
                                                 omlægning ville forbinde netværk
  assumptions PROJECT [--set KEY=VALUE ...] [--json|--csv]
                                                 vis eller ret projektets forudsætninger for
                                                 arbejdstid, brændstof, CO2 og udgift
  check PROJECT [--repair] [--json]              kontrollér skemaet, filens integritet, de rumlige
                                                 indekser og hver versions form og datoer; --repair
                                                 genopbygger indekserne og afdelingernes udstrækning
  upgrade PROJECT                                bring et projekt fra en ældre Engdrift op på
                                                 dette programs skema
  copy SOURCE DEST                               kopiér et helt projekt med hele dets historik til en
                                                 ny fil eller en PostgreSQL-database

Kør engdrift-cli COMMAND --help for at se en kommandos tilvalg. Datoer skrives YYYY-MM-DD.
Returkode: 0 gennemført, 1 ugyldige inddata, 2 forkert brug.
</translation>
    </message>
</context>
<context>
    <name>CliAdopt</name>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation>--%1: &quot;%2&quot; er ikke et heltal</translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation>%1: afdeling %2 findes ikke.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n department(s) adopted at %2</source>
        <translation>
            <numerusform>%1 af %n afdeling har vedtaget pr. %2</numerusform>
            <numerusform>%1 af %n afdelinger har vedtaget pr. %2</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation> (%1 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) without areas at that date are not counted</source>
        <translation>
            <numerusform>%n afdeling uden arealer på den dato er ikke talt med</numerusform>
            <numerusform>%n afdelinger uden arealer på den dato er ikke talt med</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation number of the department.</source>
        <translation>Afdelingens organisationsnummer.</translation>
    </message>
    <message>
        <source>Department number.</source>
        <translation>Afdelingsnummer.</translation>
    </message>
    <message>
        <source>What happened: proposed, analysis, meeting, adopted, rejected, postponed, implemented or withdrawn.</source>
        <translation>Hvad der skete: proposed, analysis, meeting, adopted, rejected, postponed, implemented eller withdrawn.</translation>
    </message>
    <message>
        <source>The date it happened.</source>
        <translation>Den dato, det skete.</translation>
    </message>
    <message>
        <source>Who decided: department_meeting, extraordinary_meeting or board.</source>
        <translation>Hvem der besluttede: department_meeting, extraordinary_meeting eller board.</translation>
    </message>
    <message>
        <source>Votes for.</source>
        <translation>Stemmer for.</translation>
    </message>
    <message>
        <source>Votes against.</source>
        <translation>Stemmer imod.</translation>
    </message>
    <message>
        <source>Blank votes.</source>
        <translation>Blanke stemmer.</translation>
    </message>
    <message>
        <source>Households present (two votes each at most).</source>
        <translation>Fremmødte husstande (højst to stemmer hver).</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>En note.</translation>
    </message>
    <message>
        <source>Where the minutes are (a link or a file name).</source>
        <translation>Hvor referatet findes (et link eller et filnavn).</translation>
    </message>
    <message>
        <source>The proposal the event is about.</source>
        <translation>Det forslag, hændelsen drejer sig om.</translation>
    </message>
    <message>
        <source>--org N --dept NNN is required</source>
        <translation>--org N --dept NNN skal angives</translation>
    </message>
    <message>
        <source>--event KIND is required</source>
        <translation>--event KIND skal angives</translation>
    </message>
    <message>
        <source>--event: &quot;%1&quot; is not one of proposed, analysis, meeting, adopted, rejected, postponed, implemented, withdrawn</source>
        <translation>--event: &quot;%1&quot; er ikke en af proposed, analysis, meeting, adopted, rejected, postponed, implemented, withdrawn</translation>
    </message>
    <message>
        <source>--body: &quot;%1&quot; is not one of department_meeting, extraordinary_meeting, board</source>
        <translation>--body: &quot;%1&quot; er ikke en af department_meeting, extraordinary_meeting, board</translation>
    </message>
    <message>
        <source>--proposal: &quot;%1&quot; is not a proposal ID</source>
        <translation>--proposal: &quot;%1&quot; er ikke et forslags-id</translation>
    </message>
    <message>
        <source>Recorded: %1 %2 for department %3</source>
        <translation>Registreret: %1 %2 for afdeling %3</translation>
    </message>
    <message>
        <source> (%1 for, %2 against, %3 blank; %4 households)</source>
        <translation> (%1 for, %2 imod, %3 blanke; %4 husstande)</translation>
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
        <source>Instead of the events: each department&apos;s status at this date, and how many adopted.</source>
        <translation>I stedet for hændelserne: hver afdelings status på denne dato, og hvor mange der har vedtaget.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>Skriv JSON.</translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation>Skriv CSV.</translation>
    </message>
    <message>
        <source>Proposal %1 &quot;%2&quot; is now %3</source>
        <translation>Forslag %1 &quot;%2&quot; er nu %3</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>bemærk: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besluttet af</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Imod</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blanke</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Husstande</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>First area</source>
        <translation>Første areal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Omlægning</translation>
    </message>
    <message>
        <source>Planned areas</source>
        <translation>Planlagte arealer</translation>
    </message>
    <message>
        <source>Planned m²</source>
        <translation>Planlagt m²</translation>
    </message>
    <message>
        <source>Mown paths</source>
        <translation>Slåede stier</translation>
    </message>
    <message>
        <source>Path length (m)</source>
        <translation>Stilængde (m)</translation>
    </message>
</context>
<context>
    <name>CliCheck</name>
    <message>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projekt</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>, række %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source> [repairable: check --repair]</source>
        <translation> [kan repareres: check --repair]</translation>
    </message>
    <message>
        <source>%1: no problems found (%2 area versions, %3 path versions, %4 zone versions, %5 departments checked).</source>
        <translation>%1: ingen problemer fundet (%2 arealversioner, %3 stiversioner, %4 zoneversioner og %5 afdelinger kontrolleret).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found, %2 of them repairable with check --repair.</source>
        <translation>
            <numerusform>%1: %n problem fundet; %2 kan repareres med check --repair.</numerusform>
            <numerusform>%1: %n problemer fundet, %2 af dem kan repareres med check --repair.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuild what can be rebuilt from the tables (spatial indexes, department extents) in one transaction, then check again. Versions are never changed.</source>
        <translation>Genopbyg det, der kan genopbygges ud fra tabellerne (rumlige indekser, afdelingernes udstrækning), i én transaktion, og kontrollér derefter igen. Versioner ændres aldrig.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>Skriv JSON.</translation>
    </message>
    <message>
        <source>Nothing to rebuild.</source>
        <translation>Intet at genopbygge.</translation>
    </message>
    <message>
        <source>Not repaired (for a person to decide):</source>
        <translation>Ikke repareret (skal afgøres af en person):</translation>
    </message>
    <message>
        <source>Nothing was repaired: %1</source>
        <translation>Intet blev repareret: %1</translation>
    </message>
    <message>
        <source>The repair of %1 failed and changed nothing: %2</source>
        <translation>Reparationen af %1 mislykkedes og ændrede intet: %2</translation>
    </message>
    <message>
        <source>Repaired: %1</source>
        <translation>Repareret: %1</translation>
    </message>
</context>
<context>
    <name>CliCopy</name>
    <message>
        <source>Do not print progress.</source>
        <translation>Vis ikke fremdrift.</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>Kopierer %1</translation>
    </message>
    <message>
        <source>Copied %1 to %2 in %3 s:</source>
        <translation>Kopierede %1 til %2 på %3 s:</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisationer</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>afdelinger</translation>
    </message>
    <message>
        <source>area versions</source>
        <translation>arealversioner</translation>
    </message>
    <message>
        <source>path versions</source>
        <translation>stiversioner</translation>
    </message>
    <message>
        <source>mowing zone versions</source>
        <translation>slåzoneversioner</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>forslag</translation>
    </message>
    <message>
        <source>adoption events</source>
        <translation>hændelser i beslutningsforløbet</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>importer</translation>
    </message>
    <message>
        <source>corrections</source>
        <translation>rettelser</translation>
    </message>
    <message>
        <source>project settings</source>
        <translation>projektindstillinger</translation>
    </message>
</context>
<context>
    <name>CliDepartment</name>
    <message>
        <source>%1: there is no department %2.</source>
        <translation>%1: afdeling %2 findes ikke.</translation>
    </message>
    <message numerus="yes">
        <source>Start corrected on %1 from %2 to %3 (%n area version(s))</source>
        <translation>
            <numerusform>Startdato rettet %1 fra %2 til %3 (%n arealversion)</numerusform>
            <numerusform>Startdato rettet %1 fra %2 til %3 (%n arealversioner)</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation number of the department.</source>
        <translation>Afdelingens organisationsnummer.</translation>
    </message>
    <message>
        <source>Department number.</source>
        <translation>Afdelingsnummer.</translation>
    </message>
    <message>
        <source>The department&apos;s name (creates the department when missing).</source>
        <translation>Afdelingens navn (opretter afdelingen, hvis den mangler).</translation>
    </message>
    <message>
        <source>Its address.</source>
        <translation>Dens adresse.</translation>
    </message>
    <message>
        <source>Its number of homes.</source>
        <translation>Dens antal boliger.</translation>
    </message>
    <message>
        <source>Delete the department (only one without areas, paths, events and proposals).</source>
        <translation>Slet afdelingen (kun en afdeling uden arealer, stier, hændelser og forslag).</translation>
    </message>
    <message>
        <source>Move the start of the department&apos;s first area versions to this date (a correction of a data-entry error, recorded as such).</source>
        <translation>Flyt starten af afdelingens første arealversioner til denne dato (en rettelse af en indtastningsfejl, registreret som sådan).</translation>
    </message>
    <message>
        <source>Why the start date is corrected.</source>
        <translation>Hvorfor startdatoen rettes.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>Skriv JSON.</translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation>Skriv CSV.</translation>
    </message>
    <message>
        <source>--org N --dept NNN is required to change a department</source>
        <translation>--org N --dept NNN skal angives for at ændre en afdeling</translation>
    </message>
    <message>
        <source>--note goes with --correct-start</source>
        <translation>--note hører til --correct-start</translation>
    </message>
    <message>
        <source>--homes: &quot;%1&quot; is not a whole number</source>
        <translation>--homes: &quot;%1&quot; er ikke et helt tal</translation>
    </message>
    <message>
        <source>Deleted department %1</source>
        <translation>Slettede afdeling %1</translation>
    </message>
    <message numerus="yes">
        <source>Department %1 now starts on %2 instead of %3 (%n area version(s) moved)</source>
        <translation>
            <numerusform>Afdeling %1 starter nu %2 i stedet for %3 (%n arealversion flyttet)</numerusform>
            <numerusform>Afdeling %1 starter nu %2 i stedet for %3 (%n arealversioner flyttet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved department %1 %2</source>
        <translation>Gemte afdeling %1 %2</translation>
    </message>
    <message>
        <source>Created department %1 %2</source>
        <translation>Oprettede afdeling %1 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Homes</source>
        <translation>Boliger</translation>
    </message>
    <message>
        <source>First area</source>
        <translation>Første areal</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Arealer</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Strategisk betydning</translation>
    </message>
    <message>
        <source>The strategic significance of its location for nature (biodiversity units): low (1.00), medium (1.10: ecologically desirable) or high (1.15: in a plan&apos;s green structure).</source>
        <translation>Beliggenhedens strategiske betydning for naturen (biodiversitetsenheder): low (lav, 1,00), medium (middel, 1,10: økologisk ønskværdig) eller high (høj, 1,15: i en plans grønne struktur).</translation>
    </message>
    <message>
        <source>give the details (--name, --address, --homes, --significance), --delete or --correct-start, one at a time</source>
        <translation>angiv oplysningerne (--name, --address, --homes, --significance), --delete eller --correct-start, én ad gangen</translation>
    </message>
    <message>
        <source>--significance: &quot;%1&quot; is not low, medium or high</source>
        <translation>--significance: &quot;%1&quot; er ikke low, medium eller high</translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message>
        <source>The file to write: .gpkg (GeoPackage: the layers areas and paths, with QGIS styles), .shp (Shapefile: the paths beside it as NAME_paths.shp) or .geojson (GeoJSON in longitude/latitude: the paths beside it as NAME_paths.geojson).</source>
        <translation>Filen, der skal skrives: .gpkg (GeoPackage: lagene areas og paths med QGIS-stilarter), .shp (Shapefil: stierne ved siden af som NAVN_paths.shp) eller .geojson (GeoJSON i længde/bredde: stierne ved siden af som NAVN_paths.geojson).</translation>
    </message>
    <message>
        <source>Only this organisation&apos;s departments.</source>
        <translation>Kun denne organisations afdelinger.</translation>
    </message>
    <message>
        <source>Only this department of the organisation (use with --org).</source>
        <translation>Kun denne afdeling i organisationen (bruges med --org).</translation>
    </message>
    <message>
        <source>The map as it was or will be on this date (default today).</source>
        <translation>Kortet, som det var eller bliver på denne dato (standard: i dag).</translation>
    </message>
    <message>
        <source>The map as this proposal plans it (its id, see engdrift-cli proposals).</source>
        <translation>Kortet, som dette forslag planlægger det (dets id, se engdrift-cli proposals).</translation>
    </message>
    <message>
        <source>The language of the care types&apos; names: da or en (default: the system&apos;s).</source>
        <translation>Sproget i plejetypernes navne: da eller en (standard: systemets).</translation>
    </message>
    <message>
        <source>GeoJSON in the project&apos;s coordinate system instead of longitude/latitude (not RFC 7946; GeoPackage and Shapefile always keep it).</source>
        <translation>GeoJSON i projektets koordinatsystem i stedet for længde/bredde (ikke RFC 7946; GeoPackage og Shapefil beholder det altid).</translation>
    </message>
    <message>
        <source>Replace files of the same names.</source>
        <translation>Erstat filer med de samme navne.</translation>
    </message>
    <message>
        <source>Do not print progress.</source>
        <translation>Vis ikke fremdrift.</translation>
    </message>
    <message>
        <source>--out FILE.gpkg|shp|geojson is required</source>
        <translation>--out FILE.gpkg|shp|geojson skal angives</translation>
    </message>
    <message>
        <source>--keep-crs is for GeoJSON: GeoPackage and Shapefile keep the project&apos;s coordinate system anyway</source>
        <translation>--keep-crs gælder GeoJSON: GeoPackage og Shapefil beholder altid projektets koordinatsystem</translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation>--lang skal være da eller en</translation>
    </message>
    <message>
        <source>--org must be an organisation number above 0 (got &quot;%1&quot;)</source>
        <translation>--org skal være et organisationsnummer over 0 (fik &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--dept needs --org: a department is known by both numbers</source>
        <translation>--dept kræver --org: en afdeling kendes på begge numre</translation>
    </message>
    <message>
        <source>--dept must be a department number 0-999 (got &quot;%1&quot;)</source>
        <translation>--dept skal være et afdelingsnummer 0-999 (fik &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--proposal must be a proposal id (a whole number)</source>
        <translation>--proposal skal være et forslags id (et helt tal)</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Give --overwrite to replace it.</source>
        <translation>%1 findes allerede; intet blev skrevet. Angiv --overwrite for at erstatte den.</translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation>%1: afdeling %2 findes ikke.</translation>
    </message>
    <message>
        <source>%1: there is no organisation %2.</source>
        <translation>%1: organisation %2 findes ikke.</translation>
    </message>
    <message>
        <source>%1: there is no proposal %2.</source>
        <translation>%1: forslag %2 findes ikke.</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Eksporterer til %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3): %4 (%5) and %6</source>
        <translation>Skrev %1 (%2, %3): %4 (%5) og %6</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n areal</numerusform>
            <numerusform>%n arealer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path(s)</source>
        <translation>
            <numerusform>%n sti</numerusform>
            <numerusform>%n stier</numerusform>
        </translation>
    </message>
    <message>
        <source>the paths are in %1</source>
        <translation>stierne er i %1</translation>
    </message>
</context>
<context>
    <name>CliLayout</name>
    <message>
        <source>The department&apos;s organisation number.</source>
        <translation>Afdelingens organisationsnummer.</translation>
    </message>
    <message>
        <source>The department number.</source>
        <translation>Afdelingsnummeret.</translation>
    </message>
    <message>
        <source>The file to write: .pdf (vector), .png or .svg.</source>
        <translation>Filen, der skal skrives: .pdf (vektor), .png eller .svg.</translation>
    </message>
    <message>
        <source>The proposal to show (default: the department&apos;s newest draft or adopted one).</source>
        <translation>Forslaget, der skal vises (standard: afdelingens nyeste udkast eller vedtagne forslag).</translation>
    </message>
    <message>
        <source>The date of today&apos;s map (default today).</source>
        <translation>Datoen for dagens kort (standard i dag).</translation>
    </message>
    <message>
        <source>The date of the department meeting the sheet is for (default: a line to fill in).</source>
        <translation>Datoen for det afdelingsmøde, arket er til (standard: en linje at udfylde).</translation>
    </message>
    <message>
        <source>PNG: dots per inch (default 300).</source>
        <translation>PNG: punkter pr. tomme (standard 300).</translation>
    </message>
    <message>
        <source>The language of the page: da or en (default: the system&apos;s).</source>
        <translation>Sidens sprog: da eller en (standard: systemets).</translation>
    </message>
    <message>
        <source>--org and --dept are required: the page is about one department</source>
        <translation>--org og --dept skal angives: siden handler om én afdeling</translation>
    </message>
    <message>
        <source>--out FILE.pdf|png|svg is required</source>
        <translation>--out FIL.pdf|png|svg skal angives</translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation>--lang skal være da eller en</translation>
    </message>
    <message>
        <source>--proposal must be the number of a proposal</source>
        <translation>--proposal skal være nummeret på et forslag</translation>
    </message>
    <message>
        <source>--dpi must be a number from 30 to 1200</source>
        <translation>--dpi skal være et tal fra 30 til 1200</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, department %3%4)</source>
        <translation>Skrev %1 (%2, afdeling %3%4)</translation>
    </message>
    <message>
        <source>, proposal &quot;%1&quot;</source>
        <translation>, forslaget &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The layout: vote-a3 (default: the vote sheet, today and the proposal side by side), vote-a4, map-a4 or map-a3 (one map), or the path of a template file (a copy of one in styles/layouts).</source>
        <translation>Layoutet: vote-a3 (standard: afstemningsarket, i dag og forslaget side om side), vote-a4, map-a4 eller map-a3 (ét kort) eller stien til en skabelonfil (en kopi af en i styles/layouts).</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Den PDF, der skal skrives.</translation>
    </message>
    <message>
        <source>Only this organisation&apos;s departments.</source>
        <translation>Kun denne organisations afdelinger.</translation>
    </message>
    <message>
        <source>Only these departments of the organisation (comma-separated).</source>
        <translation>Kun disse af organisationens afdelinger (adskilt med komma).</translation>
    </message>
    <message>
        <source>Leave out the contents page.</source>
        <translation>Udelad indholdsfortegnelsen.</translation>
    </message>
    <message>
        <source>Pages drawn at once (default: one per core).</source>
        <translation>Sider, der tegnes samtidig (standard: én pr. kerne).</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>--out FILE.pdf skal angives</translation>
    </message>
    <message>
        <source>an atlas is written as one PDF: --out must end in .pdf</source>
        <translation>et atlas skrives som én PDF: --out skal ende på .pdf</translation>
    </message>
    <message>
        <source>--org must be an organisation number</source>
        <translation>--org skal være et organisationsnummer</translation>
    </message>
    <message>
        <source>--dept needs --org: a department is known by both numbers</source>
        <translation>--dept kræver --org: en afdeling kendes på begge numre</translation>
    </message>
    <message>
        <source>--dept takes department numbers 0-999, not &quot;%1&quot;</source>
        <translation>--dept tager afdelingsnumre 0-999, ikke &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to 64</source>
        <translation>--threads skal være et tal fra 1 til 64</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>side %1 af %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2): %n department page(s)</source>
        <translation>
            <numerusform>Skrev %1 (%2): %n afdelingsside</numerusform>
            <numerusform>Skrev %1 (%2): %n afdelingssider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> after %n contents page(s)</source>
        <translation>
            <numerusform> efter %n side med indhold</numerusform>
            <numerusform> efter %n sider med indhold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) without areas on that date have no page</source>
        <translation>
            <numerusform>%n afdeling uden arealer på den dato har ingen side</numerusform>
            <numerusform>%n afdelinger uden arealer på den dato har ingen side</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliMowing</name>
    <message>
        <source>--proposal must be a proposal&apos;s number (got &quot;%1&quot;).</source>
        <translation>--proposal skal være et forslags nummer (fik &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>%1: there is no proposal %2.</source>
        <translation>%1: der er intet forslag %2.</translation>
    </message>
    <message>
        <source>%1: proposal %2 is of department %3, not of %4.</source>
        <translation>%1: forslag %2 hører til afdeling %3, ikke %4.</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Forudsætning</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Only the departments of this organisation.</source>
        <translation>Kun denne organisations afdelinger.</translation>
    </message>
    <message>
        <source>Only this department (use with --org).</source>
        <translation>Kun denne afdeling (bruges med --org).</translation>
    </message>
    <message>
        <source>The map at this date (default today).</source>
        <translation>Kortet på denne dato (standard i dag).</translation>
    </message>
    <message>
        <source>With this proposal&apos;s plan in place of its department&apos;s current areas.</source>
        <translation>Med dette forslags plan i stedet for afdelingens nuværende arealer.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>Skriv JSON.</translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation>Skriv CSV.</translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation>%1: der er ingen afdeling %2.</translation>
    </message>
    <message>
        <source>departments %1 of %2</source>
        <translation>afdelinger %1 af %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Mown m²</source>
        <translation>Slået m²</translation>
    </message>
    <message>
        <source>Hours/year</source>
        <translation>Timer/år</translation>
    </message>
    <message>
        <source>Fuel l/year</source>
        <translation>Brændstof l/år</translation>
    </message>
    <message>
        <source>CO2 kg/year</source>
        <translation>CO2 kg/år</translation>
    </message>
    <message>
        <source>DKK/year</source>
        <translation>kr./år</translation>
    </message>
    <message>
        <source>Hours as lawn</source>
        <translation>Timer som plæne</translation>
    </message>
    <message>
        <source>CO2 kg as lawn</source>
        <translation>CO2 kg som plæne</translation>
    </message>
    <message>
        <source>Hours before proposal</source>
        <translation>Timer før forslaget</translation>
    </message>
    <message>
        <source>CO2 kg before proposal</source>
        <translation>CO2 kg før forslaget</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Estimates from the assumptions listed.</source>
        <translation>Skøn ud fra de anførte forudsætninger.</translation>
    </message>
    <message>
        <source>Estimates, from these assumptions:</source>
        <translation>Skøn, ud fra disse forudsætninger:</translation>
    </message>
    <message>
        <source>Organisation number.</source>
        <translation>Organisationsnummer.</translation>
    </message>
    <message>
        <source>Department number.</source>
        <translation>Afdelingsnummer.</translation>
    </message>
    <message>
        <source>The season of the calendar (default this year).</source>
        <translation>Kalenderens sæson (standard i år).</translation>
    </message>
    <message>
        <source>The plan as the department&apos;s proposal would make it.</source>
        <translation>Planen som afdelingens forslag ville gøre den.</translation>
    </message>
    <message>
        <source>--org N --dept NNN is required</source>
        <translation>--org N --dept NNN skal angives</translation>
    </message>
    <message>
        <source>--season must be a year such as 2025 (got &quot;%1&quot;)</source>
        <translation>--season skal være et år som 2025 (fik &quot;%1&quot;)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (department %2, season %3): %n zone(s)</source>
        <translation>
            <numerusform>Skrev %1 (afdeling %2, sæson %3): %n zone</numerusform>
            <numerusform>Skrev %1 (afdeling %2, sæson %3): %n zoner</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advarsel: %1</translation>
    </message>
    <message>
        <source>Change an assumption (repeatable), e.g. dkk_per_hour=450 or brugsplaene.hours_per_ha_per_cut=2.2; VALUE &quot;default&quot; gives a care type&apos;s figure back to the catalogue.</source>
        <translation>Ændr en forudsætning (kan gentages), fx dkk_per_hour=450 eller brugsplaene.hours_per_ha_per_cut=2.2; VÆRDI &quot;default&quot; giver en plejetypes tal tilbage til kataloget.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE (got &quot;%1&quot;)</source>
        <translation>--set kræver NØGLE=VÆRDI (fik &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1 mown, %2 hours of mowing a year (estimates)</source>
        <translation>%1 slås, %2 timers slåning om året (skøn)</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .png or .svg (the plan for the crew: map of the numbered zones, zone table, season calendar), .csv (the zone table), .gpkg (zones in the project&apos;s CRS) or .geojson (zones in EPSG:4326).</source>
        <translation>Filen, der skrives: .pdf, .png eller .svg (planen til holdet: kort over de nummererede zoner, zonetabel, sæsonkalender), .csv (zonetabellen), .gpkg (zoner i projektets koordinatsystem) eller .geojson (zoner i EPSG:4326).</translation>
    </message>
    <message>
        <source>The language of the plan: da or en (default: the system&apos;s).</source>
        <translation>Planens sprog: da eller en (standard: systemets).</translation>
    </message>
    <message>
        <source>--out FILE.pdf|png|svg|csv|gpkg|geojson is required</source>
        <translation>--out FIL.pdf|png|svg|csv|gpkg|geojson skal angives</translation>
    </message>
    <message>
        <source>%1: a mowing plan is written as .pdf, .png, .svg, .csv, .gpkg or .geojson.</source>
        <translation>%1: en slåningsplan skrives som .pdf, .png, .svg, .csv, .gpkg eller .geojson.</translation>
    </message>
    <message>
        <source>The page of a PDF, PNG or SVG plan: mowing-a4 or mowing-a3 (default: A4 for up to 16 zones, A3 for more), or the path of a template file.</source>
        <translation>Siden i en PDF-, PNG- eller SVG-plan: mowing-a4 eller mowing-a3 (standard: A4 op til 16 zoner, A3 ved flere) eller stien til en skabelonfil.</translation>
    </message>
    <message>
        <source>Wrote %1 (the mowing plan of department %2 for the season %3, %4)</source>
        <translation>Skrev %1 (slåningsplanen for afdeling %2 for sæsonen %3, %4)</translation>
    </message>
    <message>
        <source>The season whose zone overrides count (default the year of the date).</source>
        <translation>Den sæson, hvis zoneafvigelser tælles med (standard: datoens år).</translation>
    </message>
</context>
<context>
    <name>CliNature</name>
    <message>
        <source>%1 m² / %2 m² = %3</source>
        <translation>%1 m² / %2 m² = %3</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheder</translation>
    </message>
    <message>
        <source>Σ m² × factor</source>
        <translation>Σ m² × faktor</translation>
    </message>
    <message>
        <source>Σ m²</source>
        <translation>Σ m²</translation>
    </message>
    <message>
        <source>Green factor</source>
        <translation>Grønningsfaktor</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netværk</translation>
    </message>
    <message>
        <source>Isolated patches</source>
        <translation>Isolerede pletter</translation>
    </message>
    <message>
        <source>In largest m²</source>
        <translation>I største m²</translation>
    </message>
    <message>
        <source>Nature-friendly m²</source>
        <translation>Naturvenlig m²</translation>
    </message>
    <message>
        <source>In largest %</source>
        <translation>I største %</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>Care type</source>
        <translation>Plejetype</translation>
    </message>
    <message>
        <source>Lawn m²</source>
        <translation>Plæne m²</translation>
    </message>
    <message>
        <source>Networks joined</source>
        <translation>Netværk forbundet</translation>
    </message>
    <message>
        <source>Connects m²</source>
        <translation>Forbinder m²</translation>
    </message>
    <message>
        <source>Only the departments of this organisation.</source>
        <translation>Kun denne organisations afdelinger.</translation>
    </message>
    <message>
        <source>Only this department (use with --org).</source>
        <translation>Kun denne afdeling (bruges med --org).</translation>
    </message>
    <message>
        <source>The map at this date (default today).</source>
        <translation>Kortet på denne dato (standard i dag).</translation>
    </message>
    <message>
        <source>The map as this proposal plans it.</source>
        <translation>Kortet som dette forslag planlægger det.</translation>
    </message>
    <message>
        <source>Patches at most this far apart (m) are linked (default %1).</source>
        <translation>Pletter højst så langt fra hinanden (m) er forbundet (standard %1).</translation>
    </message>
    <message>
        <source>Also write the patches, networks, links and suggestions as layers (.gpkg or .geojson).</source>
        <translation>Skriv også pletter, netværk, forbindelser og forslag som lag (.gpkg eller .geojson).</translation>
    </message>
    <message>
        <source>Replace the files of --out if they exist.</source>
        <translation>Erstat filerne fra --out, hvis de findes.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>Skriv JSON.</translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation>Skriv CSV.</translation>
    </message>
    <message>
        <source>--distance must be a distance in metres, 0 or more (got &quot;%1&quot;)</source>
        <translation>--distance skal være en afstand i meter, 0 eller mere (fik &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--proposal must be a proposal&apos;s number (got &quot;%1&quot;)</source>
        <translation>--proposal skal være et forslags nummer (fik &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--out must name a .gpkg or .geojson file (got &quot;%1&quot;)</source>
        <translation>--out skal angive en .gpkg- eller .geojson-fil (fik &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Nature figures of %1</source>
        <translation>Naturtal for %1</translation>
    </message>
    <message>
        <source>engdrift-cli: warning: %1</source>
        <translation>engdrift-cli: advarsel: %1</translation>
    </message>
</context>
<context>
    <name>CliPlot</name>
    <message>
        <source>area by care type</source>
        <translation>areal efter plejetype</translation>
    </message>
    <message>
        <source>adoption</source>
        <translation>vedtagelse</translation>
    </message>
    <message>
        <source>nature-friendly share</source>
        <translation>naturvenlig andel</translation>
    </message>
    <message>
        <source>The file to write: .png, .pdf or .svg.</source>
        <translation>Den fil, der skal skrives: .png, .pdf eller .svg.</translation>
    </message>
    <message>
        <source>Size in pixels (PDF: points); default 1200x700.</source>
        <translation>Størrelse i pixel (PDF: punkter); standard 1200x700.</translation>
    </message>
    <message>
        <source>Only the department with this organisation number (use with --dept; care-area and share).</source>
        <translation>Kun afdelingen med dette organisationsnummer (bruges med --dept; care-area og share).</translation>
    </message>
    <message>
        <source>Department number (use with --org).</source>
        <translation>Afdelingsnummer (bruges med --org).</translation>
    </message>
    <message>
        <source>care-area, adoption: the first date (default: the date of the first area).</source>
        <translation>care-area, adoption: den første dato (standard: datoen for det første areal).</translation>
    </message>
    <message>
        <source>care-area, adoption: the last date (default today).</source>
        <translation>care-area, adoption: den sidste dato (standard i dag).</translation>
    </message>
    <message>
        <source>care-area, adoption: month, quarter or year (default: by the length of the period).</source>
        <translation>care-area, adoption: month, quarter eller year (standard: efter periodens længde).</translation>
    </message>
    <message>
        <source>share: the date of the areas (default today).</source>
        <translation>share: arealernes dato (standard i dag).</translation>
    </message>
    <message>
        <source>The title over the chart (default: the name of the chart).</source>
        <translation>Titlen over diagrammet (standard: diagrammets navn).</translation>
    </message>
    <message>
        <source>The language of the chart: da or en (default: the system&apos;s).</source>
        <translation>Diagrammets sprog: da eller en (standard: systemets).</translation>
    </message>
    <message>
        <source>this engdrift-cli was built without charts (ENGDRIFT_BUILD_APP=OFF)</source>
        <translation>denne engdrift-cli er bygget uden diagrammer (ENGDRIFT_BUILD_APP=OFF)</translation>
    </message>
    <message>
        <source>--out FILE.png|pdf|svg is required</source>
        <translation>--out FILE.png|pdf|svg skal angives</translation>
    </message>
    <message>
        <source>--out: cannot write charts of type &quot;%1&quot;; use .png, .pdf or .svg</source>
        <translation>--out: kan ikke skrive diagrammer af typen &quot;%1&quot;; brug .png, .pdf eller .svg</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, at least 200x150 and at most 20000 each</source>
        <translation>--size skal være BREDDExHØJDE, mindst 200x150 og højst 20000 hver</translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation>--lang skal være da eller en</translation>
    </message>
    <message>
        <source>--kind adoption counts all departments; --org/--dept do not apply</source>
        <translation>--kind adoption tæller alle afdelinger; --org/--dept kan ikke bruges her</translation>
    </message>
    <message>
        <source>--%1 applies to care-area and adoption; share is drawn at one date (--at)</source>
        <translation>--%1 gælder for care-area og adoption; share tegnes på én dato (--at)</translation>
    </message>
    <message>
        <source>--at applies to share; give care-area and adoption --from and --to</source>
        <translation>--at gælder for share; angiv --from og --to for care-area og adoption</translation>
    </message>
    <message>
        <source>--from (%1) must not be after --to (%2)</source>
        <translation>--from (%1) må ikke ligge efter --to (%2)</translation>
    </message>
    <message>
        <source>--step must be month, quarter or year (got &quot;%1&quot;)</source>
        <translation>--step skal være month, quarter eller year (fik &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation>%1: afdeling %2 findes ikke.</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n dato</numerusform>
            <numerusform>%n datoer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) at %1</source>
        <translation>
            <numerusform>%n afdeling pr. %1</numerusform>
            <numerusform>%n afdelinger pr. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 x %4, %5)</source>
        <translation>Skrev %1 (%2, %3 x %4, %5)</translation>
    </message>
    <message>
        <source>care-area: only these areas (IDs separated by commas), e.g. a selection.</source>
        <translation>care-area: kun disse arealer (id&apos;er adskilt af kommaer), f.eks. en markering.</translation>
    </message>
    <message>
        <source>--area applies to care-area only</source>
        <translation>--area gælder kun for care-area</translation>
    </message>
    <message>
        <source>biodiversity units by care type</source>
        <translation>biodiversitetsenheder pr. plejetype</translation>
    </message>
    <message>
        <source>The chart: care-area (area by care type over time), care-units (biodiversity units by care type over time), adoption (departments that have adopted, over time) or share (nature-friendly share of the green area per department).</source>
        <translation>Diagrammet: care-area (areal efter plejetype over tid), care-units (biodiversitetsenheder efter plejetype over tid), adoption (afdelinger, der har vedtaget, over tid) eller share (naturvenlig andel af det grønne areal pr. afdeling).</translation>
    </message>
    <message>
        <source>--kind care-area|care-units|adoption|share is required</source>
        <translation>--kind care-area|care-units|adoption|share skal angives</translation>
    </message>
    <message>
        <source>--kind must be care-area, care-units, adoption or share (got &quot;%1&quot;)</source>
        <translation>--kind skal være care-area, care-units, adoption eller share (fik &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>The file to write: .pdf (the report to print), .csv or .xlsx (the figures).</source>
        <translation>Filen, der skal skrives: .pdf (rapporten til tryk), .csv eller .xlsx (tallene).</translation>
    </message>
    <message>
        <source>Only the departments of this organisation.</source>
        <translation>Kun afdelingerne i denne organisation.</translation>
    </message>
    <message>
        <source>The start of the period: the change is counted since this date (default: a year before --to).</source>
        <translation>Periodens start: ændringen regnes fra denne dato (standard: et år før --to).</translation>
    </message>
    <message>
        <source>The end of the period: the status and areas at this date (default today).</source>
        <translation>Periodens slutning: status og arealer på denne dato (standard: i dag).</translation>
    </message>
    <message>
        <source>The language of the report: da or en (default: the system&apos;s).</source>
        <translation>Rapportens sprog: da eller en (standard: systemets).</translation>
    </message>
    <message>
        <source>--out FILE.pdf|csv|xlsx is required</source>
        <translation>--out FIL.pdf|csv|xlsx skal angives</translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation>--lang skal være da eller en</translation>
    </message>
    <message>
        <source>The period must not end before it starts: --from %1 is after --to %2.</source>
        <translation>Perioden må ikke slutte, før den begynder: --from %1 ligger efter --to %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n afdeling</numerusform>
            <numerusform>%n afdelinger</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (adoption report: %2, %3)</source>
        <translation>Skrev %1 (vedtagelsesrapport: %2, %3)</translation>
    </message>
    <message>
        <source>Wrote %1 (adoption report: %2, %3, %4)</source>
        <translation>Skrev %1 (vedtagelsesrapport: %2, %3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliStyle</name>
    <message>
        <source>Write a QGIS layer style (.qml).</source>
        <translation>Skriv en QGIS-lagstil (.qml).</translation>
    </message>
    <message>
        <source>Write an OGC Styled Layer Descriptor 1.1 (.sld).</source>
        <translation>Skriv en OGC Styled Layer Descriptor 1.1 (.sld).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen, der skal skrives.</translation>
    </message>
    <message>
        <source>The layer: areas (by care type, the default) or paths (mown paths and safety edges).</source>
        <translation>Laget: areas (efter plejetype, standard) eller paths (slåede stier og sikkerhedsbræmmer).</translation>
    </message>
    <message>
        <source>The language of the legend&apos;s names: da or en (default: the system&apos;s).</source>
        <translation>Sproget i signaturforklaringens navne: da eller en (standard: systemets).</translation>
    </message>
    <message>
        <source>give one of --qml and --sld</source>
        <translation>angiv én af --qml og --sld</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE skal angives</translation>
    </message>
    <message>
        <source>--layer must be areas or paths (got &quot;%1&quot;)</source>
        <translation>--layer skal være areas eller paths (fik &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation>--lang skal være da eller en</translation>
    </message>
    <message>
        <source>Wrote %1 (the %2 style of %3, from %4)</source>
        <translation>Skrev %1 (%2-stilen for %3, fra %4)</translation>
    </message>
</context>
<context>
    <name>CliTable</name>
    <message>
        <source>Org.</source>
        <translation>Org.</translation>
    </message>
    <message>
        <source>Dept.</source>
        <translation>Afd.</translation>
    </message>
    <message>
        <source>Care type</source>
        <translation>Plejetype</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
</context>
<context>
    <name>CliTimeline</name>
    <message>
        <source>The first date of the timeline.</source>
        <translation>Tidslinjens første dato.</translation>
    </message>
    <message>
        <source>The last date of the timeline (included when it falls on a step).</source>
        <translation>Tidslinjens sidste dato (medtages, når den falder på et trin).</translation>
    </message>
    <message>
        <source>The step between dates: month, quarter or year (the first day of each).</source>
        <translation>Trinnet mellem datoerne: month, quarter eller year (den første dag i hver).</translation>
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
        <source>Write JSON.</source>
        <translation>Skriv JSON.</translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation>Skriv CSV.</translation>
    </message>
    <message>
        <source>--from (%1) must not be after --to (%2)</source>
        <translation>--from (%1) må ikke ligge efter --to (%2)</translation>
    </message>
    <message>
        <source>--step month|quarter|year is required</source>
        <translation>--step month|quarter|year skal angives</translation>
    </message>
    <message>
        <source>--step must be month, quarter or year (got &quot;%1&quot;)</source>
        <translation>--step skal være month, quarter eller year (fik &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation>%1: afdeling %2 findes ikke.</translation>
    </message>
    <message>
        <source>Only these areas (IDs separated by commas), e.g. a selection.</source>
        <translation>Kun disse arealer (id&apos;er adskilt af kommaer), f.eks. en markering.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Total m²</source>
        <translation>I alt m²</translation>
    </message>
    <message>
        <source>Green m²</source>
        <translation>Grønt m²</translation>
    </message>
    <message>
        <source>Nature-friendly m²</source>
        <translation>Naturvenligt m²</translation>
    </message>
    <message>
        <source>Nature-friendly %</source>
        <translation>Naturvenligt %</translation>
    </message>
</context>
<context>
    <name>CliUpgrade</name>
    <message>
        <source>%1 already uses project schema version %2: nothing to do.</source>
        <translation>%1 bruger allerede projektskema version %2: intet at gøre.</translation>
    </message>
    <message>
        <source>%1 now uses project schema version %2.</source>
        <translation>%1 bruger nu projektskema version %2.</translation>
    </message>
</context>
<context>
    <name>CliZones</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &quot;%4&quot;)</source>
        <translation>--%1 skal være et helt tal fra %2 til %3 (fik &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>--cuts must be a whole number (got &quot;%1&quot;)</source>
        <translation>--cuts skal være et helt tal (fik &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--months must be months 1-12 with commas, e.g. 6,9 (got &quot;%1&quot;)</source>
        <translation>--months skal være måneder 1-12 med komma imellem, f.eks. 6,9 (fik &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--clippings must be left, collected, partly_collected or none (got &quot;%1&quot;)</source>
        <translation>--clippings skal være left, collected, partly_collected eller none (fik &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--cut-height must be CM or CM-CM, e.g. 7-12 (got &quot;%1&quot;)</source>
        <translation>--cut-height skal være CM eller CM-CM, f.eks. 7-12 (fik &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--removal-days must be DAYS or DAYS-DAYS, e.g. 7-14 (got &quot;%1&quot;)</source>
        <translation>--removal-days skal være DAGE eller DAGE-DAGE, f.eks. 7-14 (fik &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--rename N needs --name NAME (an empty name gives the derived one back)</source>
        <translation>--rename N kræver --name NAVN (et tomt navn giver zonen dens afledte navn tilbage)</translation>
    </message>
    <message>
        <source>--renumber N needs --to M</source>
        <translation>--renumber N kræver --to M</translation>
    </message>
    <message>
        <source>--override and --clear-override need --season YYYY</source>
        <translation>--override og --clear-override kræver --season ÅÅÅÅ</translation>
    </message>
    <message>
        <source>Organisation number.</source>
        <translation>Organisationsnummer.</translation>
    </message>
    <message>
        <source>Department number.</source>
        <translation>Afdelingsnummer.</translation>
    </message>
    <message>
        <source>The zones at this date (default today; after a change: its date).</source>
        <translation>Zonerne på denne dato (standard i dag; efter en ændring: dens dato).</translation>
    </message>
    <message>
        <source>The season whose overrides the regimes show, and that an override is for (default the year of the date).</source>
        <translation>Den sæson, hvis afvigelser regimerne viser, og som en afvigelse gælder (standard: datoens år).</translation>
    </message>
    <message>
        <source>Rename zone N (with --name and --from).</source>
        <translation>Omdøb zone N (med --name og --from).</translation>
    </message>
    <message>
        <source>The zone&apos;s new name (empty: its derived name).</source>
        <translation>Zonens nye navn (tomt: dens afledte navn).</translation>
    </message>
    <message>
        <source>Give zone N the number --to M (a zone holding M gets N).</source>
        <translation>Giv zone N nummeret --to M (en zone med nummer M får N).</translation>
    </message>
    <message>
        <source>The new number.</source>
        <translation>Det nye nummer.</translation>
    </message>
    <message>
        <source>Override zone N&apos;s regime for --season.</source>
        <translation>Afvig fra zone N&apos;s regime i --season.</translation>
    </message>
    <message>
        <source>Cuts in the season.</source>
        <translation>Slæt i sæsonen.</translation>
    </message>
    <message>
        <source>The months of the cuts, e.g. 6,9.</source>
        <translation>Slættenes måneder, f.eks. 6,9.</translation>
    </message>
    <message>
        <source>left, collected, partly_collected or none.</source>
        <translation>left, collected, partly_collected eller none.</translation>
    </message>
    <message>
        <source>The cut height in cm, e.g. 7-12.</source>
        <translation>Klippehøjden i cm, f.eks. 7-12.</translation>
    </message>
    <message>
        <source>Days from the cut until the hay is removed, e.g. 7-14.</source>
        <translation>Dage fra slættet til høet fjernes, f.eks. 7-14.</translation>
    </message>
    <message>
        <source>The equipment, e.g. finger_bar_mower.</source>
        <translation>Redskabet, f.eks. finger_bar_mower.</translation>
    </message>
    <message>
        <source>Remove zone N&apos;s override for --season.</source>
        <translation>Fjern zone N&apos;s afvigelse i --season.</translation>
    </message>
    <message>
        <source>The date a change holds from.</source>
        <translation>Den dato, en ændring gælder fra.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>Skriv JSON.</translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation>Skriv CSV.</translation>
    </message>
    <message>
        <source>--org N --dept NNN is required</source>
        <translation>--org N --dept NNN skal angives</translation>
    </message>
    <message>
        <source>one change at a time: --rename, --renumber, --override or --clear-override</source>
        <translation>én ændring ad gangen: --rename, --renumber, --override eller --clear-override</translation>
    </message>
    <message>
        <source>a change needs --from DATE, the date it holds from</source>
        <translation>en ændring kræver --from DATO, den dato den gælder fra</translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation>%1: der er ingen afdeling %2.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Cuts</source>
        <translation>Slæt</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Afviger</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Poor</source>
        <translation>Dårlig</translation>
    </message>
    <message>
        <source>Fairly poor</source>
        <translation>Ret dårlig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <source>Fairly good</source>
        <translation>Ret god</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>God</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høj</translation>
    </message>
    <message>
        <source>No areas to record the condition of.</source>
        <translation>Ingen arealer at registrere tilstanden for.</translation>
    </message>
    <message>
        <source>Recording a condition needs the date it applies from.</source>
        <translation>En tilstand skal have den dato, den gælder fra.</translation>
    </message>
    <message>
        <source>No condition was recorded: %1</source>
        <translation>Ingen tilstand blev registreret: %1</translation>
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
    <name>Departments</name>
    <message>
        <source>%1 is not a department number (organisation number above 0, department 000-999).</source>
        <translation>%1 er ikke et afdelingsnummer (organisationsnummer over 0, afdeling 000-999).</translation>
    </message>
    <message>
        <source>Department %1 needs a name.</source>
        <translation>Afdeling %1 skal have et navn.</translation>
    </message>
    <message>
        <source>Department %1: %2 homes is not a number of homes (0-%3).</source>
        <translation>Afdeling %1: %2 boliger er ikke et antal boliger (0-%3).</translation>
    </message>
    <message>
        <source>Department %1 is not in the project.</source>
        <translation>Afdeling %1 findes ikke i projektet.</translation>
    </message>
    <message numerus="yes">
        <source>%n area version(s)</source>
        <translation>
            <numerusform>%n arealversion</numerusform>
            <numerusform>%n arealversioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path version(s)</source>
        <translation>
            <numerusform>%n stiversion</numerusform>
            <numerusform>%n stiversioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adoption event(s)</source>
        <translation>
            <numerusform>%n hændelse i beslutningsforløbet</numerusform>
            <numerusform>%n hændelser i beslutningsforløbet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n forslag</numerusform>
            <numerusform>%n forslag</numerusform>
        </translation>
    </message>
    <message>
        <source>Department %1 cannot be deleted: it has %2. Only a department without areas, paths, adoption events and proposals can be deleted.</source>
        <translation>Afdeling %1 kan ikke slettes: den har %2. Kun en afdeling uden arealer, stier, hændelser i beslutningsforløbet og forslag kan slettes.</translation>
    </message>
    <message>
        <source>Department %1: give the date its areas start.</source>
        <translation>Afdeling %1: angiv den dato, dens arealer starter.</translation>
    </message>
    <message>
        <source>Department %1 has no areas, so it has no start date to correct.</source>
        <translation>Afdeling %1 har ingen arealer og dermed ingen startdato at rette.</translation>
    </message>
    <message>
        <source>Department %1 starts on %2 already.</source>
        <translation>Afdeling %1 starter allerede %2.</translation>
    </message>
    <message>
        <source>area %1 would have no time left: its first version ends on %2</source>
        <translation>areal %1 ville ikke have nogen gyldighedsperiode tilbage: dets første version slutter %2</translation>
    </message>
    <message>
        <source>area %1 would overlap its version from %2</source>
        <translation>areal %1 ville overlappe sin version fra %2</translation>
    </message>
    <message>
        <source>the adoption record has %1 on %2, before the new start</source>
        <translation>beslutningsforløbet har %1 den %2, før den nye start</translation>
    </message>
    <message>
        <source>Department %1: its areas cannot start on %2 instead of %3: %4.</source>
        <translation>Afdeling %1: dens arealer kan ikke starte %2 i stedet for %3: %4.</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>Area %1 exists only as a proposal; it cannot be edited.</source>
        <translation>Areal %1 findes kun som forslag; det kan ikke redigeres.</translation>
    </message>
    <message>
        <source>Area %1 does not exist on %2; it exists from %3.</source>
        <translation>Areal %1 findes ikke pr. %2; det findes fra %3.</translation>
    </message>
    <message>
        <source>Area %1 does not exist on %2; it exists from %3 until %4.</source>
        <translation>Areal %1 findes ikke pr. %2; det findes fra %3 til %4.</translation>
    </message>
    <message>
        <source>Area %1 has a later change on %2; edit from that date or later.</source>
        <translation>Areal %1 har en senere ændring pr. %2; rediger fra den dato eller senere.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>Area %1 (version from %2): %3</source>
        <translation>Areal %1 (version fra %2): %3</translation>
    </message>
    <message>
        <source>%1 needs an outline.</source>
        <translation>%1 skal have et omrids.</translation>
    </message>
    <message>
        <source>The outline of %1 must be a polygon, not a %2.</source>
        <translation>Omridset af %1 skal være en polygon, ikke en %2.</translation>
    </message>
    <message>
        <source>The snapping distance and the overlap tolerance must be zero or more.</source>
        <translation>Snapafstanden og overlapstolerancen skal være nul eller derover.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing polygonal is left of the outline of %1 after snapping; draw it again.</source>
        <translation>Der er ingen polygon tilbage af omridset af %1 efter snapning; tegn det igen.</translation>
    </message>
    <message>
        <source>The outline of %1 crosses itself (%2); draw it again.</source>
        <translation>Omridset af %1 skærer sig selv (%2); tegn det igen.</translation>
    </message>
    <message>
        <source>The outline of %1 is not a valid polygon (%2); draw it again.</source>
        <translation>Omridset af %1 er ikke en gyldig polygon (%2); tegn det igen.</translation>
    </message>
    <message>
        <source>Cannot tell how much %1 overlaps area %2; check the outline of area %2.</source>
        <translation>Kan ikke afgøre, hvor meget %1 overlapper areal %2; kontroller omridset af areal %2.</translation>
    </message>
    <message>
        <source>area %1 by %2 m²</source>
        <translation>areal %1 med %2 m²</translation>
    </message>
    <message>
        <source>%1 overlaps %2. Move the outline off the neighbouring areas, or let the overlaps be cut away.</source>
        <translation>%1 overlapper %2. Flyt omridset væk fra naboarealerne, eller lad overlappene blive skåret væk.</translation>
    </message>
    <message>
        <source>Nothing is left of %1 once the areas it overlaps (%2) are cut away.</source>
        <translation>Der er intet tilbage af %1, når de arealer, det overlapper (%2), er skåret væk.</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation>%1 mangler &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 has the wrong type</source>
        <translation>&quot;%2&quot; i %1 har forkert type</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 is not a whole number</source>
        <translation>&quot;%2&quot; i %1 er ikke et heltal</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 is not a date (YYYY-MM-DD): &quot;%3&quot;</source>
        <translation>&quot;%2&quot; i %1 er ikke en dato (YYYY-MM-DD): &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;status&quot; of %1 is &quot;%2&quot;, not &quot;current&quot; or &quot;proposed&quot;</source>
        <translation>&quot;status&quot; i %1 er &quot;%2&quot;, ikke &quot;current&quot; eller &quot;proposed&quot;</translation>
    </message>
    <message>
        <source>&quot;lineage&quot; of %1 holds something that is not an area id</source>
        <translation>&quot;lineage&quot; i %1 indeholder noget, der ikke er et areal-id</translation>
    </message>
    <message>
        <source>&quot;fid&quot; of %1 is negative</source>
        <translation>&quot;fid&quot; i %1 er negativ</translation>
    </message>
    <message>
        <source>%1 ends before it begins</source>
        <translation>%1 slutter, før den begynder</translation>
    </message>
    <message>
        <source>&quot;wkb&quot; of %1 is not a polygon</source>
        <translation>&quot;wkb&quot; i %1 er ikke en polygon</translation>
    </message>
    <message>
        <source>There is no area %1 in the project.</source>
        <translation>Areal %1 findes ikke i projektet.</translation>
    </message>
    <message>
        <source>Area %1: version %2 has no outline in the project %3.</source>
        <translation>Areal %1: version %2 har intet omrids i projektet %3.</translation>
    </message>
    <message>
        <source>Which date should the map show? The date is missing.</source>
        <translation>Hvilken dato skal kortet vise? Datoen mangler.</translation>
    </message>
    <message>
        <source>Choose the areas to give a care type.</source>
        <translation>Vælg de arealer, der skal have en plejetype.</translation>
    </message>
    <message>
        <source>Give the date the new care type applies from.</source>
        <translation>Angiv den dato, den nye plejetype gælder fra.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a care type of the catalogue %2.</source>
        <translation>&quot;%1&quot; er ikke en plejetype i kataloget %2.</translation>
    </message>
    <message>
        <source>Nothing to change: the areas already have the care type %1 on %2.</source>
        <translation>Intet at ændre: arealerne har allerede plejetypen %1 pr. %2.</translation>
    </message>
    <message numerus="yes">
        <source>Set the care type of %n area(s)</source>
        <translation>
            <numerusform>Plejetype ændret for %n areal</numerusform>
            <numerusform>Plejetype ændret for %n arealer</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the areas to write the note on.</source>
        <translation>Vælg de arealer, noten skal skrives på.</translation>
    </message>
    <message>
        <source>Give the date the note applies from.</source>
        <translation>Angiv den dato, noten gælder fra.</translation>
    </message>
    <message>
        <source>Nothing to change: the areas already have this note on %1.</source>
        <translation>Intet at ændre: arealerne har allerede denne note pr. %1.</translation>
    </message>
    <message numerus="yes">
        <source>Change the note of %n area(s)</source>
        <translation>
            <numerusform>Note ændret for %n areal</numerusform>
            <numerusform>Note ændret for %n arealer</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the date the new area is valid from.</source>
        <translation>Angiv den dato, det nye areal gælder fra.</translation>
    </message>
    <message>
        <source>Department %1 does not exist in the project; add it before its areas.</source>
        <translation>Afdeling %1 findes ikke i projektet; tilføj den før dens arealer.</translation>
    </message>
    <message>
        <source>the new area</source>
        <translation>det nye areal</translation>
    </message>
    <message>
        <source>Add an area</source>
        <translation>Areal tilføjet</translation>
    </message>
    <message>
        <source>Give the date the new outline applies from.</source>
        <translation>Angiv den dato, det nye omrids gælder fra.</translation>
    </message>
    <message>
        <source>area %1</source>
        <translation>areal %1</translation>
    </message>
    <message>
        <source>Nothing to change: the outline of area %1 is the same as before.</source>
        <translation>Intet at ændre: omridset af areal %1 er det samme som før.</translation>
    </message>
    <message>
        <source>Reshape area %1</source>
        <translation>Areal %1 omformet</translation>
    </message>
    <message>
        <source>Give the date the split applies from.</source>
        <translation>Angiv den dato, opdelingen gælder fra.</translation>
    </message>
    <message>
        <source>Cannot split area %1: %2.</source>
        <translation>Kan ikke opdele areal %1: %2.</translation>
    </message>
    <message>
        <source>Split area %1 in %2</source>
        <translation>Areal %1 opdelt i %2</translation>
    </message>
    <message>
        <source>Choose at least two areas to merge.</source>
        <translation>Vælg mindst to arealer, der skal slås sammen.</translation>
    </message>
    <message>
        <source>Give the date the merge applies from.</source>
        <translation>Angiv den dato, sammenlægningen gælder fra.</translation>
    </message>
    <message>
        <source>%1 (department %2)</source>
        <translation>%1 (afdeling %2)</translation>
    </message>
    <message>
        <source>Areas %1 belong to different departments; only areas of one department can be merged.</source>
        <translation>Arealerne %1 hører til forskellige afdelinger; kun arealer i samme afdeling kan slås sammen.</translation>
    </message>
    <message>
        <source>Cannot merge areas %1: %2.</source>
        <translation>Kan ikke slå arealerne %1 sammen: %2.</translation>
    </message>
    <message>
        <source>Merge areas %1</source>
        <translation>Arealerne %1 slået sammen</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Intet blev gemt: %1</translation>
    </message>
    <message>
        <source>area %1 was changed in the project after it was edited here (its version from %2 is no longer there); discard the edits of this area and make them again.</source>
        <translation>areal %1 er blevet ændret i projektet, efter at det blev redigeret her (dets version fra %2 findes ikke længere); forkast ændringerne af dette areal, og lav dem igen.</translation>
    </message>
    <message>
        <source>ends on %1</source>
        <translation>slutter %1</translation>
    </message>
    <message>
        <source>area %1 was changed in the project after it was edited here (it has %2 versions there, the edits know %3); discard the edits of this area and make them again.</source>
        <translation>areal %1 er blevet ændret i projektet, efter at det blev redigeret her (det har %2 versioner dér, ændringerne kender %3); forkast ændringerne af dette areal, og lav dem igen.</translation>
    </message>
    <message>
        <source>area %1 comes from the new area %2, which is no longer among the edits.</source>
        <translation>areal %1 stammer fra det nye areal %2, som ikke længere er blandt ændringerne.</translation>
    </message>
    <message>
        <source>The saved edits cannot be read: %1.</source>
        <translation>De gemte ændringer kan ikke læses: %1.</translation>
    </message>
    <message>
        <source>broken JSON at byte %1 (%2)</source>
        <translation>ugyldig JSON ved byte %1 (%2)</translation>
    </message>
    <message>
        <source>the text is not a JSON object</source>
        <translation>teksten er ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>filen</translation>
    </message>
    <message>
        <source>it is not a file of Engdrift edits (format &quot;%1&quot;)</source>
        <translation>den er ikke en fil med Engdrift-ændringer (format &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>it has format version %1; this program reads version %2</source>
        <translation>den har formatversion %1; dette program læser version %2</translation>
    </message>
    <message>
        <source>The project was saved after these edits were made (they were made on the project as saved at %1, it is now as saved at %2); they cannot be applied.</source>
        <translation>Projektet er blevet gemt, efter at disse ændringer blev lavet (de blev lavet på projektet, som det var gemt %1; nu er det gemt %2); de kan ikke anvendes.</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 er ikke et objekt</translation>
    </message>
    <message>
        <source>%1 has the area id %2 twice or an id of 0</source>
        <translation>%1 har areal-id %2 to gange eller et id på 0</translation>
    </message>
    <message>
        <source>%1 has no versions</source>
        <translation>%1 har ingen versioner</translation>
    </message>
    <message>
        <source>%1 belongs to area %2, not to area %3</source>
        <translation>%1 hører til areal %2, ikke til areal %3</translation>
    </message>
    <message>
        <source>%1 is a new area but has a stored version (fid %2)</source>
        <translation>%1 er et nyt areal, men har en gemt version (fid %2)</translation>
    </message>
    <message>
        <source>A proposal plans new care types and new areas; %1 is done on today&apos;s map. Leave the proposal view first.</source>
        <translation>Et forslag planlægger nye plejetyper og nye arealer; %1 sker på dagens kort. Forlad først forslagsvisningen.</translation>
    </message>
    <message>
        <source>Nothing to change: the proposal already gives the areas the care type %1.</source>
        <translation>Intet at ændre: forslaget giver allerede arealerne plejetypen %1.</translation>
    </message>
    <message numerus="yes">
        <source>Plan the care type of %n area(s)</source>
        <translation>
            <numerusform>Plejetype planlagt for %n areal</numerusform>
            <numerusform>Plejetype planlagt for %n arealer</numerusform>
        </translation>
    </message>
    <message>
        <source>writing notes</source>
        <translation>skrivning af noter</translation>
    </message>
    <message>
        <source>reshaping</source>
        <translation>omformning</translation>
    </message>
    <message>
        <source>splitting</source>
        <translation>opdeling</translation>
    </message>
    <message>
        <source>merging</source>
        <translation>sammenlægning</translation>
    </message>
    <message>
        <source>There is no path %1 in the project.</source>
        <translation>Der findes ingen sti %1 i projektet.</translation>
    </message>
    <message>
        <source>Give the date the path is mown from.</source>
        <translation>Angiv den dato, stien slås fra.</translation>
    </message>
    <message>
        <source>A path is a line of at least half a metre.</source>
        <translation>En sti er en linje på mindst en halv meter.</translation>
    </message>
    <message>
        <source>A mown path is 0-20 m wide, not %1 m.</source>
        <translation>En slået sti er 0-20 m bred, ikke %1 m.</translation>
    </message>
    <message>
        <source>Department %1 does not exist in the project.</source>
        <translation>Afdeling %1 findes ikke i projektet.</translation>
    </message>
    <message>
        <source>Plan a mown path</source>
        <translation>Planlæg en slået sti</translation>
    </message>
    <message>
        <source>Add a mown path</source>
        <translation>Tilføj en slået sti</translation>
    </message>
    <message>
        <source>Choose the paths to end.</source>
        <translation>Vælg de stier, der skal nedlægges.</translation>
    </message>
    <message>
        <source>Path %1 is not mown on %2.</source>
        <translation>Sti %1 slås ikke den %2.</translation>
    </message>
    <message numerus="yes">
        <source>End %n path(s)</source>
        <translation>
            <numerusform>%n sti nedlagt</numerusform>
            <numerusform>%n stier nedlagt</numerusform>
        </translation>
    </message>
    <message>
        <source>path %1 was changed in the project after it was edited here.</source>
        <translation>sti %1 blev ændret i projektet, efter at den blev redigeret her.</translation>
    </message>
    <message>
        <source>paths[%1] is not a path version</source>
        <translation>paths[%1] er ikke en version af en sti</translation>
    </message>
    <message>
        <source>paths[%1] has no path id or no versions</source>
        <translation>paths[%1] har intet sti-id eller ingen versioner</translation>
    </message>
    <message>
        <source>Recovered edits</source>
        <translation>Gendannede ændringer</translation>
    </message>
    <message>
        <source>Area %1 ends on %2; only an area that is still valid can be reshaped, split, merged or retired.</source>
        <translation>Areal %1 slutter %2; kun et areal, der stadig gælder, kan omformes, opdeles, slås sammen eller nedlægges.</translation>
    </message>
    <message>
        <source>retiring areas</source>
        <translation>nedlæggelse af arealer</translation>
    </message>
    <message>
        <source>Choose the areas to retire.</source>
        <translation>Vælg de arealer, der skal nedlægges.</translation>
    </message>
    <message>
        <source>Give the date the areas are retired on.</source>
        <translation>Angiv den dato, arealerne nedlægges.</translation>
    </message>
    <message numerus="yes">
        <source>Retire %n area(s)</source>
        <translation>
            <numerusform>%n areal nedlagt</numerusform>
            <numerusform>%n arealer nedlagt</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1 is no longer in the project</source>
        <translation>version %1 findes ikke længere i projektet</translation>
    </message>
    <message>
        <source>path %1</source>
        <translation>sti %1</translation>
    </message>
    <message>
        <source>Area %1 no longer exists on %2 in the project; your edit cannot be made on it again (keep theirs).</source>
        <translation>Areal %1 findes ikke længere pr. %2 i projektet; din ændring kan ikke laves på det igen (behold deres).</translation>
    </message>
    <message>
        <source>Area %1 no longer exists on %2 in the project (keep theirs).</source>
        <translation>Areal %1 findes ikke længere pr. %2 i projektet (behold deres).</translation>
    </message>
    <message>
        <source>Area %1 has no conflict to settle.</source>
        <translation>Areal %1 har ingen konflikt, der skal afgøres.</translation>
    </message>
    <message>
        <source>Area %1 cannot be merged: both edits changed %2.</source>
        <translation>Areal %1 kan ikke slås sammen: begge ændringer ændrede %2.</translation>
    </message>
    <message>
        <source>whether the area exists</source>
        <translation>om arealet findes</translation>
    </message>
    <message>
        <source>the same thing</source>
        <translation>det samme</translation>
    </message>
    <message>
        <source>&quot;condition&quot; of %1 is &quot;%2&quot;, which is not a condition</source>
        <translation>&quot;condition&quot; i %1 er &quot;%2&quot;, som ikke er en tilstand</translation>
    </message>
    <message>
        <source>recording the condition</source>
        <translation>registrering af tilstand</translation>
    </message>
    <message>
        <source>Choose the areas to record the condition of.</source>
        <translation>Vælg de arealer, hvis tilstand skal registreres.</translation>
    </message>
    <message>
        <source>Give the date the condition applies from.</source>
        <translation>Angiv datoen tilstanden gælder fra.</translation>
    </message>
    <message numerus="yes">
        <source>Record the condition of %n area(s)</source>
        <translation>
            <numerusform>Registrér tilstanden for %n areal</numerusform>
            <numerusform>Registrér tilstanden for %n arealer</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the areas already have this condition on %1.</source>
        <translation>Intet at ændre: arealerne har allerede denne tilstand den %1.</translation>
    </message>
    <message>
        <source>Path %1 has no conflict to settle.</source>
        <translation>Sti %1 har ingen konflikt, der skal afgøres.</translation>
    </message>
    <message>
        <source>Path %1 cannot be merged: a path edit only ends the path; keep theirs or keep mine.</source>
        <translation>Sti %1 kan ikke flettes: en ændring af en sti afslutter kun stien; behold deres eller behold min.</translation>
    </message>
    <message>
        <source>Path %1 is no longer as you read it in the project; your edit cannot be made on it again (keep theirs).</source>
        <translation>Sti %1 er ikke længere, som du læste den, i projektet; din ændring kan ikke laves på den igen (behold deres).</translation>
    </message>
    <message>
        <source>Path %1 already ends on %2 in the project, before %3, the date your edit ends it: nothing of your edit is left to make (keep theirs).</source>
        <translation>Sti %1 slutter allerede den %2 i projektet, før %3, datoen din ændring afslutter den: der er intet tilbage af din ændring at lave (behold deres).</translation>
    </message>
    <message>
        <source>Path %1 is not mown on %2 in the project (keep theirs).</source>
        <translation>Sti %1 slås ikke pr. %2 i projektet (behold deres).</translation>
    </message>
    <message>
        <source>Area %1 was split or merged into areas %2 by someone else; your new outline cannot be laid on them. Keep theirs, then draw the change on areas %2.</source>
        <translation>Areal %1 blev opdelt i eller slået sammen til arealerne %2 af en anden; dit nye omrids kan ikke lægges på dem. Behold deres, og tegn så ændringen på arealerne %2.</translation>
    </message>
</context>
<context>
    <name>EditConflicts</name>
    <message>
        <source>care type %1 → %2</source>
        <translation>plejetype %1 → %2</translation>
    </message>
    <message>
        <source>shape changed</source>
        <translation>form ændret</translation>
    </message>
    <message>
        <source>note changed</source>
        <translation>note ændret</translation>
    </message>
    <message>
        <source>area ended</source>
        <translation>areal afsluttet</translation>
    </message>
    <message>
        <source>an unknown editor</source>
        <translation>en ukendt person</translation>
    </message>
    <message>
        <source>%1 (time unknown)</source>
        <translation>%1 (tidspunkt ukendt)</translation>
    </message>
    <message>
        <source>%1 on %2 UTC</source>
        <translation>%1 den %2 UTC</translation>
    </message>
    <message>
        <source>merged into area %1 on %2</source>
        <translation>slået sammen med areal %1 den %2</translation>
    </message>
    <message>
        <source>split into areas %1 on %2</source>
        <translation>opdelt i arealerne %1 den %2</translation>
    </message>
    <message>
        <source>area ended on %1</source>
        <translation>areal afsluttet den %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 fra %2</translation>
    </message>
    <message>
        <source>a new version from %1</source>
        <translation>en ny version fra %1</translation>
    </message>
    <message>
        <source>Area %1 (department %2, %3) was changed by someone else after you read it: %4, by %5.</source>
        <translation>Areal %1 (afdeling %2, %3) blev ændret af en anden, efter at du havde læst det: %4, af %5.</translation>
    </message>
    <message>
        <source>Your edit from %1: %2.</source>
        <translation>Din ændring fra %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) were not saved because someone else changed them since you read them:</source>
        <translation>
            <numerusform>%n areal blev ikke gemt, fordi en anden har ændret det, siden du læste det:</numerusform>
            <numerusform>%n arealer blev ikke gemt, fordi en anden har ændret dem, siden du læste dem:</numerusform>
        </translation>
    </message>
    <message>
        <source>number %1 → %2</source>
        <translation>nummer %1 → %2</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>navn &quot;%1&quot; → &quot;%2&quot;</translation>
    </message>
    <message>
        <source>season overrides changed</source>
        <translation>sæsonafvigelser ændret</translation>
    </message>
    <message>
        <source>regime %1 → %2</source>
        <translation>regime %1 → %2</translation>
    </message>
    <message>
        <source>the zone ended</source>
        <translation>zonen afsluttet</translation>
    </message>
    <message>
        <source>Mowing zone %1 (department %2) was changed by someone else after it was read: %3, by %4. Nothing was saved; open the zones again and repeat the change.</source>
        <translation>Slåzone %1 (afdeling %2) blev ændret af en anden, efter at den blev læst: %3, af %4. Intet blev gemt; åbn zonerne igen, og gentag ændringen.</translation>
    </message>
    <message>
        <source>condition changed</source>
        <translation>tilstand ændret</translation>
    </message>
    <message>
        <source>the zone ended on %1</source>
        <translation>zonen afsluttet den %1</translation>
    </message>
    <message>
        <source>path ended on %1</source>
        <translation>sti afsluttet den %1</translation>
    </message>
    <message>
        <source>path changed</source>
        <translation>sti ændret</translation>
    </message>
    <message>
        <source>path drawn again from %1</source>
        <translation>sti tegnet igen fra %1</translation>
    </message>
    <message>
        <source>path removed from %1</source>
        <translation>sti fjernet fra %1</translation>
    </message>
    <message>
        <source>Path %1 (%2, department %3) was changed by someone else after you read it: %4, by %5.</source>
        <translation>Sti %1 (%2, afdeling %3) blev ændret af en anden, efter at du havde læst den: %4, af %5.</translation>
    </message>
    <message>
        <source>Your edit ends it on %1.</source>
        <translation>Din ændring afslutter den den %1.</translation>
    </message>
    <message>
        <source>It already ends before that in the project.</source>
        <translation>Den slutter allerede før det i projektet.</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) were not saved because someone else changed them since you read them:</source>
        <translation>
            <numerusform>%n sti blev ikke gemt, fordi en anden har ændret den, siden du læste den:</numerusform>
            <numerusform>%n stier blev ikke gemt, fordi en anden har ændret dem, siden du læste dem:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditText</name>
    <message>
        <source>is still valid</source>
        <translation>gælder stadig</translation>
    </message>
    <message>
        <source>end on %1</source>
        <translation>slutte %1</translation>
    </message>
    <message>
        <source>be valid again</source>
        <translation>gælde igen</translation>
    </message>
    <message>
        <source>the version of %1 from %2 %3 in the project, and the edit would make it %4; that would overwrite history.</source>
        <translation>versionen af %1 fra %2 %3 i projektet, og ændringen ville få den til at %4; det ville overskrive historikken.</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>There is not enough space on the disk to create %1.</source>
        <translation>Der er ikke plads nok på disken til at oprette %1.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk to save the changes to %1; nothing was changed.</source>
        <translation>Der er ikke plads nok på disken til at gemme ændringerne i %1; intet blev ændret.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk to write %1.</source>
        <translation>Der er ikke plads nok på disken til at skrive %1.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk to read %1.</source>
        <translation>Der er ikke plads nok på disken til at læse %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file, its folder or the disk is read-only.</source>
        <translation>%1 kan ikke skrives: filen, dens mappe eller disken er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>%1 is read-only (the file, its folder or the disk); Engdrift cannot change it.</source>
        <translation>%1 er skrivebeskyttet (filen, dens mappe eller disken); Engdrift kan ikke ændre den.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; wait until it has finished or close it there, and try again.</source>
        <translation>%1 bruges af et andet program; vent, til det er færdigt, eller luk filen dér, og prøv igen.</translation>
    </message>
    <message>
        <source>%1 is not an Engdrift project: it is not a GeoPackage (it may be of another format, or damaged).</source>
        <translation>%1 er ikke et Engdrift-projekt: det er ikke en GeoPackage (den kan have et andet format eller være beskadiget).</translation>
    </message>
    <message>
        <source>You do not have permission to write %1 (or its folder).</source>
        <translation>Du har ikke tilladelse til at skrive %1 (eller dens mappe).</translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation>Du har ikke tilladelse til at læse %1.</translation>
    </message>
    <message>
        <source>%1 is damaged (its database structure is broken); use a backup copy.</source>
        <translation>%1 er beskadiget (databasens struktur er ødelagt); brug en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Mappen til %1 findes ikke.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 findes ikke.</translation>
    </message>
</context>
<context>
    <name>FileSet</name>
    <message>
        <source>%1 already exists; nothing was written (it is replaced only when you ask for it).</source>
        <translation>%1 findes allerede; intet blev skrevet (den erstattes kun, når du beder om det).</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 er en mappe; angiv et filnavn.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>%1 kan ikke skrives: mappen %2 findes ikke.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kan ikke skrives.</translation>
    </message>
    <message>
        <source>%1: internal error: the file was not written.</source>
        <translation>%1: intern fejl: filen blev ikke skrevet.</translation>
    </message>
    <message>
        <source>%1 cannot be put in place.</source>
        <translation>%1 kan ikke lægges på plads.</translation>
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
    <message>
        <source>%1 has a point without valid coordinates.</source>
        <translation>%1 har et punkt uden gyldige koordinater.</translation>
    </message>
    <message>
        <source>%1 needs at least three different points; it has %2.</source>
        <translation>%1 skal have mindst tre forskellige punkter; det har %2.</translation>
    </message>
    <message>
        <source>%1 needs at least two different points; it has %2.</source>
        <translation>%1 skal have mindst to forskellige punkter; den har %2.</translation>
    </message>
    <message>
        <source>A polygon needs an outline.</source>
        <translation>En polygon skal have et omrids.</translation>
    </message>
    <message>
        <source>The outline</source>
        <translation>Omridset</translation>
    </message>
    <message>
        <source>Hole %1</source>
        <translation>Hul %1</translation>
    </message>
    <message>
        <source>Cannot build the outline</source>
        <translation>Kan ikke danne omridset</translation>
    </message>
    <message>
        <source>A line</source>
        <translation>En linje</translation>
    </message>
    <message>
        <source>Cannot build the line</source>
        <translation>Kan ikke danne linjen</translation>
    </message>
    <message>
        <source>Cannot make the band along the line</source>
        <translation>Kan ikke danne båndet langs linjen</translation>
    </message>
</context>
<context>
    <name>GeometryEdit</name>
    <message>
        <source>There is no shape to snap.</source>
        <translation>Der er ingen figur at snappe.</translation>
    </message>
    <message>
        <source>Cannot snap the shape to its neighbours</source>
        <translation>Kan ikke snappe figuren til naboerne</translation>
    </message>
    <message>
        <source>Cannot snap the shape to its neighbours&apos; edges</source>
        <translation>Kan ikke snappe figuren til naboernes kanter</translation>
    </message>
    <message>
        <source>Nothing is left of the shape after snapping it to its neighbours; use a smaller snapping distance.</source>
        <translation>Der er intet tilbage af figuren efter snapning til naboerne; brug en mindre snapafstand.</translation>
    </message>
    <message>
        <source>There is no shape to cut.</source>
        <translation>Der er ingen figur at beskære.</translation>
    </message>
    <message>
        <source>Cannot combine the neighbouring areas</source>
        <translation>Kan ikke samle naboarealerne</translation>
    </message>
    <message>
        <source>Cannot cut the neighbouring areas away from the shape</source>
        <translation>Kan ikke skære naboarealerne væk fra figuren</translation>
    </message>
    <message>
        <source>Only a polygon can be split.</source>
        <translation>Kun en polygon kan opdeles.</translation>
    </message>
    <message>
        <source>A polygon is split along a line, not along a %1.</source>
        <translation>En polygon opdeles langs en linje, ikke langs en %1.</translation>
    </message>
    <message>
        <source>missing geometry</source>
        <translation>manglende geometri</translation>
    </message>
    <message>
        <source>Cannot read the outline of the polygon</source>
        <translation>Kan ikke læse polygonens omrids</translation>
    </message>
    <message>
        <source>Cannot intersect the line with the outline</source>
        <translation>Kan ikke finde skæringen mellem linjen og omridset</translation>
    </message>
    <message>
        <source>Cannot build the pieces</source>
        <translation>Kan ikke danne delene</translation>
    </message>
    <message>
        <source>the line does not cut it in two; draw the line across it, from outside on one side to outside on the other</source>
        <translation>linjen deler det ikke i to; tegn linjen hen over det, fra uden for den ene side til uden for den anden</translation>
    </message>
    <message>
        <source>There are no polygons to merge.</source>
        <translation>Der er ingen polygoner at slå sammen.</translation>
    </message>
    <message>
        <source>Cannot merge the polygons</source>
        <translation>Kan ikke slå polygonerne sammen</translation>
    </message>
    <message>
        <source>the areas do not touch: together they form %1 separate pieces</source>
        <translation>arealerne rører ikke hinanden: tilsammen udgør de %1 adskilte dele</translation>
    </message>
    <message>
        <source>the union of the areas is not a polygon</source>
        <translation>arealerne lagt sammen er ikke én polygon</translation>
    </message>
    <message>
        <source>The outline has a point without valid coordinates.</source>
        <translation>Omridset har et punkt uden gyldige koordinater.</translation>
    </message>
    <message>
        <source>An outline needs at least three different points; it has %1.</source>
        <translation>Et omrids skal have mindst tre forskellige punkter; det har %1.</translation>
    </message>
    <message>
        <source>Cannot build the outline</source>
        <translation>Kan ikke danne omridset</translation>
    </message>
    <message>
        <source>The outline crosses itself (%1); draw it again without crossing.</source>
        <translation>Omridset skærer sig selv (%1); tegn det igen uden at krydse.</translation>
    </message>
    <message>
        <source>The outline is not a valid polygon (%1); draw it again.</source>
        <translation>Omridset er ikke en gyldig polygon (%1); tegn det igen.</translation>
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
    <message>
        <source>imported from the start date given: the date field is empty or not a date</source>
        <translation>importeret med den angivne startdato: datofeltet er tomt eller ikke en dato</translation>
    </message>
</context>
<context>
    <name>ImportBatches</name>
    <message numerus="yes">
        <source>%1 was already imported into %2 on %3, %n area(s)</source>
        <translation>
            <numerusform>%1 blev allerede importeret til %2 den %3, %n areal</numerusform>
            <numerusform>%1 blev allerede importeret til %2 den %3, %n arealer</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no import %1 in the project.</source>
        <translation>Import %1 findes ikke i projektet.</translation>
    </message>
    <message>
        <source>Import %1 (%2) was undone already, on %3.</source>
        <translation>Import %1 (%2) er allerede fortrudt, den %3.</translation>
    </message>
    <message>
        <source>Import %1 (%2) cannot be undone: its areas were changed since (area %3); nothing was deleted.</source>
        <translation>Import %1 (%2) kan ikke fortrydes: dens arealer er ændret siden (areal %3); intet blev slettet.</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>&quot;%1&quot; is not a chart of Engdrift.</source>
        <translation>&quot;%1&quot; er ikke et af Engdrifts diagrammer.</translation>
    </message>
    <message>
        <source>Department %1 has no proposal to show.</source>
        <translation>Afdeling %1 har intet forslag at vise.</translation>
    </message>
    <message>
        <source>Mown paths</source>
        <translation>Slåede stier</translation>
    </message>
    <message>
        <source>Care type</source>
        <translation>Plejetype</translation>
    </message>
    <message>
        <source>Today m²</source>
        <translation>I dag m²</translation>
    </message>
    <message>
        <source>Proposal m²</source>
        <translation>Forslag m²</translation>
    </message>
    <message>
        <source>Change m²</source>
        <translation>Ændring m²</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>%1, element &quot;%2&quot;: the picture %3 cannot be drawn.</source>
        <translation>%1, element &quot;%2&quot;: billedet %3 kan ikke tegnes.</translation>
    </message>
    <message>
        <source>%1, element &quot;%2&quot;: the picture %3 cannot be read: %4</source>
        <translation>%1, element &quot;%2&quot;: billedet %3 kan ikke læses: %4</translation>
    </message>
    <message>
        <source>(The chart is drawn by the desktop program and engdrift-cli.)</source>
        <translation>(Diagrammet tegnes af skrivebordsprogrammet og engdrift-cli.)</translation>
    </message>
    <message>
        <source>The page was cancelled.</source>
        <translation>Siden blev annulleret.</translation>
    </message>
    <message>
        <source>The export of %1 was cancelled; nothing was written.</source>
        <translation>Eksporten af %1 blev annulleret; intet blev skrevet.</translation>
    </message>
    <message>
        <source>%1: a page can be written as .pdf, .png or .svg, not as &quot;%2&quot;.</source>
        <translation>%1: en side kan skrives som .pdf, .png eller .svg, ikke som &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(ingen filtype)</translation>
    </message>
    <message>
        <source>%1: there are no pages to write.</source>
        <translation>%1: der er ingen sider at skrive.</translation>
    </message>
    <message>
        <source>%1: a picture holds one page; write the %2 pages as a PDF.</source>
        <translation>%1: et billede rummer én side; skriv de %2 sider som PDF.</translation>
    </message>
    <message>
        <source>%1: the resolution must be 30 to 1200 dots per inch, not %2.</source>
        <translation>%1: opløsningen skal være 30 til 1200 punkter pr. tomme, ikke %2.</translation>
    </message>
    <message>
        <source>There is not enough memory for a %1 x %2 picture (%3 dpi); choose a lower resolution.</source>
        <translation>Der er ikke hukommelse nok til et billede på %1 x %2 (%3 dpi); vælg en lavere opløsning.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the SVG could not be started.</source>
        <translation>%1 kan ikke skrives: SVG-filen kunne ikke påbegyndes.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF could not be started.</source>
        <translation>%1 kan ikke skrives: PDF-filen kunne ikke påbegyndes.</translation>
    </message>
    <message>
        <source>%1 cannot be written: page %2 could not be started.</source>
        <translation>%1 kan ikke skrives: side %2 kunne ikke påbegyndes.</translation>
    </message>
    <message>
        <source>no green area</source>
        <translation>intet grønt areal</translation>
    </message>
    <message>
        <source>%1 of %2 m² green area</source>
        <translation>%1 af %2 m² grønt areal</translation>
    </message>
    <message>
        <source>%1: department %2 has no proposal %3.</source>
        <translation>%1: afdeling %2 har intet forslag %3.</translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation>%1: der er ingen afdeling %2.</translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Afdeling %1</translation>
    </message>
    <message>
        <source>Department %1 %2</source>
        <translation>Afdeling %1 %2</translation>
    </message>
    <message>
        <source>(no proposal)</source>
        <translation>(intet forslag)</translation>
    </message>
    <message>
        <source>Contents (%1 of %2)</source>
        <translation>Indhold (%1 af %2)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>%1: an atlas is one PDF of many pages; write it as .pdf.</source>
        <translation>%1: et atlas er én PDF med mange sider; skriv det som .pdf.</translation>
    </message>
    <message>
        <source>%1: none of the departments asked for has areas on %2; there is no page to write.</source>
        <translation>%1: ingen af de valgte afdelinger har arealer den %2; der er ingen side at skrive.</translation>
    </message>
    <message>
        <source>1 cut a year</source>
        <translation>1 slåning om året</translation>
    </message>
    <message>
        <source>%1 cuts a year</source>
        <translation>%1 slåninger om året</translation>
    </message>
    <message>
        <source>%1 %2, %3 h and %4 l fuel per ha a cut</source>
        <translation>%1 %2, %3 t og %4 l brændstof pr. ha pr. slåning</translation>
    </message>
    <message>
        <source>%1 %2, %3 h and %4 l fuel per ha a cut + %5 % trimming</source>
        <translation>%1 %2, %3 t og %4 l brændstof pr. ha pr. slåning + %5 % kantklipning</translation>
    </message>
    <message>
        <source>%1 %2, cut and collected at %3 m² an hour, %4 l fuel per ha a cut</source>
        <translation>%1 %2, slået og opsamlet med %3 m² i timen, %4 l brændstof pr. ha pr. slåning</translation>
    </message>
    <message>
        <source>%1 %2 by scythe at %3 m² an hour</source>
        <translation>%1 %2 med le, %3 m² i timen</translation>
    </message>
    <message>
        <source>other care (hedges, shrubs, beds) at the catalogue&apos;s hours per ha a year</source>
        <translation>øvrig pleje (hække, buske, bede) med katalogets timer pr. ha om året</translation>
    </message>
    <message>
        <source>DKK %1 an hour</source>
        <translation>%1 kr. i timen</translation>
    </message>
    <message>
        <source>%1 and DKK %2 per m² mown a year</source>
        <translation>%1 og %2 kr. pr. slået m² om året</translation>
    </message>
    <message>
        <source>%1 kg CO₂ per litre of fuel</source>
        <translation>%1 kg CO₂ pr. liter brændstof</translation>
    </message>
    <message>
        <source>Estimates, not measurements. Assumed: %1.</source>
        <translation>Skøn, ikke målinger. Forudsat: %1.</translation>
    </message>
    <message>
        <source>Estimated a year</source>
        <translation>Skønnet pr. år</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Hours of outdoor care</source>
        <translation>Timer til pleje af udearealer</translation>
    </message>
    <message>
        <source>CO₂ from fuel (kg)</source>
        <translation>CO₂ fra brændstof (kg)</translation>
    </message>
    <message>
        <source>Cost (DKK)</source>
        <translation>Udgift (kr.)</translation>
    </message>
    <message>
        <source>The season calendar belongs on a mowing plan&apos;s page.</source>
        <translation>Sæsonkalenderen hører til på en slåningsplans side.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Department %1 has no proposal to plan the mowing of.</source>
        <translation>Afdeling %1 har intet forslag at planlægge slåningen for.</translation>
    </message>
    <message>
        <source>as the proposal &quot;%1&quot; would make it</source>
        <translation>som forslaget &quot;%1&quot; vil gøre det</translation>
    </message>
    <message>
        <source>the map of %1</source>
        <translation>kortet pr. %1</translation>
    </message>
    <message>
        <source>No warnings: every cut is in its regime&apos;s months and within the crew&apos;s hours.</source>
        <translation>Ingen advarsler: hver slåning ligger i plejens måneder og inden for holdets timer.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Cuts</source>
        <translation>Slåninger</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Højde</translation>
    </message>
    <message>
        <source>Clippings</source>
        <translation>Afklip</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maskine</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>The nature value of department %1: %2</source>
        <translation>Naturværdien for afdeling %1: %2</translation>
    </message>
    <message>
        <source>Nature value: units = ha × distinctiveness × condition × strategic significance (the UK biodiversity metric); green factor = Σ m² × biofaktor / Σ m² of all the grounds; nature-friendly patches at most D = %1 m apart form a network; share = nature-friendly m² in the largest network / all nature-friendly m².</source>
        <translation>Naturværdi: enheder = ha × særpræg × tilstand × strategisk betydning (den britiske biodiversitetsmetode); biofaktor = Σ m² × biofaktor / Σ m² af hele udearealet; naturvenlige pletter højst D = %1 m fra hinanden danner et netværk; andel = naturvenlige m² i det største netværk / alle naturvenlige m².</translation>
    </message>
    <message>
        <source>Largest network: %1 of %2 nature-friendly m² today, %3 of %4 m² with the proposal.</source>
        <translation>Største netværk: %1 af %2 naturvenlige m² i dag, %3 af %4 m² med forslaget.</translation>
    </message>
    <message>
        <source>Nature value</source>
        <translation>Naturværdi</translation>
    </message>
    <message>
        <source>Biodiversity units</source>
        <translation>Biodiversitetsenheder</translation>
    </message>
    <message>
        <source>Green factor</source>
        <translation>Biofaktor</translation>
    </message>
    <message>
        <source>Networks of nature-friendly patches</source>
        <translation>Netværk af naturvenlige pletter</translation>
    </message>
    <message>
        <source>Isolated patches</source>
        <translation>Isolerede pletter</translation>
    </message>
    <message>
        <source>Share in the largest network</source>
        <translation>Andel i det største netværk</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 pct.-point</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>No display: wrote a picture of the map to %1</source>
        <translation>Ingen skærm: skrev et billede af kortet til %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message>
        <source>Styles file refused</source>
        <translation>Stilfilen blev afvist</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>The export of %1 was cancelled; nothing was written.</source>
        <translation>Eksporten af %1 blev annulleret; intet blev skrevet.</translation>
    </message>
    <message>
        <source>Give the map a file name.</source>
        <translation>Giv kortet et filnavn.</translation>
    </message>
    <message>
        <source>%1: Engdrift cannot write maps as .%2 files. End the name in .png or .jpg for a picture, or .pdf or .svg for a drawing.</source>
        <translation>%1: Engdrift kan ikke skrive kort som .%2-filer. Slut navnet på .png eller .jpg for et billede, eller .pdf eller .svg for en tegning.</translation>
    </message>
    <message>
        <source>%1: the map has no size to draw.</source>
        <translation>%1: kortet har ingen størrelse at tegne.</translation>
    </message>
    <message>
        <source>the picture could not be encoded</source>
        <translation>billedet kunne ikke kodes</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>PDF-filen kunne ikke påbegyndes</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>SVG-filen kunne ikke påbegyndes</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>The map view is empty.</source>
        <translation>Kortudsnittet er tomt.</translation>
    </message>
    <message>
        <source>There is not enough memory for a %1 x %2 image.</source>
        <translation>Der er ikke nok hukommelse til et billede på %1 x %2.</translation>
    </message>
    <message>
        <source>%1: the areas cannot be read.</source>
        <translation>%1: arealerne kan ikke læses.</translation>
    </message>
    <message>
        <source>%1: there is no picture to write.</source>
        <translation>%1: der er intet billede at skrive.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>GDAL has no GeoTIFF driver.</source>
        <translation>GDAL har ingen GeoTIFF-driver.</translation>
    </message>
</context>
<context>
    <name>MowingAssumptions</name>
    <message>
        <source>machine hours per hectare per cut (where a care type has no figure of its own)</source>
        <translation>maskintimer pr. hektar pr. slæt (hvor en plejetype ikke har sit eget tal)</translation>
    </message>
    <message>
        <source>litres of fuel per hectare per cut (where a care type has no figure of its own)</source>
        <translation>liter brændstof pr. hektar pr. slæt (hvor en plejetype ikke har sit eget tal)</translation>
    </message>
    <message>
        <source>trimming adds this share of the mowing hours (where a care type has no figure of its own)</source>
        <translation>trimning lægger denne andel til slåtimerne (hvor en plejetype ikke har sit eget tal)</translation>
    </message>
    <message>
        <source>m² cut and collected per hour (hay and meadows)</source>
        <translation>m² slået og opsamlet pr. time (hø og enge)</translation>
    </message>
    <message>
        <source>m² cut by scythe per hour</source>
        <translation>m² slået med le pr. time</translation>
    </message>
    <message>
        <source>kg CO2 per litre of fuel</source>
        <translation>kg CO2 pr. liter brændstof</translation>
    </message>
    <message>
        <source>cost per hour (DKK)</source>
        <translation>pris pr. time (kr.)</translation>
    </message>
    <message>
        <source>cost per m² mown per year (DKK), besides the hours</source>
        <translation>pris pr. slået m² pr. år (kr.), ud over timerne</translation>
    </message>
    <message>
        <source>hours a week the crew can work</source>
        <translation>timer om ugen holdet kan arbejde</translation>
    </message>
    <message>
        <source>The assumption %1 must be a number from %2 to %3 (got &quot;%4&quot;).</source>
        <translation>Forudsætningen %1 skal være et tal fra %2 til %3 (fik &quot;%4&quot;).</translation>
    </message>
    <message>
        <source>There is no assumption %1: use a general one (%2) or CARE_TYPE.FIGURE (e.g. brugsplaene.hours_per_ha_per_cut).</source>
        <translation>Der er ingen forudsætning %1: brug en generel (%2) eller PLEJETYPE.TAL (fx brugsplaene.hours_per_ha_per_cut).</translation>
    </message>
    <message>
        <source>There is no assumption %1: a care type&apos;s figures are hours_per_ha_per_cut, fuel_l_per_ha_per_cut, trim_factor and hours_per_ha_per_year.</source>
        <translation>Der er ingen forudsætning %1: en plejetypes tal er hours_per_ha_per_cut, fuel_l_per_ha_per_cut, trim_factor og hours_per_ha_per_year.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the mowing assumption %2 is not a number in its range.</source>
        <translation>%1: slåforudsætningen %2 er ikke et tal inden for sit interval.</translation>
    </message>
    <message>
        <source>%1: the stored mowing assumptions are damaged (not a JSON object).</source>
        <translation>%1: de gemte slåforudsætninger er beskadigede (ikke et JSON-objekt).</translation>
    </message>
</context>
<context>
    <name>MowingCalendar</name>
    <message>
        <source>Zone %1 (%2) is cut in week %3, in %4: its regime cuts only in %5.</source>
        <translation>Zone %1 (%2) slås i uge %3, i %4: dens regime slår kun i %5.</translation>
    </message>
    <message>
        <source>Zone %1 (%2): the hay cut in week %3 lies %4 days; its regime removes it after %5-%6 days.</source>
        <translation>Zone %1 (%2): høet slået i uge %3 ligger %4 dage; dens regime fjerner det efter %5-%6 dage.</translation>
    </message>
    <message>
        <source>Week %1 needs %2 hours; the crew has %3 a week.</source>
        <translation>Uge %1 kræver %2 timer; holdet har %3 om ugen.</translation>
    </message>
</context>
<context>
    <name>MowingPlan</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver.</source>
        <translation>GDAL har ingen %1-driver.</translation>
    </message>
    <message>
        <source>GDAL cannot use the coordinate reference system %1.</source>
        <translation>GDAL kan ikke bruge koordinatsystemet %1.</translation>
    </message>
    <message>
        <source>Mowing zones of department %1, season %2; estimates from these assumptions: %3</source>
        <translation>Slåzoner i afdeling %1, sæson %2; skøn ud fra disse forudsætninger: %3</translation>
    </message>
    <message>
        <source>zone %1 has no readable shape.</source>
        <translation>zone %1 har ingen læsbar form.</translation>
    </message>
    <message>
        <source>zone %1 cannot be converted to EPSG:4326.</source>
        <translation>zone %1 kan ikke omregnes til EPSG:4326.</translation>
    </message>
    <message>
        <source>the file GDAL wrote cannot be read back whole.</source>
        <translation>filen som GDAL skrev kan ikke læses hel tilbage.</translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation>%1: der er ingen afdeling %2.</translation>
    </message>
    <message>
        <source>%1: a mowing plan can be written as .csv, .gpkg or .geojson, not as &quot;%2&quot;.</source>
        <translation>%1: en slåplan kan skrives som .csv, .gpkg eller .geojson, ikke som &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>MowingWords</name>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>%1–%2 cm</source>
        <translation>%1–%2 cm</translation>
    </message>
    <message>
        <source>left</source>
        <translation>efterlades</translation>
    </message>
    <message>
        <source>collected after %1 days</source>
        <translation>opsamles efter %1 dage</translation>
    </message>
    <message>
        <source>collected after %1–%2 days</source>
        <translation>opsamles efter %1–%2 dage</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>opsamles</translation>
    </message>
    <message>
        <source>partly collected</source>
        <translation>delvis opsamlet</translation>
    </message>
    <message>
        <source>ride-on mower</source>
        <translation>rider/traktorklipper</translation>
    </message>
    <message>
        <source>cylinder mower</source>
        <translation>cylinderklipper</translation>
    </message>
    <message>
        <source>flail mower</source>
        <translation>slagleklipper</translation>
    </message>
    <message>
        <source>finger-bar mower</source>
        <translation>knivbjælkeklipper</translation>
    </message>
    <message>
        <source>cut and collect</source>
        <translation>slå og opsamle</translation>
    </message>
    <message>
        <source>scythe</source>
        <translation>le</translation>
    </message>
</context>
<context>
    <name>MowingWorkload</name>
    <message>
        <source>The workload was cancelled.</source>
        <translation>Beregningen af arbejdsmængden blev afbrudt.</translation>
    </message>
</context>
<context>
    <name>MowingZoneEdits</name>
    <message>
        <source>Department %1 has no mowing zone %2 on %3.</source>
        <translation>Afdeling %1 har ingen slåzone %2 den %3.</translation>
    </message>
    <message>
        <source>A change of the mowing zones needs the date it holds from.</source>
        <translation>En ændring af slåzonerne kræver den dato, den gælder fra.</translation>
    </message>
    <message>
        <source>The project %1 is open read-only: its mowing zones cannot be changed.</source>
        <translation>Projektet %1 er åbnet skrivebeskyttet: dets slåzoner kan ikke ændres.</translation>
    </message>
    <message>
        <source>Department %1 has no mowing zones on %2.</source>
        <translation>Afdeling %1 har ingen slåzoner den %2.</translation>
    </message>
    <message>
        <source>Department %1 would have two mowing zones numbered %2.</source>
        <translation>Afdeling %1 ville få to slåzoner med nummer %2.</translation>
    </message>
    <message>
        <source>A zone&apos;s name is at most %1 characters; &quot;%2&quot; has %3.</source>
        <translation>En zones navn er højst %1 tegn; &quot;%2&quot; har %3.</translation>
    </message>
    <message>
        <source>A mowing zone&apos;s number is 1 or more, not %1.</source>
        <translation>En slåzones nummer er 1 eller mere, ikke %1.</translation>
    </message>
    <message>
        <source>The override of zone %1 for %2 changes nothing in its regime.</source>
        <translation>Afvigelsen for zone %1 i %2 ændrer intet i dens regime.</translation>
    </message>
    <message>
        <source>The season %1 is over before %2: an override is dated within or before its season.</source>
        <translation>Sæsonen %1 er slut før %2: en afvigelse dateres i eller før sin sæson.</translation>
    </message>
    <message>
        <source>Zone %1: %2</source>
        <translation>Zone %1: %2</translation>
    </message>
    <message>
        <source>Zone %1 has no override for %2.</source>
        <translation>Zone %1 har ingen afvigelse for %2.</translation>
    </message>
</context>
<context>
    <name>MowingZones</name>
    <message>
        <source>Area %1: %2</source>
        <translation>Areal %1: %2</translation>
    </message>
</context>
<context>
    <name>Nature</name>
    <message>
        <source>very high</source>
        <translation>meget høj</translation>
    </message>
    <message>
        <source>high</source>
        <translation>høj</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>meget lav</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>dårlig</translation>
    </message>
    <message>
        <source>fairly poor</source>
        <translation>ret dårlig</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderat</translation>
    </message>
    <message>
        <source>fairly good</source>
        <translation>ret god</translation>
    </message>
    <message>
        <source>good</source>
        <translation>god</translation>
    </message>
    <message>
        <source>%1 ha × %2 (%3) × %4 (%5) × %6 = %7 units</source>
        <translation>%1 ha × %2 (%3) × %4 (%5) × %6 = %7 enheder</translation>
    </message>
    <message>
        <source>Biodiversity units (UK statutory biodiversity metric): units = area (ha) × distinctiveness × condition × strategic significance. Area: planar m² in the project CRS / 10,000. Distinctiveness from the care type in the catalogue (very high 8, high 6, medium 4, low 2, very low 0); condition recorded per area, otherwise the care type&apos;s default (good 3, fairly good 2.5, moderate 2, fairly poor 1.5, poor 1); strategic significance per department (high 1.15, medium 1.10, low 1.00).</source>
        <translation>Biodiversitetsenheder (den britiske lovpligtige biodiversitetsmetrik): enheder = areal (ha) × særpræg × tilstand × strategisk betydning. Areal: plant m² i projektets koordinatsystem / 10.000. Særpræg fra plejetypen i kataloget (meget høj 8, høj 6, middel 4, lav 2, meget lav 0); tilstand registreret pr. areal, ellers plejetypens standard (god 3, ret god 2,5, moderat 2, ret dårlig 1,5, dårlig 1); strategisk betydning pr. afdeling (høj 1,15, middel 1,10, lav 1,00).</translation>
    </message>
    <message>
        <source>Green factor (biofaktor): Σ area × the care type&apos;s factor (numerator) / Σ area (denominator) over every mapped area of the department, sealed surfaces included (factor 0).</source>
        <translation>Grønningsfaktor (biofaktor): Σ areal × plejetypens faktor (tæller) / Σ areal (nævner) over alle kortlagte arealer i afdelingen, befæstede flader medregnet (faktor 0).</translation>
    </message>
    <message>
        <source>Connectivity for insects: nature-friendly areas that touch or overlap (gaps up to %1 m) form one patch, across department borders; two patches at most %2 m apart are linked (Hofmann et al. 2020, J. Hymenoptera Res. 77: wild bees&apos; mean foraging flights 73-121 m, flower patches no more than 150 m apart); a network is a connected set of linked patches; an isolated patch has no link.</source>
        <translation>Forbundethed for insekter: naturvenlige arealer, der rører eller overlapper hinanden (mellemrum op til %1 m), udgør én plet, også på tværs af afdelingsgrænser; to pletter højst %2 m fra hinanden er forbundet (Hofmann m.fl. 2020, J. Hymenoptera Res. 77: vilde biers gennemsnitlige fourageringsflyvninger 73-121 m, blomsterpletter højst 150 m fra hinanden); et netværk er en sammenhængende mængde forbundne pletter; en isoleret plet har ingen forbindelse.</translation>
    </message>
    <message>
        <source>A department&apos;s networks are those holding any of its nature-friendly area; its largest network is the one holding most of its nature-friendly m²; the share is its nature-friendly m² in that network / all its nature-friendly m².</source>
        <translation>En afdelings netværk er dem, der rummer noget af dens naturvenlige areal; dens største netværk er det, der rummer mest af dens naturvenlige m²; andelen er dens naturvenlige m² i det netværk / alle dens naturvenlige m².</translation>
    </message>
    <message>
        <source>Suggestions: lawns (care type group &quot;lawn&quot;, not nature-friendly) with patches of two or more networks within %1 m, whose conversion would join them; ranked by the m² of the networks joined (ties: the smaller lawn, then the area id).</source>
        <translation>Forslag: plæner (plejetypegruppe &quot;lawn&quot;, ikke naturvenlige) med pletter fra to eller flere netværk inden for %1 m, hvis omlægning ville forbinde dem; ordnet efter m² i de forbundne netværk (ved lighed: den mindste plæne, derefter areal-id).</translation>
    </message>
    <message>
        <source>Areas of care types the catalogue does not know are left out of every figure.</source>
        <translation>Arealer med plejetyper, som kataloget ikke kender, er udeladt af alle tal.</translation>
    </message>
    <message>
        <source>The nature figures were cancelled.</source>
        <translation>Beregningen af naturtallene blev afbrudt.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of care types the catalogue does not know (%1) are left out.</source>
        <translation>
            <numerusform>%n areal med plejetyper, som kataloget ikke kender (%1), er udeladt.</numerusform>
            <numerusform>%n arealer med plejetyper, som kataloget ikke kender (%1), er udeladt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Area %1 has no readable shape.</source>
        <translation>Areal %1 har ingen læsbar form.</translation>
    </message>
    <message>
        <source>Area %1: its shape is not among the figures&apos; shapes.</source>
        <translation>Areal %1: dets form er ikke blandt tallenes former.</translation>
    </message>
    <message>
        <source>There is no patch %1.</source>
        <translation>Der er ingen plet %1.</translation>
    </message>
    <message>
        <source>There is no network %1.</source>
        <translation>Der er intet netværk %1.</translation>
    </message>
    <message>
        <source>The distance between linked patches must be 0 m or more, not %1.</source>
        <translation>Afstanden mellem forbundne pletter skal være 0 m eller mere, ikke %1.</translation>
    </message>
    <message>
        <source>%1: there is no proposal %2.</source>
        <translation>%1: der er intet forslag %2.</translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation>%1: der er ingen afdeling %2.</translation>
    </message>
</context>
<context>
    <name>NatureExport</name>
    <message>
        <source>%1: the nature layers can be written as .gpkg or .geojson, not as &quot;%2&quot;.</source>
        <translation>%1: naturlagene kan skrives som .gpkg eller .geojson, ikke som &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver.</source>
        <translation>GDAL har ingen %1-driver.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>network %1 cannot be written.</source>
        <translation>netværk %1 kan ikke skrives.</translation>
    </message>
    <message>
        <source>patch %1 cannot be written.</source>
        <translation>plet %1 kan ikke skrives.</translation>
    </message>
    <message>
        <source>the link of patches %1 and %2 cannot be written.</source>
        <translation>forbindelsen mellem pletterne %1 og %2 kan ikke skrives.</translation>
    </message>
    <message>
        <source>the suggestion of area %1 cannot be written.</source>
        <translation>forslaget om areal %1 kan ikke skrives.</translation>
    </message>
</context>
<context>
    <name>NoNetworkScope</name>
    <message>
        <source>%1 was not fetched: Engdrift reads files without network access</source>
        <translation>%1 blev ikke hentet: Engdrift læser filer uden netværksadgang</translation>
    </message>
</context>
<context>
    <name>Path</name>
    <message>
        <source>Mown safety edge</source>
        <translation>Slået sikkerhedsbræmme</translation>
    </message>
    <message>
        <source>Mown path</source>
        <translation>Slået sti</translation>
    </message>
</context>
<context>
    <name>PlotData</name>
    <message>
        <source>All departments</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation>%1: afdeling %2 findes ikke.</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Afdeling %1</translation>
    </message>
    <message>
        <source>Department %1 %2</source>
        <translation>Afdeling %1 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>The areas valid at each date, by care type; planar m² in the project&apos;s coordinate system.</source>
        <translation>De arealer, der gælder på hver dato, efter plejetype; plane m² i projektets koordinatsystem.</translation>
    </message>
    <message>
        <source>Adopted: adopted or implemented and not withdrawn. Out of the departments that had areas at each date.</source>
        <translation>Vedtaget: vedtaget eller omlagt og ikke trukket tilbage. Ud af de afdelinger, der havde arealer på hver dato.</translation>
    </message>
    <message>
        <source>Nature-friendly area out of the green area (the care types the catalogue counts as green).</source>
        <translation>Naturvenligt areal ud af det grønne areal (de plejetyper, som kataloget regner som grønne).</translation>
    </message>
    <message>
        <source>No department has a proposal yet.</source>
        <translation>Ingen afdeling har et forslag endnu.</translation>
    </message>
    <message>
        <source>The end date of the chart is not a date.</source>
        <translation>Diagrammets slutdato er ikke en dato.</translation>
    </message>
    <message>
        <source>The chart starts (%1) after it ends (%2).</source>
        <translation>Diagrammet begynder (%1), efter at det slutter (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n selected area(s)</source>
        <translation>
            <numerusform>%n valgt areal</numerusform>
            <numerusform>%n valgte arealer</numerusform>
        </translation>
    </message>
    <message>
        <source>Biodiversity units of the areas valid at each date, by care type: area (ha) × distinctiveness × condition × strategic significance.</source>
        <translation>Biodiversitetsenheder for de arealer, der gælder på hver dato, pr. plejetype: areal (ha) × særpræg × tilstand × strategisk betydning.</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>Areal (m²)</translation>
    </message>
    <message>
        <source>No areas at these dates</source>
        <translation>Ingen arealer på disse datoer</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Afdelinger</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Vedtaget</translation>
    </message>
    <message>
        <source>%1 of %2 departments</source>
        <translation>%1 af %2 afdelinger</translation>
    </message>
    <message>
        <source>No dates to show</source>
        <translation>Ingen datoer at vise</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Share of the green area (%)</source>
        <translation>Andel af det grønne areal (%)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>With the proposal</source>
        <translation>Med forslaget</translation>
    </message>
    <message>
        <source>no green area</source>
        <translation>intet grønt areal</translation>
    </message>
    <message>
        <source>No departments with areas at this date</source>
        <translation>Ingen afdelinger med arealer på denne dato</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: move · double-click: show all</source>
        <translation>Hjul: zoom · træk: flyt · dobbeltklik: vis alt</translation>
    </message>
    <message>
        <source>Area by care type</source>
        <translation>Areal efter plejetype</translation>
    </message>
    <message>
        <source>Departments that have adopted</source>
        <translation>Afdelinger, der har vedtaget</translation>
    </message>
    <message>
        <source>Nature-friendly share of the green area</source>
        <translation>Naturvenlig andel af det grønne areal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>I alt: %1</translation>
    </message>
    <message>
        <source>%1 of %2 departments have adopted</source>
        <translation>%1 af %2 afdelinger har vedtaget</translation>
    </message>
    <message>
        <source>%1 of the departments</source>
        <translation>%1 af afdelingerne</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 af %3)</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>I dag: %1</translation>
    </message>
    <message>
        <source>With the proposal: %1</source>
        <translation>Med forslaget: %1</translation>
    </message>
    <message>
        <source>No proposal yet</source>
        <translation>Intet forslag endnu</translation>
    </message>
    <message>
        <source>%1: cannot write charts of type &quot;%2&quot;; use .png, .pdf or .svg</source>
        <translation>%1: kan ikke skrive diagrammer af typen &quot;%2&quot;; brug .png, .pdf eller .svg</translation>
    </message>
    <message>
        <source>%1: a chart must be 200 x 150 to 20000 x 20000 pixels, not %2 x %3</source>
        <translation>%1: et diagram skal være fra 200 x 150 til 20000 x 20000 pixel, ikke %2 x %3</translation>
    </message>
    <message>
        <source>%1: drawing a chart needs a QApplication</source>
        <translation>%1: tegning af et diagram kræver en QApplication</translation>
    </message>
    <message>
        <source>%1: cannot draw the chart.</source>
        <translation>%1: diagrammet kan ikke tegnes.</translation>
    </message>
    <message>
        <source>Drawing a chart needs a QApplication.</source>
        <translation>Et diagram kan kun tegnes med en QApplication.</translation>
    </message>
    <message>
        <source>The chart cannot be drawn.</source>
        <translation>Diagrammet kan ikke tegnes.</translation>
    </message>
    <message>
        <source>Season calendar %1</source>
        <translation>Sæsonkalender %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Hay removed</source>
        <translation>Hø fjernet</translation>
    </message>
    <message>
        <source>Warning (!)</source>
        <translation>Advarsel (!)</translation>
    </message>
    <message>
        <source>No zone is cut in this season</source>
        <translation>Ingen zone slås i denne sæson</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Hours a week (estimate)</source>
        <translation>Timer om ugen (skøn)</translation>
    </message>
    <message>
        <source>More than the crew&apos;s hours</source>
        <translation>Flere end holdets timer</translation>
    </message>
    <message>
        <source>The crew&apos;s hours a week (%1)</source>
        <translation>Holdets timer om ugen (%1)</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3</source>
        <translation>Uge %1: %2 til %3</translation>
    </message>
    <message>
        <source>No zone is cut</source>
        <translation>Ingen zone slås</translation>
    </message>
    <message>
        <source>Cut: %1</source>
        <translation>Slås: %1</translation>
    </message>
    <message>
        <source>Hay removed: %1</source>
        <translation>Hø fjernes: %1</translation>
    </message>
    <message>
        <source>About %1 hours (the crew has %2)</source>
        <translation>Omkring %1 timer (holdet har %2)</translation>
    </message>
    <message>
        <source>Biodiversity units</source>
        <translation>Biodiversitetsenheder</translation>
    </message>
    <message>
        <source>No units at these dates</source>
        <translation>Ingen enheder på disse datoer</translation>
    </message>
    <message>
        <source>Biodiversity units by care type</source>
        <translation>Biodiversitetsenheder pr. plejetype</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 enheder</translation>
    </message>
</context>
<context>
    <name>Png</name>
    <message>
        <source>%1: there is no picture to write.</source>
        <translation>%1: der er intet billede at skrive.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>%1: not enough memory to write a PNG.</source>
        <translation>%1: der er ikke hukommelse nok til at skrive en PNG.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kan ikke skrives.</translation>
    </message>
    <message>
        <source>%1: pictures of type &quot;%2&quot; cannot be written; use .png or .jpg.</source>
        <translation>%1: billeder af typen &quot;%2&quot; kan ikke skrives; brug .png eller .jpg.</translation>
    </message>
</context>
<context>
    <name>ProjectAudit</name>
    <message numerus="yes">
        <source>%1: %n area version(s) (department(s) %2) have the care type &quot;%3&quot;, which the project&apos;s catalogue does not have; statistics count them under that code, as neither green nor nature-friendly.</source>
        <translation>
            <numerusform>%1: %n arealversion (afdeling %2) har plejetypen &quot;%3&quot;, som ikke findes i projektets katalog; statistikken tæller den under den kode, som hverken grøn eller naturvenlig.</numerusform>
            <numerusform>%1: %n arealversioner (afdeling(er) %2) har plejetypen &quot;%3&quot;, som ikke findes i projektets katalog; statistikken tæller dem under den kode, som hverken grønne eller naturvenlige.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: area %2 (department %3) has two versions valid on %4: row %5 (from %6 to %7) and row %8 (from %9). The map and statistics at such a date count the area twice.</source>
        <translation>%1: areal %2 (afdeling %3) har to versioner, der gælder den %4: række %5 (fra %6 til %7) og række %8 (fra %9). Kortet og statistikken på en sådan dato tæller arealet to gange.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more area(s) have versions that overlap in time.</source>
        <translation>
            <numerusform>%1: %n areal mere har versioner, der overlapper i tid.</numerusform>
            <numerusform>%1: %n arealer mere har versioner, der overlapper i tid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 og %n mere</numerusform>
            <numerusform>%1 og %n flere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the condition &quot;%3&quot; of %n area version(s) (area ids %2) is not one this program knows (known: %4; empty for the care type&apos;s default); the version(s) cannot be read until it is corrected.</source>
        <translation>
            <numerusform>%1: tilstanden &quot;%3&quot; på %n arealversion (areal-id %2) er ikke en, programmet kender (kendte: %4; tom for plejetypens standard); versionen kan ikke læses, før tilstanden er rettet.</numerusform>
            <numerusform>%1: tilstanden &quot;%3&quot; på %n arealversioner (areal-id %2) er ikke en, programmet kender (kendte: %4; tom for plejetypens standard); versionerne kan ikke læses, før tilstanden er rettet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectCheck</name>
    <message>
        <source>the spatial index %1 cannot be checked: %2</source>
        <translation>det rumlige indeks %1 kan ikke kontrolleres: %2</translation>
    </message>
    <message>
        <source>the spatial index %1 is damaged: %2</source>
        <translation>det rumlige indeks %1 er beskadiget: %2</translation>
    </message>
    <message>
        <source>the spatial index %1 cannot be read: %2</source>
        <translation>det rumlige indeks %1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>the table cannot be read: %1</source>
        <translation>tabellen kan ikke læses: %1</translation>
    </message>
    <message>
        <source>the shape is not a GeoPackage geometry</source>
        <translation>formen er ikke en GeoPackage-geometri</translation>
    </message>
    <message>
        <source>the row is missing from the spatial index %1</source>
        <translation>rækken mangler i det rumlige indeks %1</translation>
    </message>
    <message>
        <source>the spatial index %1 has the box %2, %3 - %4, %5 for the row; its shape&apos;s is %6, %7 - %8, %9</source>
        <translation>det rumlige indeks %1 har boksen %2, %3 - %4, %5 for rækken; dens forms boks er %6, %7 - %8, %9</translation>
    </message>
    <message>
        <source>the spatial index %1 has a box for the row, which has no shape</source>
        <translation>det rumlige indeks %1 har en boks for rækken, som ikke har nogen form</translation>
    </message>
    <message>
        <source>the table cannot be read to the end: %1</source>
        <translation>tabellen kan ikke læses til ende: %1</translation>
    </message>
    <message>
        <source>the spatial index %1 has a box for row %2, which the table does not have</source>
        <translation>det rumlige indeks %1 har en boks for række %2, som ikke findes i tabellen</translation>
    </message>
    <message>
        <source>and %1 more rows: %2</source>
        <translation>og %1 rækker mere: %2</translation>
    </message>
    <message>
        <source>missing from the spatial index</source>
        <translation>mangler i det rumlige indeks</translation>
    </message>
    <message>
        <source>with the wrong box in the spatial index</source>
        <translation>med forkert boks i det rumlige indeks</translation>
    </message>
    <message>
        <source>in the spatial index but not in the table</source>
        <translation>i det rumlige indeks, men ikke i tabellen</translation>
    </message>
    <message>
        <source>and %1 more rows whose shape is not a GeoPackage geometry</source>
        <translation>og %1 rækker mere, hvis form ikke er en GeoPackage-geometri</translation>
    </message>
    <message>
        <source>There is no project file %1.</source>
        <translation>Projektfilen %1 findes ikke.</translation>
    </message>
    <message>
        <source>%1 cannot be opened to check it.</source>
        <translation>%1 kan ikke åbnes til kontrol.</translation>
    </message>
    <message>
        <source>SQLite cannot check the file: %1</source>
        <translation>SQLite kan ikke kontrollere filen: %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: %1</source>
        <translation>SQLites integritetskontrol: %1</translation>
    </message>
    <message>
        <source>the row refers to a row of %1 that does not exist</source>
        <translation>rækken henviser til en række i %1, som ikke findes</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>tabellen %1 mangler</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>kolonnen %1 mangler</translation>
    </message>
    <message>
        <source>the project has no schema version</source>
        <translation>projektet har ingen skemaversion</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this program&apos;s (%2)</source>
        <translation>skemaversion %1 er nyere end dette programs (%2)</translation>
    </message>
    <message>
        <source>schema version %1 is older than this program&apos;s (%2): engdrift-cli upgrade brings it up to date</source>
        <translation>skemaversion %1 er ældre end dette programs (%2): engdrift-cli upgrade opdaterer den</translation>
    </message>
    <message>
        <source>the spatial index %1 is missing</source>
        <translation>det rumlige indeks %1 mangler</translation>
    </message>
    <message>
        <source>the trigger %1 that keeps the spatial index up to date is missing</source>
        <translation>triggeren %1, der holder det rumlige indeks opdateret, mangler</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message>
        <source>the version has no shape</source>
        <translation>versionen har ingen form</translation>
    </message>
    <message>
        <source>the shape is not valid: %1</source>
        <translation>formen er ikke gyldig: %1</translation>
    </message>
    <message>
        <source>the version has no valid_from</source>
        <translation>versionen har ingen valid_from</translation>
    </message>
    <message>
        <source>valid_to (%1) is not after valid_from (%2)</source>
        <translation>valid_to (%1) ligger ikke efter valid_from (%2)</translation>
    </message>
    <message>
        <source>the planned version belongs to no proposal</source>
        <translation>den planlagte version hører ikke til noget forslag</translation>
    </message>
    <message>
        <source>the planned version belongs to proposal %1, which does not exist</source>
        <translation>den planlagte version hører til forslag %1, som ikke findes</translation>
    </message>
    <message>
        <source>the version&apos;s department %1 does not exist</source>
        <translation>versionens afdeling %1 findes ikke</translation>
    </message>
    <message>
        <source>%1 %2 has two current versions valid on %3: row %4 (%5 to %6) and row %7 (%8 to %9)</source>
        <translation>%1 %2 har to gældende versioner den %3: række %4 (%5 til %6) og række %7 (%8 til %9)</translation>
    </message>
    <message>
        <source>and %1 more versions with findings of this kind (%2)</source>
        <translation>og %1 versioner mere med fund af denne slags (%2)</translation>
    </message>
    <message>
        <source>area</source>
        <translation>areal</translation>
    </message>
    <message>
        <source>path</source>
        <translation>sti</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>the stored extent of department %1 (%2) does not hold its areas (%3)</source>
        <translation>den gemte udstrækning af afdeling %1 (%2) rummer ikke dens arealer (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>the project could not be read to the end: %1</source>
        <translation>projektet kunne ikke læses til ende: %1</translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <source>The copy to %1 was cancelled; nothing was written.</source>
        <translation>Kopieringen til %1 blev annulleret; intet blev skrevet.</translation>
    </message>
    <message>
        <source>Internal error: a copy into %1 outside a transaction.</source>
        <translation>Intern fejl: kopiering til %1 uden for en transaktion.</translation>
    </message>
    <message>
        <source>%1 exists already; a copy never replaces a project: give a new name, or remove it first.</source>
        <translation>%1 findes allerede; en kopi erstatter aldrig et projekt: angiv et nyt navn, eller fjern det først.</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder %2 does not exist.</source>
        <translation>%1 kan ikke oprettes: mappen %2 findes ikke.</translation>
    </message>
    <message>
        <source>%1 is the project being copied; give another place for the copy.</source>
        <translation>%1 er det projekt, der kopieres; angiv et andet sted til kopien.</translation>
    </message>
    <message>
        <source>%1 cannot be created: no temporary name is free in its folder.</source>
        <translation>%1 kan ikke oprettes: der er intet ledigt midlertidigt navn i mappen.</translation>
    </message>
    <message>
        <source>%1 cannot be written completely (is the disk full?); nothing was copied.</source>
        <translation>%1 kan ikke skrives helt (er disken fuld?); intet blev kopieret.</translation>
    </message>
    <message>
        <source>%1 was made by someone else during the copy; the copy was not put in its place.</source>
        <translation>%1 blev oprettet af en anden under kopieringen; kopien blev ikke lagt på dens plads.</translation>
    </message>
    <message>
        <source>%1 cannot be put in place: %2.</source>
        <translation>%1 kan ikke lægges på plads: %2.</translation>
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
        <source>cannot start a transaction</source>
        <translation>kan ikke starte en transaktion</translation>
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
        <source>%1 was written by a newer Engdrift (project schema version %2; this program knows versions up to %3). Update Engdrift to open it.</source>
        <translation>%1 er skrevet af en nyere Engdrift (projektskemaversion %2; dette program kender versioner op til %3). Opdater Engdrift for at åbne den.</translation>
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
        <translation>Intern fejl: commit af en transaktion, der allerede er færdig.</translation>
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
        <source>%1: %2 is not a department number.</source>
        <translation>%1: %2 er ikke et afdelingsnummer.</translation>
    </message>
    <message>
        <source>%1: there is no area version %2.</source>
        <translation>%1: arealversion %2 findes ikke.</translation>
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
    <message>
        <source>cannot save the extent of department %1</source>
        <translation>kan ikke gemme udstrækningen af afdeling %1</translation>
    </message>
    <message>
        <source>%1: adoption event %2 has the unknown kind &quot;%3&quot;.</source>
        <translation>%1: hændelse %2 i beslutningsforløbet har den ukendte type &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: adoption event %2 has the unknown meeting body &quot;%3&quot;.</source>
        <translation>%1: hændelse %2 i beslutningsforløbet har det ukendte besluttende organ &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>cannot read the adoption events</source>
        <translation>kan ikke læse hændelserne i beslutningsforløbet</translation>
    </message>
    <message>
        <source>%1 is damaged: the adoption_events table lacks a column.</source>
        <translation>%1 er beskadiget: der mangler en kolonne i tabellen adoption_events.</translation>
    </message>
    <message>
        <source>%1: an adoption event of department %2 needs a date.</source>
        <translation>%1: en hændelse i beslutningsforløbet for afdeling %2 skal have en dato.</translation>
    </message>
    <message>
        <source>%1: there is no adoption event %2.</source>
        <translation>%1: hændelse %2 i beslutningsforløbet findes ikke.</translation>
    </message>
    <message>
        <source>cannot save the %1 event of department %2</source>
        <translation>kan ikke gemme hændelsen &quot;%1&quot; for afdeling %2</translation>
    </message>
    <message>
        <source>cannot delete adoption event %1</source>
        <translation>kan ikke slette hændelse %1 i beslutningsforløbet</translation>
    </message>
    <message>
        <source>cannot read the first date of department %1</source>
        <translation>kan ikke læse den første dato for afdeling %1</translation>
    </message>
    <message>
        <source>%1 has no proposals table.</source>
        <translation>%1 mangler tabellen proposals.</translation>
    </message>
    <message>
        <source>cannot read the proposals</source>
        <translation>kan ikke læse forslagene</translation>
    </message>
    <message>
        <source>cannot read proposal %1</source>
        <translation>kan ikke læse forslag %1</translation>
    </message>
    <message>
        <source>%1: a proposal needs a department.</source>
        <translation>%1: et forslag skal have en afdeling.</translation>
    </message>
    <message>
        <source>%1: a proposal needs the date it was made.</source>
        <translation>%1: et forslag skal have den dato, det blev udarbejdet.</translation>
    </message>
    <message>
        <source>%1: there is no proposal %2.</source>
        <translation>%1: forslag %2 findes ikke.</translation>
    </message>
    <message>
        <source>cannot save the proposal %1</source>
        <translation>kan ikke gemme forslaget %1</translation>
    </message>
    <message>
        <source>cannot sum the areas over time</source>
        <translation>kan ikke summere arealerne over tid</translation>
    </message>
    <message>
        <source>cannot read what department %1 holds</source>
        <translation>kan ikke læse, hvad afdeling %1 indeholder</translation>
    </message>
    <message>
        <source>%1: there is no department %2.</source>
        <translation>%1: afdeling %2 findes ikke.</translation>
    </message>
    <message>
        <source>cannot delete department %1</source>
        <translation>kan ikke slette afdeling %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: organisation %2 still has %n department(s).</source>
        <translation>
            <numerusform>%1: organisation %2 har stadig %n afdeling.</numerusform>
            <numerusform>%1: organisation %2 har stadig %n afdelinger.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: there is no organisation %2.</source>
        <translation>%1: organisation %2 findes ikke.</translation>
    </message>
    <message>
        <source>cannot delete organisation %1</source>
        <translation>kan ikke slette organisation %1</translation>
    </message>
    <message>
        <source>%1: area version %2 needs a date it is valid from.</source>
        <translation>%1: arealversion %2 skal have en dato, den gælder fra.</translation>
    </message>
    <message>
        <source>%1: area %2 ends on %3, so it cannot begin on %4.</source>
        <translation>%1: areal %2 slutter %3, så det kan ikke begynde %4.</translation>
    </message>
    <message>
        <source>cannot change area version %1</source>
        <translation>kan ikke ændre arealversion %1</translation>
    </message>
    <message>
        <source>%1 has no imports table.</source>
        <translation>%1 mangler tabellen imports.</translation>
    </message>
    <message>
        <source>cannot record the import of %1</source>
        <translation>kan ikke registrere importen af %1</translation>
    </message>
    <message>
        <source>%1: there is no import %2.</source>
        <translation>%1: import %2 findes ikke.</translation>
    </message>
    <message>
        <source>cannot read the imports</source>
        <translation>kan ikke læse importerne</translation>
    </message>
    <message>
        <source>cannot read the areas of import %1</source>
        <translation>kan ikke læse arealerne fra import %1</translation>
    </message>
    <message>
        <source>cannot delete the areas of import %1</source>
        <translation>kan ikke slette arealerne fra import %1</translation>
    </message>
    <message>
        <source>cannot read the areas from %1</source>
        <translation>kan ikke læse arealerne fra %1</translation>
    </message>
    <message>
        <source>%1 has no corrections table.</source>
        <translation>%1 mangler tabellen corrections.</translation>
    </message>
    <message>
        <source>cannot record the correction of department %1</source>
        <translation>kan ikke registrere rettelsen af afdeling %1</translation>
    </message>
    <message>
        <source>cannot read the corrections</source>
        <translation>kan ikke læse rettelserne</translation>
    </message>
    <message>
        <source>%1: cannot delete the areas of import %2: %3</source>
        <translation>%1: kan ikke slette arealerne fra import %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder %2 does not exist.</source>
        <translation>%1 kan ikke oprettes: mappen %2 findes ikke.</translation>
    </message>
    <message>
        <source>%1 cannot be created: no temporary name is free in its folder.</source>
        <translation>%1 kan ikke oprettes: der er intet ledigt midlertidigt navn i mappen.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>%1 kan ikke oprettes: %2.</translation>
    </message>
    <message>
        <source>the GeoPackage cannot be made</source>
        <translation>GeoPackage-filen kan ikke laves</translation>
    </message>
    <message>
        <source>a transaction cannot be started</source>
        <translation>en transaktion kan ikke startes</translation>
    </message>
    <message>
        <source>the new project cannot be written</source>
        <translation>det nye projekt kan ikke skrives</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>%1 kan ikke oprettes.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a GeoPackage.</source>
        <translation>%1 kan ikke åbnes som GeoPackage.</translation>
    </message>
    <message>
        <source>%1 was being changed when a program stopped. The file is not damaged and holds its last saved state, but it must be recovered before it can be read: open it once as a user who may change the file and its folder (any engdrift-cli command or Engdrift does it).</source>
        <translation>%1 var ved at blive ændret, da et program stoppede. Filen er ikke beskadiget og rummer det senest gemte, men den skal gendannes, før den kan læses: åbn den én gang som en bruger, der må ændre filen og dens mappe (enhver engdrift-cli-kommando eller Engdrift gør det).</translation>
    </message>
    <message>
        <source>cannot read the dates of the project</source>
        <translation>kan ikke læse projektets datoer</translation>
    </message>
    <message>
        <source>%1 is damaged: the paths table is missing or lacks a column.</source>
        <translation>%1 er beskadiget: tabellen paths mangler eller mangler en kolonne.</translation>
    </message>
    <message>
        <source>cannot read the %1</source>
        <translation>kan ikke læse %1</translation>
    </message>
    <message>
        <source>%1 has no %2 table.</source>
        <translation>%1 har ingen tabel %2.</translation>
    </message>
    <message>
        <source>cannot read version %1 of the %2</source>
        <translation>kan ikke læse version %1 af %2</translation>
    </message>
    <message>
        <source>%1: there is no version %2 in the %3.</source>
        <translation>%1: der er ingen version %2 i %3.</translation>
    </message>
    <message>
        <source>cannot read the numbers of the %1</source>
        <translation>kan ikke læse numrene i %1</translation>
    </message>
    <message>
        <source>%1: the shape of %2 %3 cannot be read.</source>
        <translation>%1: formen af %2 %3 kan ikke læses.</translation>
    </message>
    <message>
        <source>cannot write %1 %2</source>
        <translation>kan ikke skrive %1 %2</translation>
    </message>
    <message>
        <source>cannot close version %1 of the %2</source>
        <translation>kan ikke afslutte version %1 af %2</translation>
    </message>
    <message>
        <source>cannot delete version %1 of the %2</source>
        <translation>kan ikke slette version %1 af %2</translation>
    </message>
    <message>
        <source>cannot change the planned version %1</source>
        <translation>kan ikke ændre den planlagte version %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting&apos;s name.</source>
        <translation>&quot;%1&quot; er ikke navnet på en indstilling.</translation>
    </message>
    <message>
        <source>%1 has no meta table.</source>
        <translation>%1 har ingen meta-tabel.</translation>
    </message>
    <message>
        <source>cannot read the project setting %1</source>
        <translation>kan ikke læse projektindstillingen %1</translation>
    </message>
    <message>
        <source>%1 uses project schema version %2; open it once for writing (in Engdrift, or with engdrift-cli upgrade) to upgrade it to version %3.</source>
        <translation>%1 bruger projektskema version %2; åbn det én gang med skriveadgang (i Engdrift eller med engdrift-cli upgrade) for at opgradere det til version %3.</translation>
    </message>
    <message>
        <source>%1 is damaged: the mowing_zones table is missing or lacks a column.</source>
        <translation>%1 er beskadiget: tabellen mowing_zones mangler eller mangler en kolonne.</translation>
    </message>
    <message>
        <source>%1: a copied adoption event needs its number.</source>
        <translation>%1: en kopieret hændelse i beslutningsforløbet skal have sit nummer.</translation>
    </message>
    <message>
        <source>%1: there is no department %2 to give an extent.</source>
        <translation>%1: afdeling %2 findes ikke, så den kan ikke få en udstrækning.</translation>
    </message>
    <message>
        <source>The triggers and views of the project cannot be read.</source>
        <translation>Projektets triggere og views kan ikke læses.</translation>
    </message>
    <message>
        <source>%1 holds the trigger &quot;%2&quot; on table &quot;%3&quot;, which is not part of an Engdrift project; it is removed when the project is next opened for writing.</source>
        <translation>%1 indeholder triggeren &quot;%2&quot; på tabellen &quot;%3&quot;, som ikke hører til et Engdrift-projekt; den fjernes, næste gang projektet åbnes til skrivning.</translation>
    </message>
    <message>
        <source>%1 holds the view &quot;%2&quot;, which is not part of an Engdrift project; it is removed when the project is next opened for writing.</source>
        <translation>%1 indeholder viewet &quot;%2&quot;, som ikke hører til et Engdrift-projekt; det fjernes, næste gang projektet åbnes til skrivning.</translation>
    </message>
    <message>
        <source>%1: the triggers and views that are not part of an Engdrift project cannot be removed, so the project is not opened for writing.</source>
        <translation>%1: de triggere og views, der ikke hører til et Engdrift-projekt, kan ikke fjernes, så projektet åbnes ikke til skrivning.</translation>
    </message>
    <message>
        <source>%1 held the trigger &quot;%2&quot; on table &quot;%3&quot;, which is not part of an Engdrift project: it was removed.</source>
        <translation>%1 indeholdt triggeren &quot;%2&quot; på tabellen &quot;%3&quot;, som ikke hører til et Engdrift-projekt: den blev fjernet.</translation>
    </message>
    <message>
        <source>%1 held the view &quot;%2&quot;, which is not part of an Engdrift project: it was removed.</source>
        <translation>%1 indeholdt viewet &quot;%2&quot;, som ikke hører til et Engdrift-projekt: det blev fjernet.</translation>
    </message>
    <message>
        <source>%1: the project&apos;s meta table disagrees with itself: crs says %2, crs_wkt describes %3. Engdrift does not guess which is right.</source>
        <translation>%1: projektets meta-tabel modsiger sig selv: crs siger %2, crs_wkt beskriver %3. Engdrift gætter ikke på, hvad der er rigtigt.</translation>
    </message>
    <message>
        <source>%1: the project&apos;s coordinate reference system is %2, a geographic CRS in degrees, but a project keeps its areas in planar m² of a projected CRS in metres (for Denmark EPSG:25832). The project&apos;s meta table (crs, crs_wkt) has been changed; Engdrift does not open it.</source>
        <translation>%1: projektets koordinatsystem er %2, et geografisk koordinatsystem i grader, men et projekt gemmer sine arealer i plane m² i et projiceret koordinatsystem i meter (for Danmark EPSG:25832). Projektets meta-tabel (crs, crs_wkt) er blevet ændret; Engdrift åbner det ikke.</translation>
    </message>
    <message>
        <source>%1: the project has no coordinate reference system in its meta table (crs, crs_wkt).</source>
        <translation>%1: projektet har intet koordinatsystem i sin meta-tabel (crs, crs_wkt).</translation>
    </message>
    <message>
        <source>%1: the project disagrees with itself: its meta table says the project CRS is %2, but the areas are stored in %3.</source>
        <translation>%1: projektet modsiger sig selv: dets meta-tabel siger, at projektets koordinatsystem er %2, men arealerne er gemt i %3.</translation>
    </message>
    <message>
        <source>%1: cannot rebuild the spatial index of %2: %3</source>
        <translation>%1: kan ikke genopbygge det rumlige indeks for %2: %3</translation>
    </message>
    <message>
        <source>rebuilt the spatial index of %1 from the table</source>
        <translation>genopbyggede det rumlige indeks for %1 ud fra tabellen</translation>
    </message>
    <message numerus="yes">
        <source>recomputed the extents of %n department(s) from their areas</source>
        <translation>
            <numerusform>genberegnede udstrækningen af %n afdeling ud fra dens arealer</numerusform>
            <numerusform>genberegnede udstrækningen af %n afdelinger ud fra deres arealer</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write row %1 (%2 %3) of the %4</source>
        <translation>kan ikke skrive række %1 (%2 %3) i %4</translation>
    </message>
    <message>
        <source>%1: a copied import needs its number.</source>
        <translation>%1: en kopieret import skal have sit nummer.</translation>
    </message>
    <message>
        <source>cannot copy import %1 (%2)</source>
        <translation>kan ikke kopiere import %1 (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the areas from %2.</source>
        <translation>%1: kan ikke læse arealerne fra %2.</translation>
    </message>
    <message>
        <source>%1: a copied correction needs its number.</source>
        <translation>%1: en kopieret rettelse skal have sit nummer.</translation>
    </message>
    <message>
        <source>%1: proposal %2 (&quot;%3&quot;) has the unknown status &quot;%4&quot; (known: draft, adopted, rejected, withdrawn, implemented).</source>
        <translation>%1: forslag %2 (&quot;%3&quot;) har den ukendte status &quot;%4&quot; (kendte: draft, adopted, rejected, withdrawn, implemented).</translation>
    </message>
    <message>
        <source>%1: a copied proposal needs its number.</source>
        <translation>%1: et kopieret forslag skal have sit nummer.</translation>
    </message>
    <message>
        <source>cannot read the project settings</source>
        <translation>kan ikke læse projektindstillingerne</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder is on a network share, where the file locks that keep a project whole are not reliable. Create it on a local disk (set ENGDRIFT_ALLOW_NETWORK_WRITE=1 if the share is known to lock files properly).</source>
        <translation>%1 kan ikke oprettes: mappen ligger på et netværksdrev, hvor de fillåse, der holder et projekt helt, ikke er pålidelige. Opret det på en lokal disk (sæt ENGDRIFT_ALLOW_NETWORK_WRITE=1, hvis drevet vides at låse filer korrekt).</translation>
    </message>
    <message>
        <source>%1 is on a network share, where the file locks that keep a project whole are not reliable, so Engdrift does not change it there (reading it is fine). Copy it to a local disk to change it (or set ENGDRIFT_ALLOW_NETWORK_WRITE=1 if the share is known to lock files properly).</source>
        <translation>%1 ligger på et netværksdrev, hvor de fillåse, der holder et projekt helt, ikke er pålidelige, så Engdrift ændrer det ikke dér (det kan sagtens læses). Kopiér det til en lokal disk for at ændre det (eller sæt ENGDRIFT_ALLOW_NETWORK_WRITE=1, hvis drevet vides at låse filer korrekt).</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL location.</source>
        <translation>%1 er ikke en PostgreSQL-placering.</translation>
    </message>
    <message>
        <source>The database location is not readable; write it as postgresql://user@host:port/database, PG:dbname=database host=host or PG:service=name.</source>
        <translation>Databasens placering kan ikke forstås; skriv den som postgresql://user@host:port/database, PG:dbname=database host=host eller PG:service=name.</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1.</source>
        <translation>Kan ikke forbinde til databasen %1.</translation>
    </message>
    <message>
        <source>%1: the database connection cannot use UTF-8.</source>
        <translation>%1: databaseforbindelsen kan ikke bruge UTF-8.</translation>
    </message>
    <message>
        <source>cannot set up the connection</source>
        <translation>kan ikke sætte forbindelsen op</translation>
    </message>
    <message>
        <source>cannot read department %1</source>
        <translation>kan ikke læse afdeling %1</translation>
    </message>
    <message>
        <source>cannot give row %1 of the %2 its number</source>
        <translation>kan ikke give række %1 i %2 dens nummer</translation>
    </message>
    <message>
        <source>cannot move the row numbers of the %1</source>
        <translation>kan ikke flytte rækkenumrene i %1</translation>
    </message>
    <message>
        <source>cannot read the project&apos;s meta table</source>
        <translation>kan ikke læse projektets meta-tabel</translation>
    </message>
    <message>
        <source>%1: a project in PostGIS needs a coordinate reference system with an EPSG code (%2 has none).</source>
        <translation>%1: et projekt i PostGIS skal have et koordinatsystem med en EPSG-kode (%2 har ingen).</translation>
    </message>
    <message>
        <source>cannot lock the project</source>
        <translation>kan ikke låse projektet</translation>
    </message>
    <message>
        <source>cannot read which tables the database has</source>
        <translation>kan ikke læse, hvilke tabeller databasen har</translation>
    </message>
    <message>
        <source>The database %1 holds an Engdrift project already (or tables of the same names); create the project in an empty database.</source>
        <translation>Databasen %1 indeholder allerede et Engdrift-projekt (eller tabeller med de samme navne); opret projektet i en tom database.</translation>
    </message>
    <message>
        <source>cannot enable PostGIS in the database (the extension must be installed, and the user may need the right to create it)</source>
        <translation>kan ikke slå PostGIS til i databasen (udvidelsen skal være installeret, og brugeren skal muligvis have ret til at oprette den)</translation>
    </message>
    <message>
        <source>cannot write the new project</source>
        <translation>kan ikke skrive det nye projekt</translation>
    </message>
    <message>
        <source>cannot read the database</source>
        <translation>kan ikke læse databasen</translation>
    </message>
    <message>
        <source>The database %1 holds no Engdrift project (it has no meta table).</source>
        <translation>Databasen %1 indeholder intet Engdrift-projekt (den har ingen meta-tabel).</translation>
    </message>
    <message>
        <source>%1: the project has no schema version; it is not an Engdrift project or it is damaged.</source>
        <translation>%1: projektet har ingen skemaversion; det er ikke et Engdrift-projekt, eller det er beskadiget.</translation>
    </message>
    <message>
        <source>%1 uses project schema version %2, which this Engdrift cannot upgrade in a database (it knows version %3).</source>
        <translation>%1 bruger projektskemaversion %2, som denne Engdrift ikke kan opgradere i en database (den kender version %3).</translation>
    </message>
    <message>
        <source>upgrading the project from schema version %1 failed, the database is unchanged</source>
        <translation>opgraderingen af projektet fra skemaversion %1 mislykkedes, databasen er uændret</translation>
    </message>
    <message>
        <source>cannot lock the project for writing</source>
        <translation>kan ikke låse projektet til skrivning</translation>
    </message>
    <message>
        <source>cannot number the new rows of the %1</source>
        <translation>kan ikke nummerere de nye rækker i %1</translation>
    </message>
    <message>
        <source>%1: cannot number the new rows of the %2.</source>
        <translation>%1: kan ikke nummerere de nye rækker i %2.</translation>
    </message>
    <message>
        <source>cannot write the %1</source>
        <translation>kan ikke skrive %1</translation>
    </message>
    <message>
        <source>cannot prepare the %1 for a bulk insert</source>
        <translation>kan ikke gøre %1 klar til en stor indsættelse</translation>
    </message>
    <message>
        <source>cannot rebuild the indexes of the %1</source>
        <translation>kan ikke genopbygge indeksene for %1</translation>
    </message>
    <message>
        <source>cannot compare the versions of the areas</source>
        <translation>kan ikke sammenligne arealernes versioner</translation>
    </message>
    <message>
        <source>cannot read the areas</source>
        <translation>kan ikke læse arealerne</translation>
    </message>
    <message>
        <source>%1 (the row with fid %2 was refused)</source>
        <translation>%1 (rækken med fid %2 blev afvist)</translation>
    </message>
    <message>
        <source>%1 has the unknown condition &quot;%2&quot; (known: %3; empty for the care type&apos;s default).</source>
        <translation>%1 har den ukendte tilstand &quot;%2&quot; (kendte: %3; tom for plejetypens standard).</translation>
    </message>
    <message>
        <source>row %1 (area_id %2) of the areas</source>
        <translation>række %1 (area_id %2) i arealerne</translation>
    </message>
    <message>
        <source>%1: department %2 has the unknown strategic significance &quot;%3&quot; (known: %4).</source>
        <translation>%1: afdeling %2 har den ukendte strategiske betydning &quot;%3&quot; (kendte: %4).</translation>
    </message>
    <message>
        <source>cannot read the conditions of the areas</source>
        <translation>kan ikke læse arealernes tilstand</translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <source>Department %1 does not exist in the project.</source>
        <translation>Afdeling %1 findes ikke i projektet.</translation>
    </message>
    <message>
        <source>A proposal needs a name.</source>
        <translation>Et forslag skal have et navn.</translation>
    </message>
    <message>
        <source>There is no proposal %1.</source>
        <translation>Forslag %1 findes ikke.</translation>
    </message>
    <message>
        <source>The proposal &quot;%1&quot; has been carried out; its status cannot change.</source>
        <translation>Forslaget &quot;%1&quot; er gennemført; dets status kan ikke ændres.</translation>
    </message>
    <message>
        <source>Give the date the conversion is carried out.</source>
        <translation>Angiv den dato, omlægningen gennemføres.</translation>
    </message>
    <message>
        <source>The proposal &quot;%1&quot; is %2; only an adopted proposal can be carried out.</source>
        <translation>Forslaget &quot;%1&quot; har status %2; kun et vedtaget forslag kan gennemføres.</translation>
    </message>
    <message>
        <source>The proposal &quot;%1&quot; plans no changes.</source>
        <translation>Forslaget &quot;%1&quot; planlægger ingen ændringer.</translation>
    </message>
    <message>
        <source>Area %1 of the proposal &quot;%2&quot; does not exist on %3.</source>
        <translation>Areal %1 i forslaget &quot;%2&quot; findes ikke pr. %3.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>Adopted: adopted or implemented and not withdrawn. Out of the departments that had areas at each date.</source>
        <translation>Vedtaget: vedtaget eller omlagt og ikke trukket tilbage. Ud af de afdelinger, der havde arealer på hver dato.</translation>
    </message>
    <message>
        <source>The areas valid at each date, by care type; planar m² in the project&apos;s coordinate system.</source>
        <translation>De arealer, der gælder på hver dato, efter plejetype; plane m² i projektets koordinatsystem.</translation>
    </message>
    <message>
        <source>The report needs a start and an end date.</source>
        <translation>Rapporten skal have en start- og en slutdato.</translation>
    </message>
    <message>
        <source>The report starts (%1) after it ends (%2).</source>
        <translation>Rapporten begynder (%1), efter den slutter (%2).</translation>
    </message>
    <message>
        <source>%1 has no organisation %2.</source>
        <translation>%1 har ingen organisation %2.</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle organisationer</translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Organisation %1 %2</source>
        <translation>Organisation %1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 m² (%3)</source>
        <translation>%1 af %2 m² (%3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Afdelinger</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Vedtaget</translation>
    </message>
    <message>
        <source>Adopted at the start</source>
        <translation>Vedtaget ved start</translation>
    </message>
    <message>
        <source>Nature-friendly m²</source>
        <translation>Naturvenligt m²</translation>
    </message>
    <message>
        <source>Green m²</source>
        <translation>Grønt m²</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Change m²</source>
        <translation>Ændring m²</translation>
    </message>
    <message>
        <source>Dept.</source>
        <translation>Afd.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Besluttet</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Imod</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blanke</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Husstande</translation>
    </message>
    <message>
        <source>Care type</source>
        <translation>Plejetype</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Nature-friendly</source>
        <translation>Naturvenlig</translation>
    </message>
    <message>
        <source>m² at the start</source>
        <translation>m² ved start</translation>
    </message>
    <message>
        <source>m² at the end</source>
        <translation>m² ved slut</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>not green</source>
        <translation>ikke grøn</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Adoption report</source>
        <translation>Vedtagelsesrapport</translation>
    </message>
    <message>
        <source>Period %1 · made %2 · project %3</source>
        <translation>Periode %1 · udarbejdet %2 · projekt %3</translation>
    </message>
    <message>
        <source>Adopted on %1: %2 departments; on %3: %4.</source>
        <translation>Vedtaget pr. %1: %2 afdelinger; pr. %3: %4.</translation>
    </message>
    <message>
        <source>Nature-friendly share of the green area on %1: %2; on %3: %4.</source>
        <translation>Naturvenlig andel af det grønne areal pr. %1: %2; pr. %3: %4.</translation>
    </message>
    <message>
        <source>Change in the period: %1 m² nature-friendly area.</source>
        <translation>Ændring i perioden: %1 m² naturvenligt areal.</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) in %1; those without areas on a date are not counted on it.</source>
        <translation>
            <numerusform>%n afdeling i %1; en afdeling uden arealer på en dato tælles ikke med på den dato.</numerusform>
            <numerusform>%n afdelinger i %1; afdelinger uden arealer på en dato tælles ikke med på den dato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisationer</numerusform>
        </translation>
    </message>
    <message>
        <source>(The chart is drawn by the desktop program and engdrift-cli.)</source>
        <translation>(Diagrammet tegnes af skrivebordsprogrammet og engdrift-cli.)</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(fortsat)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>There are no departments to report on.</source>
        <translation>Der er ingen afdelinger at rapportere om.</translation>
    </message>
    <message>
        <source>Area by care type</source>
        <translation>Areal efter plejetype</translation>
    </message>
    <message>
        <source>How the figures are made</source>
        <translation>Sådan er tallene opgjort</translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF could not be started.</source>
        <translation>%1 kan ikke skrives: PDF-filen kunne ikke påbegyndes.</translation>
    </message>
    <message>
        <source>%1 cannot be written: page %2 could not be started.</source>
        <translation>%1 kan ikke skrives: side %2 kunne ikke påbegyndes.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>%1: a report can be written as .pdf, .csv or .xlsx, not as &quot;%2&quot;.</source>
        <translation>%1: en rapport kan skrives som .pdf, .csv eller .xlsx, ikke som &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(ingen filtype)</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Dept. no.</source>
        <translation>Afd.nr.</translation>
    </message>
    <message>
        <source>First area</source>
        <translation>Første areal</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Statuskode</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status siden</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Stemmer for</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Stemmer imod</translation>
    </message>
    <message>
        <source>Blank votes</source>
        <translation>Blanke stemmer</translation>
    </message>
    <message>
        <source>With areas</source>
        <translation>Med arealer</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>Areal m²</translation>
    </message>
    <message>
        <source>Nature-friendly %</source>
        <translation>Naturvenligt %</translation>
    </message>
    <message>
        <source>Green m² at the start</source>
        <translation>Grønt m² ved start</translation>
    </message>
    <message>
        <source>Nature-friendly m² at the start</source>
        <translation>Naturvenligt m² ved start</translation>
    </message>
    <message>
        <source>Nature-friendly % at the start</source>
        <translation>Naturvenligt % ved start</translation>
    </message>
    <message>
        <source>Change of nature-friendly m²</source>
        <translation>Ændring af naturvenligt m²</translation>
    </message>
    <message>
        <source>Status: each department&apos;s adoption status on %1, from its recorded events. The decision is the meeting&apos;s outcome (for a proposal carried out: its adoption) with the votes for, against and blank and the households present, as recorded.</source>
        <translation>Status: hver afdelings status i beslutningsforløbet pr. %1 ud fra dens registrerede hændelser. Beslutningen er mødets afgørelse (for et omlagt forslag: vedtagelsen) med stemmerne for, imod og blanke og de fremmødte husstande, som de er registreret.</translation>
    </message>
    <message>
        <source>Adopted: adopted or carried out and not withdrawn, counted among the departments that had areas on the date (a department exists from its first area), so the numerator is always part of the denominator.</source>
        <translation>Vedtaget: vedtaget eller omlagt og ikke trukket tilbage, talt blandt de afdelinger, der havde arealer på datoen (en afdeling findes fra sit første areal), så tælleren altid er en del af nævneren.</translation>
    </message>
    <message>
        <source>Nature-friendly share: the area of the nature-friendly care types (the numerator) out of the green area, the care types that the catalogue &quot;%1&quot; counts as green (the denominator), as on the vote sheet. Paved and other areas that are not green are left out of both.</source>
        <translation>Naturvenlig andel: arealet af de naturvenlige plejetyper (tælleren) ud af det grønne areal, de plejetyper, som kataloget &quot;%1&quot; regner som grønne (nævneren), som på afstemningsarket. Belagte og andre arealer, der ikke er grønne, indgår i ingen af dem.</translation>
    </message>
    <message>
        <source>Areas: planar m² in the project&apos;s coordinate system (%1), of the areas valid on each date; proposals not carried out are not counted.</source>
        <translation>Arealer: plane m² i projektets koordinatsystem (%1) af de arealer, der gælder på hver dato; forslag, der ikke er gennemført, tælles ikke med.</translation>
    </message>
    <message>
        <source>Change: the nature-friendly m² on %1 minus those on %2.</source>
        <translation>Ændring: de naturvenlige m² pr. %1 minus dem pr. %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>GDAL has no XLSX driver.</source>
        <translation>GDAL har ingen XLSX-driver.</translation>
    </message>
    <message>
        <source>Care type code</source>
        <translation>Plejetypekode</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Omfatter</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Koordinatsystem</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Udarbejdet</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Care types</source>
        <translation>Plejetyper</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om rapporten</translation>
    </message>
    <message>
        <source>the workbook GDAL wrote cannot be read back whole.</source>
        <translation>regnearket, som GDAL skrev, kan ikke læses helt tilbage.</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Rapporten blev annulleret; intet blev skrevet.</translation>
    </message>
    <message>
        <source>The nature value on %1: %2</source>
        <translation>Naturværdien pr. %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 m² (%3 %)</source>
        <translation>%1 af %2 m² (%3 %)</translation>
    </message>
    <message>
        <source>Biodiversity units</source>
        <translation>Biodiversitetsenheder</translation>
    </message>
    <message>
        <source>Green factor</source>
        <translation>Biofaktor</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netværk</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Pletter</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isolerede</translation>
    </message>
    <message>
        <source>In the largest network</source>
        <translation>I det største netværk</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Nature value on %1</source>
        <translation>Naturværdi pr. %1</translation>
    </message>
    <message>
        <source>Nature value on %1, for the map of that date (proposals not carried out are not counted); the total counts each network once, also when it crosses departments:</source>
        <translation>Naturværdi pr. %1, for kortet på den dato (forslag, der ikke er gennemført, tælles ikke med); totalen tæller hvert netværk én gang, også når det går på tværs af afdelinger:</translation>
    </message>
    <message>
        <source>Green factor: Σ m² × biofaktor</source>
        <translation>Biofaktor: Σ m² × biofaktor</translation>
    </message>
    <message>
        <source>Green factor: Σ m²</source>
        <translation>Biofaktor: Σ m²</translation>
    </message>
    <message>
        <source>Isolated patches</source>
        <translation>Isolerede pletter</translation>
    </message>
    <message>
        <source>Nature-friendly m² in the largest network</source>
        <translation>Naturvenlige m² i det største netværk</translation>
    </message>
    <message>
        <source>Nature-friendly m² in all networks</source>
        <translation>Naturvenlige m² i alle netværk</translation>
    </message>
    <message>
        <source>In the largest network %</source>
        <translation>I det største netværk %</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Natur</translation>
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
    <name>SampleProject</name>
    <message>
        <source>The sample project is not installed with this copy of Engdrift.</source>
        <translation>Eksempelprojektet er ikke installeret sammen med denne udgave af Engdrift.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Mappen %1 kan ikke oprettes.</translation>
    </message>
    <message>
        <source>The sample project cannot be copied to %1.</source>
        <translation>Eksempelprojektet kan ikke kopieres til %1.</translation>
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
    <message>
        <source>the areas table is missing</source>
        <translation>tabellen areas mangler</translation>
    </message>
    <message>
        <source>the adoption_events table is missing</source>
        <translation>tabellen adoption_events mangler</translation>
    </message>
    <message>
        <source>cannot add the column adoption_events.proposal_id</source>
        <translation>kan ikke tilføje kolonnen adoption_events.proposal_id</translation>
    </message>
    <message>
        <source>cannot add the column areas.import_id</source>
        <translation>kan ikke tilføje kolonnen areas.import_id</translation>
    </message>
    <message>
        <source>cannot create the table layer_styles</source>
        <translation>kan ikke oprette tabellen layer_styles</translation>
    </message>
    <message>
        <source>cannot create the column layer_styles.%1</source>
        <translation>kan ikke oprette kolonnen layer_styles.%1</translation>
    </message>
    <message>
        <source>cannot write the QGIS style of %1</source>
        <translation>kan ikke skrive QGIS-stilen for %1</translation>
    </message>
    <message>
        <source>the project&apos;s catalogue</source>
        <translation>projektets katalog</translation>
    </message>
    <message>
        <source>cannot write the colour of care type %1</source>
        <translation>kan ikke skrive farven for plejetype %1</translation>
    </message>
    <message>
        <source>the %1 table is missing</source>
        <translation>tabellen %1 mangler</translation>
    </message>
    <message>
        <source>cannot add the column %1.%2</source>
        <translation>kan ikke tilføje kolonnen %1.%2</translation>
    </message>
    <message>
        <source>cannot create the project&apos;s tables</source>
        <translation>kan ikke oprette projektets tabeller</translation>
    </message>
    <message>
        <source>cannot read the project&apos;s meta table</source>
        <translation>kan ikke læse projektets meta-tabel</translation>
    </message>
    <message>
        <source>step to schema version %1</source>
        <translation>trin til skemaversion %1</translation>
    </message>
    <message>
        <source>cannot write QGIS&apos;s styles into the table public.layer_styles</source>
        <translation>kan ikke skrive QGIS&apos; stilarter i tabellen public.layer_styles</translation>
    </message>
    <message>
        <source>%1: the table areas is missing</source>
        <translation>%1: tabellen areas mangler</translation>
    </message>
    <message>
        <source>the areas or departments table is missing</source>
        <translation>tabellen areas eller departments mangler</translation>
    </message>
    <message>
        <source>cannot add the column areas.condition</source>
        <translation>kan ikke tilføje kolonnen areas.condition</translation>
    </message>
    <message>
        <source>cannot add the column departments.strategic_significance</source>
        <translation>kan ikke tilføje kolonnen departments.strategic_significance</translation>
    </message>
</context>
<context>
    <name>Symbology</name>
    <message>
        <source>Styles file %1: key &quot;%2&quot; %3</source>
        <translation>Stilfil %1: nøglen &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>is not known (the keys here are: %1)</source>
        <translation>kendes ikke (nøglerne her er: %1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>skal være et objekt</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>skal være en tekst, der ikke er tom</translation>
    </message>
    <message>
        <source>must be a colour written #RRGGBB or #RRGGBBAA</source>
        <translation>skal være en farve skrevet #RRGGBB eller #RRGGBBAA</translation>
    </message>
    <message>
        <source>must be one of %1 (not &quot;%2&quot;)</source>
        <translation>skal være én af %1 (ikke &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 Engdrift uses its built-in styles instead.</source>
        <translation>%1 Engdrift bruger i stedet sine indbyggede stilarter.</translation>
    </message>
    <message>
        <source>Styles file %1 cannot be read: %2</source>
        <translation>Stilfilen %1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>Styles file %1 is not valid JSON at byte %2: %3</source>
        <translation>Stilfilen %1 er ikke gyldig JSON ved byte %2: %3</translation>
    </message>
    <message>
        <source>Styles file %1 must be a JSON object.</source>
        <translation>Stilfilen %1 skal være et JSON-objekt.</translation>
    </message>
    <message>
        <source>must be &quot;engdrift-symbology&quot;</source>
        <translation>skal være &quot;engdrift-symbology&quot;</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>skal være et heltal fra 1</translation>
    </message>
    <message>
        <source>is %1, newer than this program understands (1)</source>
        <translation>er %1, nyere end dette program forstår (1)</translation>
    </message>
    <message>
        <source>must style at least one care type</source>
        <translation>skal give mindst én plejetype en stil</translation>
    </message>
    <message>
        <source>is not a care type code (lower-case letters, digits and _)</source>
        <translation>er ikke en plejetypekode (små bogstaver, cifre og _)</translation>
    </message>
    <message>
        <source>must be a list of at least one colour</source>
        <translation>skal være en liste med mindst én farve</translation>
    </message>
    <message>
        <source>must be a list of at least %1 colours</source>
        <translation>skal være en liste med mindst %1 farver</translation>
    </message>
    <message>
        <source>must be a number above 0</source>
        <translation>skal være et tal over 0</translation>
    </message>
    <message>
        <source>must name a hatch pattern</source>
        <translation>skal navngive et skraveringsmønster</translation>
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
    <message>
        <source>Nothing was tagged: %1</source>
        <translation>Intet fik ny plejetype: %1</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>TemporalLayer</name>
    <message>
        <source>area %1</source>
        <translation>areal %1</translation>
    </message>
    <message>
        <source>path %1</source>
        <translation>sti %1</translation>
    </message>
    <message>
        <source>%1: %2 needs a date it is valid from.</source>
        <translation>%1: %2 skal have en dato, den gælder fra.</translation>
    </message>
    <message>
        <source>%1: %2 would end (%3) before it has been valid for a day (from %4).</source>
        <translation>%1: %2 ville slutte (%3), før den har gældt en dag (fra %4).</translation>
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
        <source>%1: area %2 needs a polygon.</source>
        <translation>%1: areal %2 skal have en polygon.</translation>
    </message>
    <message>
        <source>%1: a mown path is 0-20 m wide, not %2 m.</source>
        <translation>%1: en slået sti er 0-20 m bred, ikke %2 m.</translation>
    </message>
    <message>
        <source>%1: path %2 has no valid length.</source>
        <translation>%1: sti %2 har ingen gyldig længde.</translation>
    </message>
    <message>
        <source>%1: path %2 needs a line.</source>
        <translation>%1: sti %2 skal have en linje.</translation>
    </message>
    <message>
        <source>%1: version %2 is no longer in the project: someone else changed it since it was read.</source>
        <translation>%1: version %2 findes ikke længere i projektet: en anden har ændret den, siden den blev læst.</translation>
    </message>
    <message>
        <source>ends on %1</source>
        <translation>slutter %1</translation>
    </message>
    <message>
        <source>is open</source>
        <translation>er åben</translation>
    </message>
    <message>
        <source>%1: the version of %2 from %3 %4 in the project now: someone else changed it since it was read.</source>
        <translation>%1: versionen af %2 fra %3 %4 i projektet nu: en anden har ændret den, siden den blev læst.</translation>
    </message>
    <message>
        <source>%1: the version of %2 from %3 is planned in a proposal; a plan is changed in place, not superseded.</source>
        <translation>%1: versionen af %2 fra %3 er planlagt i et forslag; en plan ændres på stedet, den afløses ikke.</translation>
    </message>
    <message>
        <source>%1: the version of %2 from %3 is not valid on %4.</source>
        <translation>%1: versionen af %2 fra %3 gælder ikke %4.</translation>
    </message>
    <message>
        <source>%1: the version of %2 from %3 changed in the project while it was being saved.</source>
        <translation>%1: versionen af %2 fra %3 blev ændret i projektet, mens den blev gemt.</translation>
    </message>
    <message>
        <source>%1: the planned version %2 is no longer in the project.</source>
        <translation>%1: den planlagte version %2 findes ikke længere i projektet.</translation>
    </message>
    <message>
        <source>%1: version %2 is not planned; history is never deleted.</source>
        <translation>%1: version %2 er ikke planlagt; historik slettes aldrig.</translation>
    </message>
    <message>
        <source>%1: the planned version %2 changed while it was being deleted.</source>
        <translation>%1: den planlagte version %2 blev ændret, mens den blev slettet.</translation>
    </message>
    <message>
        <source>%1: version %2 is not planned; it is not changed in place.</source>
        <translation>%1: version %2 er ikke planlagt; den ændres ikke på stedet.</translation>
    </message>
    <message>
        <source>mowing zone %1</source>
        <translation>slåzone %1</translation>
    </message>
    <message>
        <source>%1: mowing zone %2 needs a number of 1 or more, not %3.</source>
        <translation>%1: slåzone %2 skal have et nummer på 1 eller mere, ikke %3.</translation>
    </message>
    <message>
        <source>%1: the name of mowing zone %2 is longer than %3 characters.</source>
        <translation>%1: navnet på slåzone %2 er længere end %3 tegn.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither a mown care type of the catalogue %3 nor a kind of path.</source>
        <translation>%1: &quot;%2&quot; er hverken en slået plejetype i kataloget %3 eller en slags sti.</translation>
    </message>
    <message>
        <source>%1: mowing zone %2: %3</source>
        <translation>%1: slåzone %2: %3</translation>
    </message>
    <message>
        <source>%1: mowing zone %2 has no valid size (m²).</source>
        <translation>%1: slåzone %2 har ingen gyldig størrelse (m²).</translation>
    </message>
    <message>
        <source>%1: mowing zone %2 needs a polygon.</source>
        <translation>%1: slåzone %2 skal være en polygon.</translation>
    </message>
    <message>
        <source>%1: a copied version needs its row number and id (row %2, %3).</source>
        <translation>%1: en kopieret version skal have sit rækkenummer og id (række %2, %3).</translation>
    </message>
</context>
<context>
    <name>VectorExport</name>
    <message>
        <source>GDAL does not know EPSG:4326.</source>
        <translation>GDAL kender ikke EPSG:4326.</translation>
    </message>
    <message>
        <source>GDAL cannot read the project&apos;s coordinate system %1.</source>
        <translation>GDAL kan ikke læse projektets koordinatsystem %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kan ikke skrives.</translation>
    </message>
    <message>
        <source>%1 cannot be written: GDAL has no %2 driver.</source>
        <translation>%1 kan ikke skrives: GDAL har ingen %2-driver.</translation>
    </message>
    <message>
        <source>%1: the map can be exported as .gpkg (GeoPackage), .shp (Shapefile) or .geojson (GeoJSON; also .json), not as &quot;%2&quot;.</source>
        <translation>%1: kortet kan eksporteres som .gpkg (GeoPackage), .shp (Shapefil) eller .geojson (GeoJSON; også .json), ikke som &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(ingen filtype)</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written (it is replaced only when you ask for it).</source>
        <translation>%1 findes allerede; intet blev skrevet (den erstattes kun, når du beder om det).</translation>
    </message>
    <message>
        <source>%1 cannot be written: the shape of %2 cannot be read.</source>
        <translation>%1 kan ikke skrives: formen af %2 kan ikke læses.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2 cannot be converted to longitude and latitude.</source>
        <translation>%1 kan ikke skrives: %2 kan ikke omregnes til længde og bredde.</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; nothing was written.</source>
        <translation>Eksporten til %1 blev annulleret; intet blev skrevet.</translation>
    </message>
    <message>
        <source>Engdrift: mown paths and edges on %1, proposal %2</source>
        <translation>Engdrift: slåede stier og bræmmer den %1, forslag %2</translation>
    </message>
    <message>
        <source>Engdrift: mown paths and edges on %1</source>
        <translation>Engdrift: slåede stier og bræmmer den %1</translation>
    </message>
    <message>
        <source>Engdrift: areas on %1, proposal %2</source>
        <translation>Engdrift: arealer den %1, forslag %2</translation>
    </message>
    <message>
        <source>Engdrift: areas on %1</source>
        <translation>Engdrift: arealer den %1</translation>
    </message>
    <message>
        <source>area %1</source>
        <translation>areal %1</translation>
    </message>
    <message>
        <source>path %1</source>
        <translation>sti %1</translation>
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
    <message>
        <source>%1 is not a readable DXF file: byte %2 is a NUL character, which a DXF file in text form never holds. The file is damaged.</source>
        <translation>%1 er ikke en læsbar DXF-fil: byte %2 er et NUL-tegn, som en DXF-fil i tekstform aldrig indeholder. Filen er beskadiget.</translation>
    </message>
    <message>
        <source>%1 is a %2 file, which reads its data from other files, addresses or programs; Import reads only the file it is given. Import the data it points at instead.</source>
        <translation>%1 er en %2-fil, som henter sine data fra andre filer, adresser eller programmer; Import læser kun den fil, den får. Importér i stedet de data, den peger på.</translation>
    </message>
</context>
<context>
    <name>ZonePainter</name>
    <message>
        <source>Lawn</source>
        <translation>Plæne</translation>
    </message>
    <message>
        <source>Grass</source>
        <translation>Græs</translation>
    </message>
    <message>
        <source>Meadow</source>
        <translation>Eng</translation>
    </message>
    <message>
        <source>Hay meadow</source>
        <translation>Høslæt</translation>
    </message>
    <message>
        <source>Mown path</source>
        <translation>Slået sti</translation>
    </message>
    <message>
        <source>Safety edge</source>
        <translation>Sikkerhedsbræmme</translation>
    </message>
    <message>
        <source>cut 10 or more times a year</source>
        <translation>slås 10 gange eller mere om året</translation>
    </message>
    <message>
        <source>cut 3 to 9 times a year</source>
        <translation>slås 3 til 9 gange om året</translation>
    </message>
    <message>
        <source>cut twice a year</source>
        <translation>slås to gange om året</translation>
    </message>
    <message>
        <source>cut once a year</source>
        <translation>slås én gang om året</translation>
    </message>
    <message>
        <source>a path cut through long grass</source>
        <translation>en sti slået gennem højt græs</translation>
    </message>
    <message>
        <source>an edge cut along a path</source>
        <translation>en kant slået langs en sti</translation>
    </message>
</context>
<context>
    <name>ZoneVersion</name>
    <message>
        <source>A zone&apos;s season overrides are not a JSON object: %1</source>
        <translation>En zones sæsonafvigelser er ikke et JSON-objekt: %1</translation>
    </message>
    <message>
        <source>A zone&apos;s season override &quot;%1&quot; is not a year with its changes.</source>
        <translation>En zones sæsonafvigelse &quot;%1&quot; er ikke et år med dets ændringer.</translation>
    </message>
    <message>
        <source>A zone&apos;s season override for %1 cannot be read.</source>
        <translation>En zones sæsonafvigelse for %1 kan ikke læses.</translation>
    </message>
    <message>
        <source>%1 is not a season: give a year from %2 to %3.</source>
        <translation>%1 er ikke en sæson: angiv et år fra %2 til %3.</translation>
    </message>
    <message>
        <source>A zone is cut 0-60 times a year, not %1.</source>
        <translation>En zone slås 0-60 gange om året, ikke %1.</translation>
    </message>
    <message>
        <source>%1 is not a month: months are 1-12.</source>
        <translation>%1 er ikke en måned: måneder er 1-12.</translation>
    </message>
    <message>
        <source>Month %1 is named twice.</source>
        <translation>Måned %1 er nævnt to gange.</translation>
    </message>
    <message>
        <source>A cut height is more than 0 and less than 100 cm, not %1.</source>
        <translation>En klippehøjde er over 0 og under 100 cm, ikke %1.</translation>
    </message>
    <message>
        <source>Hay is removed 0-120 days after the cut, not %1.</source>
        <translation>Høet fjernes 0-120 dage efter slættet, ikke %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not mowing equipment the catalogue knows.</source>
        <translation>&quot;%1&quot; er ikke et slåredskab, kataloget kender.</translation>
    </message>
    <message>
        <source>The lower cut height (%1 cm) comes first; the higher is %2 cm.</source>
        <translation>Den laveste klippehøjde (%1 cm) kommer først; den højeste er %2 cm.</translation>
    </message>
    <message>
        <source>Hay is removed after %1-%2 days: the earliest first.</source>
        <translation>Høet fjernes efter %1-%2 dage: det tidligste først.</translation>
    </message>
    <message>
        <source>Removal days need clippings that are collected.</source>
        <translation>Dage til fjernelse kræver, at afklippet opsamles.</translation>
    </message>
    <message>
        <source>A zone that is cut needs the months of its cuts.</source>
        <translation>En zone, der slås, skal have sine slæts måneder.</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::AdoptionDialog</name>
    <message>
        <source>Adoption record – %1</source>
        <translation>Beslutningsforløb – %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Votes (for / against / blank; households)</source>
        <translation>Stemmer (for / imod / blanke; husstande)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Delete the chosen event</source>
        <translation>Slet den valgte hændelse</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Ny hændelse</translation>
    </message>
    <message>
        <source>for </source>
        <translation>for </translation>
    </message>
    <message>
        <source>against </source>
        <translation>imod </translation>
    </message>
    <message>
        <source>blank </source>
        <translation>blanke </translation>
    </message>
    <message>
        <source>households </source>
        <translation>husstande </translation>
    </message>
    <message>
        <source>a link or a file name</source>
        <translation>et link eller et filnavn</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrer</translation>
    </message>
    <message>
        <source>Delete this event from the record?</source>
        <translation>Vil du slette denne hændelse fra beslutningsforløbet?</translation>
    </message>
    <message>
        <source>%1 / %2 / %3; %4</source>
        <translation>%1 / %2 / %3; %4</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>The proposal the meeting decided on; its status follows the decision</source>
        <translation>Det forslag, mødet besluttede om; dets status følger beslutningen</translation>
    </message>
    <message>
        <source>(none on record)</source>
        <translation>(intet registreret)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>The proposal &quot;%1&quot; is now %2.</source>
        <translation>Forslaget &quot;%1&quot; er nu %2.</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::CareTypeChooser</name>
    <message>
        <source>Select by care type</source>
        <translation>Vælg efter plejetype</translation>
    </message>
    <message>
        <source>There are no areas %1.</source>
        <translation>Der er ingen arealer %1.</translation>
    </message>
    <message>
        <source>Select every area of a care type %1:</source>
        <translation>Vælg alle arealer af en plejetype %1:</translation>
    </message>
    <message>
        <source>Add them to the selection</source>
        <translation>Føj dem til markeringen</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Vælg</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::CareTypeTable</name>
    <message>
        <source>Care type</source>
        <translation>Plejetype</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::ChartsPanel</name>
    <message>
        <source>Open a project to see its charts.</source>
        <translation>Åbn et projekt for at se dets diagrammer.</translation>
    </message>
    <message>
        <source>Area by care type</source>
        <translation>Areal efter plejetype</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Vedtagelse</translation>
    </message>
    <message>
        <source>Nature-friendly share</source>
        <translation>Naturvenlig andel</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Eksporter PNG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksporter PDF…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Eksporter SVG…</translation>
    </message>
    <message>
        <source>Save the chart as a picture (PNG)</source>
        <translation>Gem diagrammet som et billede (PNG)</translation>
    </message>
    <message>
        <source>Save the chart as a PDF, for print</source>
        <translation>Gem diagrammet som PDF til udskrivning</translation>
    </message>
    <message>
        <source>Save the chart as a drawing (SVG), for reports</source>
        <translation>Gem diagrammet som en tegning (SVG) til rapporter</translation>
    </message>
    <message>
        <source>Gathering the data…</source>
        <translation>Henter data…</translation>
    </message>
    <message>
        <source>The chart cannot be drawn: %1</source>
        <translation>Diagrammet kan ikke tegnes: %1</translation>
    </message>
    <message>
        <source>%1: there is no chart to export yet</source>
        <translation>%1: der er endnu intet diagram at eksportere</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-billeder (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tegninger (*.svg)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Eksporter diagrammet</translation>
    </message>
    <message>
        <source>Units by care type</source>
        <translation>Enheder pr. plejetype</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::ConflictDialog</name>
    <message>
        <source>Changed by someone else (%1 of %2)</source>
        <translation>Ændret af en anden (%1 af %2)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Ændret af en anden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Area %1 was not saved.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Areal %1 blev ikke gemt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keep theirs drops your edit of this area. Keep mine makes your edit again on top of their version.</source>
        <translation>Behold deres kasserer din ændring af dette areal. Behold min laver din ændring igen oven på deres version.</translation>
    </message>
    <message>
        <source>Merge keeps what they changed and what you changed: the edits touched different things.</source>
        <translation>Slå sammen beholder både det, de ændrede, og det, du ændrede: ændringerne rørte ved forskellige ting.</translation>
    </message>
    <message>
        <source>Nothing is written until the project is saved; Decide later keeps your edit unsaved.</source>
        <translation>Intet skrives, før projektet gemmes; Beslut senere lader din ændring forblive ikke-gemt.</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Behold deres</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behold min</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <source>Their changes and yours together.</source>
        <translation>Deres ændringer og dine samlet.</translation>
    </message>
    <message>
        <source>Both edits changed the same thing, or one ended the area.</source>
        <translation>Begge ændringer ændrede det samme, eller den ene afsluttede arealet.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Beslut senere</translation>
    </message>
    <message>
        <source>Keep theirs drops your edit of this path. Keep mine ends the path on your date in the project as it is now.</source>
        <translation>Behold deres kasserer din ændring af denne sti. Behold min afslutter stien på din dato i projektet, som det er nu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Path %1 was not saved.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sti %1 blev ikke gemt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A path edit only ends the path: there is nothing to merge.</source>
        <translation>En ændring af en sti afslutter kun stien: der er intet at flette.</translation>
    </message>
    <message>
        <source>The path already ends before your date in the project.</source>
        <translation>Stien slutter allerede før din dato i projektet.</translation>
    </message>
    <message>
        <source>Keep theirs drops your edit of this area. Keep mine makes your edit on the areas it was split or merged into.</source>
        <translation>Behold deres kasserer din ændring af dette areal. Behold min laver din ændring på de arealer, det blev opdelt i eller slået sammen til.</translation>
    </message>
    <message>
        <source>The area no longer exists on the date of your edit.</source>
        <translation>Arealet findes ikke længere på datoen for din ændring.</translation>
    </message>
    <message>
        <source>Your new outline cannot be laid on the areas it was split or merged into.</source>
        <translation>Dit nye omrids kan ikke lægges på de arealer, det blev opdelt i eller slået sammen til.</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::DateField</name>
    <message>
        <source>Type a date, e.g. 2027-05-01.</source>
        <translation>Skriv en dato, f.eks. 2027-05-01.</translation>
    </message>
    <message>
        <source>%1 is not a date Engdrift can use: the year must be between 1900 and 2200.</source>
        <translation>%1 er ikke en dato, Engdrift kan bruge: året skal ligge mellem 1900 og 2200.</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no month %2.</source>
        <translation>%1 er ikke en dato: der er ingen måned %2.</translation>
    </message>
    <message>
        <source>%1 is not a date: that month has %2 days.</source>
        <translation>%1 er ikke en dato: den måned har %2 dage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2027-05-01 (or 1.5.2027).</source>
        <translation>&quot;%1&quot; er ikke en dato; skriv den som 2027-05-01 (eller 1.5.2027).</translation>
    </message>
    <message>
        <source>%1 is before %2, the first date allowed here.</source>
        <translation>%1 er før %2, den første dato, der kan bruges her.</translation>
    </message>
    <message>
        <source>%1 is after %2, the last date allowed here.</source>
        <translation>%1 er efter %2, den sidste dato, der kan bruges her.</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Vælg datoen i en kalender</translation>
    </message>
    <message>
        <source>A date: 2027-05-01, or 1.5.2027. Up and Down step a day.</source>
        <translation>En dato: 2027-05-01 eller 1.5.2027. Pil op og ned går en dag frem eller tilbage.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::DepartmentDialog</name>
    <message>
        <source>Department %1</source>
        <translation>Afdeling %1</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Ny afdeling</translation>
    </message>
    <message>
        <source>org. </source>
        <translation>org. </translation>
    </message>
    <message>
        <source>dept. </source>
        <translation>afd. </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>street, postcode and town</source>
        <translation>gade, postnummer og by</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Homes</source>
        <translation>Boliger</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Slet afdeling</translation>
    </message>
    <message>
        <source>Delete department %1 from the project?</source>
        <translation>Vil du slette afdeling %1 fra projektet?</translation>
    </message>
    <message>
        <source>Department %1 is in the project already (%2).</source>
        <translation>Afdeling %1 findes allerede i projektet (%2).</translation>
    </message>
    <message>
        <source>How much the department&apos;s location matters for nature, a multiplier of its biodiversity units: high inside a plan&apos;s green structure (e.g. the municipal plan), medium where nature is desirable but not planned for, else low.</source>
        <translation>Hvor meget afdelingens beliggenhed betyder for naturen, en faktor på dens biodiversitetsenheder: høj inden for en plans grønne struktur (f.eks. kommuneplanens), middel hvor natur er ønskværdig men ikke planlagt, ellers lav.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Strategic significance</source>
        <translation>Strategisk betydning</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::DepartmentTree</name>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>%1 (org. %2)</source>
        <translation>%1 (org. %2)</translation>
    </message>
    <message>
        <source>Not proposed</source>
        <translation>Ikke foreslået</translation>
    </message>
    <message>
        <source>%1 m² nature-friendly of %2 m² green area</source>
        <translation>%1 m² naturvenligt af %2 m² grønt areal</translation>
    </message>
    <message>
        <source>The nature-friendly share of the green area at the map date</source>
        <translation>Den naturvenlige andel af det grønne areal på kortdatoen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::ImportDialog</name>
    <message>
        <source>Import areas</source>
        <translation>Importer arealer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Første værdier</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felter</translation>
    </message>
    <message>
        <source>CRS if the file has none</source>
        <translation>Koordinatsystem, hvis filen ikke har et</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>All areas in department</source>
        <translation>Alle arealer i afdeling</translation>
    </message>
    <message>
        <source>org. </source>
        <translation>org. </translation>
    </message>
    <message>
        <source>dept. </source>
        <translation>afd. </translation>
    </message>
    <message>
        <source>From fields</source>
        <translation>Fra felter</translation>
    </message>
    <message>
        <source>Care type</source>
        <translation>Plejetype</translation>
    </message>
    <message>
        <source>From field</source>
        <translation>Fra felt</translation>
    </message>
    <message>
        <source>optional CSV value,care_type (FKG codes map by themselves)</source>
        <translation>valgfri CSV-fil value,care_type (FKG-koder oversættes automatisk)</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Oversættelsestabel</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle arealer</translation>
    </message>
    <message>
        <source>What the import did, feature by feature, appears here.</source>
        <translation>Her vises, hvad importen gjorde, objekt for objekt.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.shp *.zip *.geojson *.json *.gml *.kml *.dxf *.fgb *.osm *.pbf *.csv *.gdb);;All files (*)</source>
        <translation>GIS-filer (*.gpkg *.shp *.zip *.geojson *.json *.gml *.kml *.dxf *.fgb *.osm *.pbf *.csv *.gdb);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n objekt</numerusform>
            <numerusform>%n objekter</numerusform>
        </translation>
    </message>
    <message>
        <source>number of features unknown</source>
        <translation>antal objekter ukendt</translation>
    </message>
    <message>
        <source>no coordinate reference system</source>
        <translation>intet koordinatsystem</translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>Importerer %1 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>%p % · %1 features</source>
        <translation>%p % · %1 objekter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Intet blev importeret.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n area(s) (%1 m²) from %2, layer %3.</source>
        <translation>
            <numerusform>Importerede %n areal (%1 m²) fra %2, lag %3.</numerusform>
            <numerusform>Importerede %n arealer (%1 m²) fra %2, lag %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coordinates: %1 → %2.</source>
        <translation>Koordinater: %1 → %2.</translation>
    </message>
    <message>
        <source>org. –</source>
        <translation>org. –</translation>
    </message>
    <message>
        <source>dept. –</source>
        <translation>afd. –</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The date the areas already existed from: they cannot be given another care type from an earlier date (a department&apos;s start can be corrected later)</source>
        <translation>Den dato, arealerne allerede fandtes fra: de kan ikke få en anden plejetype fra en tidligere dato (en afdelings startdato kan rettes senere)</translation>
    </message>
    <message>
        <source>Areas start on</source>
        <translation>Arealerne starter</translation>
    </message>
    <message>
        <source>A date field of the file that gives each area its own start; where it is empty, the date above</source>
        <translation>Et datofelt i filen, der giver hvert areal sin egen startdato; hvor det er tomt, datoen ovenfor</translation>
    </message>
    <message>
        <source>or per area from field</source>
        <translation>eller pr. areal fra feltet</translation>
    </message>
    <message>
        <source>Give the organisation and department number the areas belong to.</source>
        <translation>Angiv organisations- og afdelingsnummeret, arealerne hører til.</translation>
    </message>
    <message>
        <source>Department %1 is in the project.</source>
        <translation>Afdeling %1 findes i projektet.</translation>
    </message>
    <message>
        <source>name of the new department</source>
        <translation>navnet på den nye afdeling</translation>
    </message>
    <message>
        <source>Department %1 is new: the import creates it, with the name given.</source>
        <translation>Afdeling %1 er ny: importen opretter den med det angivne navn.</translation>
    </message>
    <message>
        <source>(none: the date above)</source>
        <translation>(intet: datoen ovenfor)</translation>
    </message>
    <message>
        <source>Import it again?</source>
        <translation>Vil du importere den igen?</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Ikke importeret.</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Gælder fra: %1</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::LegendWidget</name>
    <message>
        <source>Care type</source>
        <translation>Plejetype</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Mown paths (m)</source>
        <translation>Slåede stier (m)</translation>
    </message>
    <message>
        <source>Safety edges (m)</source>
        <translation>Sikkerhedsbræmmer (m)</translation>
    </message>
    <message>
        <source>Running metres (lbm) mown on the map date</source>
        <translation>Løbende meter (lbm), der slås på kortdatoen</translation>
    </message>
    <message>
        <source>The care type &quot;%1&quot; is not in the project&apos;s catalogue.</source>
        <translation>Plejetypen &quot;%1&quot; findes ikke i projektets katalog.</translation>
    </message>
    <message>
        <source>Nature value (units per ha)</source>
        <translation>Naturværdi (enheder pr. ha)</translation>
    </message>
    <message>
        <source>Biodiversity units per hectare: area × distinctiveness × condition × strategic significance, divided by the area</source>
        <translation>Biodiversitetsenheder pr. hektar: areal × særpræg × tilstand × strategisk betydning, divideret med arealet</translation>
    </message>
    <message>
        <source>Units in all, of the areas computed</source>
        <translation>Enheder i alt for de beregnede arealer</translation>
    </message>
    <message>
        <source>%1 units/ha or more</source>
        <translation>%1 enheder/ha eller flere</translation>
    </message>
    <message>
        <source>%1 units/ha</source>
        <translation>%1 enheder/ha</translation>
    </message>
    <message>
        <source>Network of patches (a colour each)</source>
        <translation>Netværk af levesteder (hver sin farve)</translation>
    </message>
    <message>
        <source>Isolated patch (no link)</source>
        <translation>Isoleret levested (ingen forbindelse)</translation>
    </message>
    <message>
        <source>Link (at most %1 m)</source>
        <translation>Forbindelse (højst %1 m)</translation>
    </message>
    <message>
        <source>Lawn suggested for nature-friendly care (rank)</source>
        <translation>Plæne foreslået til naturvenlig pleje (rækkefølge)</translation>
    </message>
    <message>
        <source>A lawn whose change to a nature-friendly care type would join two or more networks</source>
        <translation>En plæne, der ville forbinde to eller flere netværk, hvis den fik en naturvenlig plejetype</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::MainWindow</name>
    <message>
        <source>drawing…</source>
        <translation>tegner…</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nyt projekt</translation>
    </message>
    <message>
        <source>Engdrift projects (*.engdrift.gpkg)</source>
        <translation>Engdrift-projekter (*.engdrift.gpkg)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Åbn projekt</translation>
    </message>
    <message>
        <source>Engdrift projects (*.engdrift.gpkg *.gpkg)</source>
        <translation>Engdrift-projekter (*.engdrift.gpkg *.gpkg)</translation>
    </message>
    <message>
        <source>About Engdrift</source>
        <translation>Om Engdrift</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Engdrift %1&lt;/h3&gt;&lt;p&gt;The outdoor areas of social housing, their care types and their change towards nature-friendly grounds.&lt;/p&gt;&lt;p&gt;GDAL, GEOS, PROJ and Qt.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Engdrift %1&lt;/h3&gt;&lt;p&gt;Udearealerne i almene boligafdelinger, deres plejetyper og deres omlægning til naturvenlig drift.&lt;/p&gt;&lt;p&gt;Bygger på GDAL, GEOS, PROJ og Qt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Seneste projekter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Værk&amp;tøjer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Værktøjer</translation>
    </message>
    <message>
        <source>Departments and legend</source>
        <translation>Afdelinger og signaturforklaring</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nyt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Slå sammen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <source>Zoom to &amp;everything</source>
        <translation>Zoom til &amp;alt</translation>
    </message>
    <message>
        <source>Zoom to &amp;department</source>
        <translation>Zoom til af&amp;deling</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Zoom til &amp;markering</translation>
    </message>
    <message>
        <source>&amp;About Engdrift</source>
        <translation>&amp;Om Engdrift</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Vælg</translation>
    </message>
    <message>
        <source>Click to select (Shift adds, Ctrl toggles); drag to pan (V)</source>
        <translation>Klik for at vælge (Shift tilføjer, Ctrl slår til/fra); træk for at panorere (V)</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Rektangel</translation>
    </message>
    <message>
        <source>Select the areas in a rectangle (B)</source>
        <translation>Vælg arealerne i et rektangel (B)</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>Select the areas in a polygon; double-click to finish (P)</source>
        <translation>Vælg arealerne i en polygon; dobbeltklik, når polygonen er færdig (P)</translation>
    </message>
    <message>
        <source>Zoom box</source>
        <translation>Zoomboks</translation>
    </message>
    <message>
        <source>Zoom to a rectangle (Z)</source>
        <translation>Zoom til et rektangel (Z)</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Tegn</translation>
    </message>
    <message>
        <source>Draw a new area; it snaps to neighbours&apos; corners; double-click or Enter to finish (D)</source>
        <translation>Tegn et nyt areal; det snapper til naboarealernes hjørner; dobbeltklik eller Enter, når omridset er færdigt (D)</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Opdel</translation>
    </message>
    <message>
        <source>Draw a line across the selected area to split it (S)</source>
        <translation>Tegn en linje hen over det valgte areal for at opdele det (S)</translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation>Knudepunkter</translation>
    </message>
    <message>
        <source>Move corners of the selected area; double-click an edge to add one, right-click to remove (E)</source>
        <translation>Flyt hjørner i det valgte areal; dobbeltklik på en kant for at tilføje et, højreklik på et hjørne for at fjerne det (E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Omgør</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Fortryd: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Omgør: %1</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>Engdrift was closed without saving the edits to %1. Take them back?</source>
        <translation>Engdrift blev lukket uden at gemme ændringerne i %1. Vil du gendanne dem?</translation>
    </message>
    <message>
        <source>The project was not saved; it is as it was before, and your edits are still here.</source>
        <translation>Projektet blev ikke gemt; det er uændret, og dine ændringer er her stadig.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n new version(s)</source>
        <translation>
            <numerusform>Gemt: %n ny version</numerusform>
            <numerusform>Gemt: %n nye versioner</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the edits to %1?</source>
        <translation>Vil du gemme ændringerne i %1?</translation>
    </message>
    <message>
        <source>care type</source>
        <translation>plejetype</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>sammenlægning</translation>
    </message>
    <message>
        <source>split</source>
        <translation>opdeling</translation>
    </message>
    <message>
        <source>Select the one area to split, then draw the line across it.</source>
        <translation>Vælg det ene areal, der skal opdeles, og tegn så linjen hen over det.</translation>
    </message>
    <message>
        <source>draw</source>
        <translation>tegning</translation>
    </message>
    <message>
        <source>Choose the department of the new area in the list of departments first.</source>
        <translation>Vælg først det nye areals afdeling i listen over afdelinger.</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <source>Cut the new area to fit between its neighbours?</source>
        <translation>Skal det nye areal beskæres, så det passer mellem naboarealerne?</translation>
    </message>
    <message>
        <source>reshape</source>
        <translation>omformning</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-billeder (*.png)</translation>
    </message>
    <message>
        <source>exporting…</source>
        <translation>eksporterer…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Gemte %1</translation>
    </message>
    <message>
        <source>Background picture</source>
        <translation>Baggrundsbillede</translation>
    </message>
    <message>
        <source>Georeferenced pictures (*.tif *.tiff *.jp2 *.png *.vrt);;All files (*)</source>
        <translation>Georefererede billeder (*.tif *.tiff *.jp2 *.png *.vrt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Background map service</source>
        <translation>Baggrundskorttjeneste</translation>
    </message>
    <message>
        <source>A GDAL raster source, e.g. WMS:https://… (the national orthophoto service needs your token):</source>
        <translation>En GDAL-rasterkilde, f.eks. WMS:https://… (Dataforsyningens ortofototjeneste kræver din token):</translation>
    </message>
    <message>
        <source>Background picture…</source>
        <translation>Baggrundsbillede…</translation>
    </message>
    <message>
        <source>Background map service…</source>
        <translation>Baggrundskorttjeneste…</translation>
    </message>
    <message>
        <source>No background</source>
        <translation>Ingen baggrund</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>Forslag: %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <source>Adoption record…</source>
        <translation>Beslutningsforløb…</translation>
    </message>
    <message>
        <source>Proposals…</source>
        <translation>Forslag…</translation>
    </message>
    <message>
        <source>Proposal view</source>
        <translation>Forslagsvisning</translation>
    </message>
    <message>
        <source>Switch between today&apos;s map and the proposal; in the proposal, set care types and draw areas to plan them</source>
        <translation>Skift mellem dagens kort og forslaget; i forslaget planlægger du ved at sætte plejetyper og tegne arealer</translation>
    </message>
    <message>
        <source>Choose a department in the list of departments first.</source>
        <translation>Vælg først en afdeling i listen over afdelinger.</translation>
    </message>
    <message>
        <source>Mown path</source>
        <translation>Slået sti</translation>
    </message>
    <message>
        <source>Draw a path mown through long grass, as wide as set beside the tool; double-click or Enter to finish; right-click a path to end it (L)</source>
        <translation>Tegn en sti, der slås gennem højt græs, så bred som angivet ved siden af værktøjet; dobbeltklik eller Enter, når stien er færdig; højreklik på en sti for at nedlægge den (L)</translation>
    </message>
    <message>
        <source>Path through grass</source>
        <translation>Sti gennem græs</translation>
    </message>
    <message>
        <source>Safety edge</source>
        <translation>Sikkerhedsbræmme</translation>
    </message>
    <message>
        <source>The width of the mown path on the ground</source>
        <translation>Den slåede stis bredde i terrænet</translation>
    </message>
    <message>
        <source>mown path</source>
        <translation>slået sti</translation>
    </message>
    <message>
        <source>Choose the department of the path in the list of departments first.</source>
        <translation>Vælg først stiens afdeling i listen over afdelinger.</translation>
    </message>
    <message>
        <source>%1: %2 m long, %3 m wide</source>
        <translation>%1: %2 m lang, %3 m bred</translation>
    </message>
    <message>
        <source>end path</source>
        <translation>nedlæggelse af sti</translation>
    </message>
    <message>
        <source>Take the planned path (%1 m) out of the proposal</source>
        <translation>Tag den planlagte sti (%1 m) ud af forslaget</translation>
    </message>
    <message>
        <source>End the path (%1 m) on %2</source>
        <translation>Nedlæg stien (%1 m) pr. %2</translation>
    </message>
    <message>
        <source>New department…</source>
        <translation>Ny afdeling…</translation>
    </message>
    <message>
        <source>Name, address and homes…</source>
        <translation>Navn, adresse og boliger…</translation>
    </message>
    <message>
        <source>Correct start date…</source>
        <translation>Ret startdato…</translation>
    </message>
    <message>
        <source>Move the start of the department&apos;s first areas (when they were entered as starting on the import day)</source>
        <translation>Flyt starten af afdelingens første arealer (når de er registreret, som om de startede på importdagen)</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Slet afdeling</translation>
    </message>
    <message numerus="yes">
        <source>import of %1 (%n area(s))</source>
        <translation>
            <numerusform>import af %1 (%n areal)</numerusform>
            <numerusform>import af %1 (%n arealer)</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Importen er fortrudt.</translation>
    </message>
    <message>
        <source>Save or undo the unsaved edits before correcting a start date.</source>
        <translation>Gem eller fortryd de ikke-gemte ændringer, før du retter en startdato.</translation>
    </message>
    <message>
        <source>Delete department %1 from the project?</source>
        <translation>Vil du slette afdeling %1 fra projektet?</translation>
    </message>
    <message>
        <source>Deleted department %1</source>
        <translation>Slettede afdeling %1</translation>
    </message>
    <message>
        <source>The unsaved edits have been dropped.</source>
        <translation>De ikke-gemte ændringer er kasseret.</translation>
    </message>
    <message>
        <source>The unsaved edits are kept in %1; they will not be offered again.</source>
        <translation>De ikke-gemte ændringer er gemt i %1; de bliver ikke tilbudt igen.</translation>
    </message>
    <message>
        <source>The unsaved edits you declined cannot be deleted: %1</source>
        <translation>De ikke-gemte ændringer, du afviste, kan ikke slettes: %1</translation>
    </message>
    <message>
        <source>Export the map…</source>
        <translation>Eksportér kortet…</translation>
    </message>
    <message>
        <source>Write the map as it is shown (today or the proposal) to a PNG or JPEG picture, or a PDF or SVG drawing</source>
        <translation>Skriv kortet, som det vises (i dag eller forslaget), til et PNG- eller JPEG-billede eller en PDF- eller SVG-tegning</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Intet at fortryde</translation>
    </message>
    <message>
        <source>Undo: %1 (%2)</source>
        <translation>Fortryd: %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Intet at gentage</translation>
    </message>
    <message>
        <source>Redo: %1 (%2)</source>
        <translation>Gentag: %1 (%2)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tegninger (*.svg)</translation>
    </message>
    <message>
        <source>JPEG pictures (*.jpg *.jpeg)</source>
        <translation>JPEG-billeder (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Eksportér kortet</translation>
    </message>
    <message>
        <source>&amp;Retire selected areas</source>
        <translation>&amp;Nedlæg valgte arealer</translation>
    </message>
    <message>
        <source>The selected areas leave the map on the date set in the selection panel; their history is kept</source>
        <translation>De valgte arealer forsvinder fra kortet pr. datoen i markeringspanelet; deres historik bevares</translation>
    </message>
    <message>
        <source>retire</source>
        <translation>nedlæggelse</translation>
    </message>
    <message>
        <source>Retire areas</source>
        <translation>Nedlæg arealer</translation>
    </message>
    <message numerus="yes">
        <source>Retire %n area(s) on %1? Their history stays in the project.</source>
        <translation>
            <numerusform>Nedlæg %n areal pr. %1? Dets historik bliver i projektet.</numerusform>
            <numerusform>Nedlæg %n arealer pr. %1? Deres historik bliver i projektet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select by &amp;care type…</source>
        <translation>Vælg efter &amp;plejetype…</translation>
    </message>
    <message>
        <source>Select every area of a care type in the chosen department (or in the map view) at the map date</source>
        <translation>Vælg alle arealer af en plejetype i den valgte afdeling (eller i kortudsnittet) pr. kortdatoen</translation>
    </message>
    <message>
        <source>in department %1 on %2</source>
        <translation>i afdeling %1 pr. %2</translation>
    </message>
    <message>
        <source>in department %1 %2 on %3</source>
        <translation>i afdeling %1 %2 pr. %3</translation>
    </message>
    <message>
        <source>in the map view on %1</source>
        <translation>i kortudsnittet pr. %1</translation>
    </message>
    <message numerus="yes">
        <source>Selected %n area(s) of %1</source>
        <translation>
            <numerusform>%n areal med %1 er valgt</numerusform>
            <numerusform>%n arealer med %1 er valgt</numerusform>
        </translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <source>Edge %1 m</source>
        <translation>Bræmme %1 m</translation>
    </message>
    <message>
        <source>Path %1 m</source>
        <translation>Sti %1 m</translation>
    </message>
    <message>
        <source>The Mown path tool draws a safety edge, %1 m wide; click to change</source>
        <translation>Værktøjet Slået sti tegner en sikkerhedsbræmme, %1 m bred; klik for at ændre</translation>
    </message>
    <message>
        <source>The Mown path tool draws a path through long grass, %1 m wide; click to change</source>
        <translation>Værktøjet Slået sti tegner en sti gennem højt græs, %1 m bred; klik for at ændre</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Vejledning</translation>
    </message>
    <message>
        <source>What Engdrift does, step by step, its keys and what the map&apos;s symbols mean</source>
        <translation>Hvad Engdrift gør, trin for trin, dets taster og hvad kortets symboler betyder</translation>
    </message>
    <message>
        <source>Opened a copy of the sample project: %1</source>
        <translation>Åbnede en kopi af eksempelprojektet: %1</translation>
    </message>
    <message>
        <source>Export the vote sheet…</source>
        <translation>Eksportér afstemningsarket…</translation>
    </message>
    <message>
        <source>The chosen department&apos;s vote sheet: today and the proposal side by side, its legend, figures and share, as a PDF, PNG or SVG (A3; A4 when the name ends in -a4)</source>
        <translation>Den valgte afdelings afstemningsark: i dag og forslaget side om side, med signaturforklaring, tal og andel, som PDF, PNG eller SVG (A3; A4 når navnet ender på -a4)</translation>
    </message>
    <message>
        <source>&amp;Print the vote sheet…</source>
        <translation>&amp;Udskriv afstemningsarket…</translation>
    </message>
    <message>
        <source>The chosen department&apos;s vote sheet in a print preview, to print</source>
        <translation>Den valgte afdelings afstemningsark i en udskriftsvisning, til udskrift</translation>
    </message>
    <message>
        <source>Export an atlas…</source>
        <translation>Eksportér et atlas…</translation>
    </message>
    <message>
        <source>A PDF with a map page per department (all, or the chosen department&apos;s organisation) after a contents page</source>
        <translation>En PDF med en kortside pr. afdeling (alle, eller den valgte afdelings organisation) efter en indholdsfortegnelse</translation>
    </message>
    <message>
        <source>PNG pictures, 300 dpi (*.png)</source>
        <translation>PNG-billeder, 300 dpi (*.png)</translation>
    </message>
    <message>
        <source>Export the vote sheet</source>
        <translation>Eksportér afstemningsarket</translation>
    </message>
    <message>
        <source>Vote sheet %1</source>
        <translation>Afstemningsark %1</translation>
    </message>
    <message>
        <source>Print the vote sheet</source>
        <translation>Udskriv afstemningsarket</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printeren kunne ikke startes.</translation>
    </message>
    <message>
        <source>all departments</source>
        <translation>alle afdelinger</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>organisation %1</translation>
    </message>
    <message>
        <source>Export an atlas (%1)</source>
        <translation>Eksportér et atlas (%1)</translation>
    </message>
    <message>
        <source>atlas.pdf</source>
        <translation>atlas.pdf</translation>
    </message>
    <message>
        <source>Drawing the atlas…</source>
        <translation>Tegner atlasset…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n department page(s)</source>
        <translation>
            <numerusform>Skrev %1: %n afdelingsside</numerusform>
            <numerusform>Skrev %1: %n afdelingssider</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the map for other GIS…</source>
        <translation>Eksportér kortet til andre GIS…</translation>
    </message>
    <message>
        <source>Write the areas and mown paths the map shows (its date, the proposal, unsaved edits) with the care types&apos; names and colours, as a GeoPackage, Shapefile or GeoJSON for QGIS and other GIS</source>
        <translation>Skriv de arealer og slåede stier, kortet viser (dets dato, forslaget, ændringer der ikke er gemt), med plejetypernes navne og farver som GeoPackage, Shapefil eller GeoJSON til QGIS og andre GIS</translation>
    </message>
    <message>
        <source>Export the map for other GIS</source>
        <translation>Eksportér kortet til andre GIS</translation>
    </message>
    <message>
        <source>Which areas and paths of the map?</source>
        <translation>Hvilke af kortets arealer og stier?</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Afdeling %1</translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Det hele</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Shapefile (*.shp)</source>
        <translation>Shapefil (*.shp)</translation>
    </message>
    <message>
        <source>GeoJSON, longitude and latitude (*.geojson *.json)</source>
        <translation>GeoJSON, længde og bredde (*.geojson *.json)</translation>
    </message>
    <message>
        <source>These files beside it belong to the export and will be replaced too:
%1</source>
        <translation>Disse filer ved siden af hører til eksporten og bliver også erstattet:
%1</translation>
    </message>
    <message>
        <source>Exporting the map…</source>
        <translation>Eksporterer kortet…</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Eksporten blev annulleret; intet blev skrevet.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n area(s)</source>
        <translation>
            <numerusform>Skrev %n areal</numerusform>
            <numerusform>Skrev %n arealer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n mown path(s) and edge(s) to %1.</source>
        <translation>
            <numerusform>og %n slået sti eller bræmme til %1.</numerusform>
            <numerusform>og %n slåede stier og bræmmer til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The paths are in %1.</source>
        <translation>Stierne er i %1.</translation>
    </message>
    <message>
        <source>Adoption report…</source>
        <translation>Vedtagelsesrapport…</translation>
    </message>
    <message>
        <source>Each department&apos;s adoption status, decision and nature-friendly share over a period, with organisation totals and charts, as a PDF to print or CSV/XLSX figures (from the saved project)</source>
        <translation>Hver afdelings status, beslutning og naturvenlige andel i en periode med totaler pr. organisation og diagrammer, som PDF til udskrift eller tal i CSV/XLSX (fra det gemte projekt)</translation>
    </message>
    <message>
        <source>Writing the adoption report…</source>
        <translation>Skriver vedtagelsesrapporten…</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Rapporten blev annulleret; intet blev skrevet.</translation>
    </message>
    <message>
        <source>Adoption report</source>
        <translation>Vedtagelsesrapport</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n afdeling</numerusform>
            <numerusform>%n afdelinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the adoption report (%1, %2) to %3.</source>
        <translation>Skrev vedtagelsesrapporten (%1, %2) til %3.</translation>
    </message>
    <message>
        <source>writing the report…</source>
        <translation>skriver rapporten…</translation>
    </message>
    <message>
        <source>&amp;Mowing</source>
        <translation>&amp;Slåning</translation>
    </message>
    <message>
        <source>Mowing plan</source>
        <translation>Slåningsplan</translation>
    </message>
    <message>
        <source>Show mowing &amp;zones</source>
        <translation>Vis slånings&amp;zoner</translation>
    </message>
    <message>
        <source>Draw the chosen department&apos;s mowing zones on the map, coloured by how often they are cut, with their numbers</source>
        <translation>Tegn den valgte afdelings slåningszoner på kortet, farvet efter hvor ofte de slås, med deres numre</translation>
    </message>
    <message>
        <source>Mowing &amp;plan…</source>
        <translation>Slånings&amp;plan…</translation>
    </message>
    <message>
        <source>The chosen department&apos;s zones, season calendar, warnings and estimated workload</source>
        <translation>Den valgte afdelings zoner, sæsonkalender, advarsler og skønnede arbejde</translation>
    </message>
    <message>
        <source>&amp;Assumptions…</source>
        <translation>&amp;Forudsætninger…</translation>
    </message>
    <message>
        <source>The figures behind every estimate of mowing hours, fuel, CO2 and cost, for this project</source>
        <translation>Tallene bag hvert skøn over slåningstimer, brændstof, CO2 og udgift, for dette projekt</translation>
    </message>
    <message>
        <source>&amp;Export zones…</source>
        <translation>&amp;Eksportér zoner…</translation>
    </message>
    <message>
        <source>The chosen department&apos;s zones with their regimes and hours as CSV, GeoPackage or GeoJSON (for the mower&apos;s guidance)</source>
        <translation>Den valgte afdelings zoner med deres regimer og timer som CSV, GeoPackage eller GeoJSON (til plæneklipperens styring)</translation>
    </message>
    <message>
        <source>Open a project to plan its mowing.</source>
        <translation>Åbn et projekt for at planlægge dets slåning.</translation>
    </message>
    <message>
        <source>Choose a department in the list to see its mowing plan.</source>
        <translation>Vælg en afdeling i listen for at se dens slåningsplan.</translation>
    </message>
    <message>
        <source>The mowing assumptions are saved in the project.</source>
        <translation>Forudsætningerne for slåning er gemt i projektet.</translation>
    </message>
    <message>
        <source>Choose a department whose zones to export.</source>
        <translation>Vælg den afdeling, hvis zoner skal eksporteres.</translation>
    </message>
    <message>
        <source>CSV table of the zones (*.csv)</source>
        <translation>CSV-tabel over zonerne (*.csv)</translation>
    </message>
    <message>
        <source>Export mowing zones</source>
        <translation>Eksportér slåningszoner</translation>
    </message>
    <message>
        <source>Exporting the mowing zones…</source>
        <translation>Eksporterer slåningszonerne…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n zone(s) to %1.</source>
        <translation>
            <numerusform>Skrev %n zone til %1.</numerusform>
            <numerusform>Skrev %n zoner til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the unsaved edits first: a change to a mowing zone is saved in the project at once, and the zones come from the saved map.</source>
        <translation>Gem de ikke-gemte ændringer først: en ændring af en slåzone gemmes i projektet med det samme, og zonerne dannes ud fra det gemte kort.</translation>
    </message>
    <message>
        <source>Zone %1 is changed from %2 on and saved in the project.</source>
        <translation>Zone %1 er ændret fra %2 og gemt i projektet.</translation>
    </message>
    <message>
        <source>Your name for edits…</source>
        <translation>Dit navn på ændringer…</translation>
    </message>
    <message>
        <source>map%1</source>
        <translation>kort%1</translation>
    </message>
    <message>
        <source>mowing-zones-%1-%2</source>
        <translation>slaaningszoner-%1-%2</translation>
    </message>
    <message>
        <source>vote-sheet-%1</source>
        <translation>afstemningsark-%1</translation>
    </message>
    <message>
        <source>The project needs attention</source>
        <translation>Projektet kræver opmærksomhed</translation>
    </message>
    <message>
        <source>%1 was opened, but:</source>
        <translation>%1 blev åbnet, men:</translation>
    </message>
    <message numerus="yes">
        <source>The project needs attention: %n warning(s) when it was opened.</source>
        <translation>
            <numerusform>Projektet kræver opmærksomhed: %n advarsel, da det blev åbnet.</numerusform>
            <numerusform>Projektet kræver opmærksomhed: %n advarsler, da det blev åbnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your edits of the changed areas were not saved; they are still here.</source>
        <translation>Dine ændringer af de ændrede arealer blev ikke gemt; de er her stadig.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n new version(s); </source>
        <translation>
            <numerusform>Gemt: %n ny version; </numerusform>
            <numerusform>Gemt: %n nye versioner; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) changed by someone else are not saved yet</source>
        <translation>
            <numerusform>%n areal ændret af en anden er ikke gemt endnu</numerusform>
            <numerusform>%n arealer ændret af en anden er ikke gemt endnu</numerusform>
        </translation>
    </message>
    <message>
        <source>Your name for edits</source>
        <translation>Dit navn på ændringer</translation>
    </message>
    <message>
        <source>The name your saved edits are recorded with, so that others editing the project see who changed an area (empty: %1).</source>
        <translation>Det navn, dine gemte ændringer registreres med, så andre, der redigerer projektet, kan se, hvem der ændrede et areal (tomt: %1).</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <source>The project&apos;s PostgreSQL/PostGIS database: a postgresql://user@host/database address, a PG:dbname=… host=… string or PG:service=NAME (pg_service.conf). Keep the password in ~/.pgpass or the service: Engdrift never stores it.</source>
        <translation>Projektets PostgreSQL/PostGIS-database: en adresse som postgresql://bruger@server/database, en PG:dbname=… host=…-tekst eller PG:service=NAVN (pg_service.conf). Gem adgangskoden i ~/.pgpass eller servicen: Engdrift gemmer den aldrig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database address: it begins with postgresql://, postgres:// or PG:.</source>
        <translation>&quot;%1&quot; er ikke en databaseadresse: den begynder med postgresql://, postgres:// eller PG:.</translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation>Åbn &amp;database…</translation>
    </message>
    <message>
        <source>Open a project kept in a shared PostgreSQL/PostGIS database</source>
        <translation>Åbn et projekt, der ligger i en fælles PostgreSQL/PostGIS-database</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>tilstand</translation>
    </message>
    <message>
        <source>&amp;Nature value</source>
        <translation>&amp;Naturværdi</translation>
    </message>
    <message>
        <source>Colour the map by biodiversity units per ha, draw the networks of nature-friendly patches each in its colour, hatch the isolated patches, draw the links and outline the lawns suggested to join networks (Ctrl+Shift+N)</source>
        <translation>Farv kortet efter biodiversitetsenheder pr. ha, tegn netværkene af naturvenlige levesteder i hver sin farve, skravér de isolerede levesteder, tegn forbindelserne og marker de plæner, der foreslås for at forbinde netværk (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>nature value…</source>
        <translation>naturværdi…</translation>
    </message>
    <message>
        <source>The nature value could not be computed: %1</source>
        <translation>Naturværdien kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <source>Area %1: %2</source>
        <translation>Areal %1: %2</translation>
    </message>
    <message>
        <source>nature value… %1 %</source>
        <translation>naturværdi… %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) changed by someone else are not saved yet</source>
        <translation>
            <numerusform>%n sti ændret af en anden er ikke gemt endnu</numerusform>
            <numerusform>%n stier ændret af en anden er ikke gemt endnu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engdrift::gui::MowingAssumptionsDialog</name>
    <message>
        <source>Mowing assumptions</source>
        <translation>Forudsætninger for slåning</translation>
    </message>
    <message>
        <source>Every estimate of mowing hours, fuel, CO2 and cost comes from these figures. Change a value to this project&apos;s own; the figures of a care type replace the general ones.</source>
        <translation>Hvert skøn over slåningstimer, brændstof, CO2 og udgift kommer af disse tal. Ændr en værdi til projektets egen; en plejetypes tal erstatter de generelle.</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Forudsætning</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Gendan standardværdier</translation>
    </message>
    <message>
        <source>The general defaults and the catalogue&apos;s figures, without this project&apos;s own</source>
        <translation>De generelle standardværdier og katalogets tal, uden projektets egne</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>dette projekt</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>kataloget</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: &quot;%2&quot; er ikke et tal.</translation>
    </message>
    <message>
        <source>%1: a value cannot be negative.</source>
        <translation>%1: en værdi kan ikke være negativ.</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::MowingPanel</name>
    <message>
        <source>Export the season calendar</source>
        <translation>Eksportér sæsonkalenderen</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG-billede (*.png);;SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message>
        <source>Open a project and choose a department to see its mowing plan.</source>
        <translation>Åbn et projekt og vælg en afdeling for at se dens slåningsplan.</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <source>&amp;Season</source>
        <translation>&amp;Sæson</translation>
    </message>
    <message>
        <source>The year of the season calendar</source>
        <translation>Sæsonkalenderens år</translation>
    </message>
    <message>
        <source>Assumptions…</source>
        <translation>Forudsætninger…</translation>
    </message>
    <message>
        <source>The figures behind every estimate of hours, fuel, CO2 and cost</source>
        <translation>Tallene bag hvert skøn over timer, brændstof, CO2 og udgift</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Eksportér kalender…</translation>
    </message>
    <message>
        <source>Save the season calendar as a PDF, PNG or SVG</source>
        <translation>Gem sæsonkalenderen som PDF, PNG eller SVG</translation>
    </message>
    <message>
        <source>Export zones…</source>
        <translation>Eksportér zoner…</translation>
    </message>
    <message>
        <source>Write the zones with their regimes and hours as CSV, GeoPackage or GeoJSON (for the mower&apos;s guidance)</source>
        <translation>Skriv zonerne med deres regimer og timer som CSV, GeoPackage eller GeoJSON (til plæneklipperens styring)</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zoner</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Uger</translation>
    </message>
    <message>
        <source>Workload (estimates)</source>
        <translation>Arbejde (skøn)</translation>
    </message>
    <message>
        <source>Choose a department to see its mowing plan.</source>
        <translation>Vælg en afdeling for at se dens slåningsplan.</translation>
    </message>
    <message>
        <source>Gathering the zones…</source>
        <translation>Finder zonerne…</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s), %1 mown, on the map of %2</source>
        <translation>
            <numerusform>%n zone, %1 slås, på kortet for %2</numerusform>
            <numerusform>%n zoner, %1 slås, på kortet for %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message numerus="yes">
        <source>Calendar (%n warning(s))</source>
        <translation>
            <numerusform>Kalender (%n advarsel)</numerusform>
            <numerusform>Kalender (%n advarsler)</numerusform>
        </translation>
    </message>
    <message>
        <source>Season calendar %1</source>
        <translation>Sæsonkalender %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <source>Cuts/year</source>
        <translation>Slåninger/år</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>Cut height</source>
        <translation>Klippehøjde</translation>
    </message>
    <message>
        <source>Clippings</source>
        <translation>Afklip</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Redskab</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Hours/year</source>
        <translation>Timer/år</translation>
    </message>
    <message>
        <source>Estimated from the assumptions (Workload tab)</source>
        <translation>Skønnet ud fra forudsætningerne (fanebladet Arbejde)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Mandag</translation>
    </message>
    <message>
        <source>Zones cut</source>
        <translation>Zoner der slås</translation>
    </message>
    <message>
        <source>Hay removed</source>
        <translation>Hø fjernet</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>Ingen advarsler</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Advarsler (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n zone(s), %2 m²</source>
        <translation>
            <numerusform>%1: %n zone, %2 m²</numerusform>
            <numerusform>%1: %n zoner, %2 m²</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated workload a year</source>
        <translation>Skønnet arbejde om året</translation>
    </message>
    <message>
        <source>%1 m² of %2 m² are mown. These are estimates from the assumptions listed beside them.</source>
        <translation>%1 m² af %2 m² slås. Det er skøn ud fra forudsætningerne, der står ved siden af.</translation>
    </message>
    <message>
        <source>With the proposal</source>
        <translation>Med forslaget</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>All grass as lawn</source>
        <translation>Alt græs som plæne</translation>
    </message>
    <message>
        <source>Before the proposal</source>
        <translation>Før forslaget</translation>
    </message>
    <message>
        <source>Fuel, litres</source>
        <translation>Brændstof, liter</translation>
    </message>
    <message>
        <source>CO2, kg</source>
        <translation>CO2, kg</translation>
    </message>
    <message>
        <source>Cost, DKK</source>
        <translation>Udgift, kr.</translation>
    </message>
    <message>
        <source>Before the proposal: the map of %1.</source>
        <translation>Før forslaget: kortet for %1.</translation>
    </message>
    <message>
        <source>Season %1: about %2 hours in the calendar; the crew has %3 hours a week.</source>
        <translation>Sæson %1: omkring %2 timer i kalenderen; holdet har %3 timer om ugen.</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Forudsætninger</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>dette projekt</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>kataloget</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>Rename zone %1…</source>
        <translation>Omdøb zone %1…</translation>
    </message>
    <message>
        <source>Renumber zone %1…</source>
        <translation>Giv zone %1 et nyt nummer…</translation>
    </message>
    <message>
        <source>Change zone %1&apos;s mowing in %2…</source>
        <translation>Ændr slåningen af zone %1 i %2…</translation>
    </message>
    <message>
        <source>Clear zone %1&apos;s change for %2</source>
        <translation>Fjern ændringen af zone %1 for %2</translation>
    </message>
    <message>
        <source>mowing-calendar-%1-%2</source>
        <translation>slaaningskalender-%1-%2</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::PointsTool</name>
    <message>
        <source>Cannot select by this polygon: %1</source>
        <translation>Kan ikke vælge med denne polygon: %1</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::ProjectDocument</name>
    <message>
        <source>The unsaved edits of %1 cannot be read: %2</source>
        <translation>De ikke-gemte ændringer i %1 kan ikke læses: %2</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::PropertiesPanel</name>
    <message>
        <source>Care type</source>
        <translation>Plejetype</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Set care type</source>
        <translation>Sæt plejetype</translation>
    </message>
    <message>
        <source>Give the selected areas this care type from the date; their history is kept.</source>
        <translation>Giv de valgte arealer denne plejetype fra datoen; deres historik bevares.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Gem note</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Opdel</translation>
    </message>
    <message>
        <source>Draw a line across the selected area to split it (S).</source>
        <translation>Tegn en linje hen over det valgte areal for at opdele det (S).</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <source>Merge the selected areas into one (M).</source>
        <translation>Slå de valgte arealer sammen til ét (M).</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Click an area on the map to select it; Shift adds, Ctrl toggles.</source>
        <translation>Klik på et areal på kortet for at vælge det; Shift tilføjer, Ctrl slår til/fra.</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>from area %1</source>
        <translation>fra areal %1</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ikke gemt endnu</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Areal %1</translation>
    </message>
    <message numerus="yes">
        <source>%n areas</source>
        <translation>
            <numerusform>%n areal</numerusform>
            <numerusform>%n arealer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 m² · department %2</source>
        <translation>%1 m² · afd. %2</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Nedlæg</translation>
    </message>
    <message>
        <source>The selected areas leave the map on the date; their history is kept (Del).</source>
        <translation>De valgte arealer forsvinder fra kortet pr. datoen; deres historik bevares (Del).</translation>
    </message>
    <message>
        <source>Double-click a care type to keep only its areas selected.</source>
        <translation>Dobbeltklik på en plejetype for kun at beholde dens arealer i markeringen.</translation>
    </message>
    <message>
        <source>Selected areas</source>
        <translation>Valgte arealer</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Click an area to show it on the map.</source>
        <translation>Klik på et areal for at vise det på kortet.</translation>
    </message>
    <message numerus="yes">
        <source>(mixed: %n care types)</source>
        <translation>
            <numerusform>(blandet: %n plejetype)</numerusform>
            <numerusform>(blandet: %n plejetyper)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected areas have %n care types; choose the one to give them all.</source>
        <translation>
            <numerusform>De valgte arealer har %n plejetype; vælg den, de alle skal have.</numerusform>
            <numerusform>De valgte arealer har %n plejetyper; vælg den, de alle skal have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… og %n til</numerusform>
            <numerusform>… og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>The habitat&apos;s condition for the biodiversity units (good 3, fairly good 2.5, moderate 2, fairly poor 1.5, poor 1). Unless one is recorded, the care type&apos;s default counts.</source>
        <translation>Naturtilstanden til biodiversitetsenhederne (god 3, ret god 2,5, moderat 2, ret dårlig 1,5, dårlig 1). Er ingen registreret, tæller plejetypens standard.</translation>
    </message>
    <message>
        <source>Set condition</source>
        <translation>Sæt tilstand</translation>
    </message>
    <message>
        <source>Record this condition for the selected areas from the date; their history is kept. A new care type starts again from its default.</source>
        <translation>Registrér denne tilstand for de valgte arealer fra datoen; deres historik bevares. En ny plejetype starter igen fra sin standard.</translation>
    </message>
    <message>
        <source>The care type&apos;s default</source>
        <translation>Plejetypens standard</translation>
    </message>
    <message>
        <source>%1 (default for %2)</source>
        <translation>%1 (standard for %2)</translation>
    </message>
    <message numerus="yes">
        <source>(mixed: %n conditions)</source>
        <translation>
            <numerusform>(blandet: %n tilstand)</numerusform>
            <numerusform>(blandet: %n tilstande)</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected areas have different conditions; choose the one to give them all.</source>
        <translation>De valgte arealer har forskellige tilstande; vælg den, de alle skal have.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheder</translation>
    </message>
    <message>
        <source>Biodiversity units = area (ha) × the care type&apos;s distinctiveness × the condition (recorded, or the care type&apos;s default) × the department&apos;s strategic significance.</source>
        <translation>Biodiversitetsenheder = areal (ha) × plejetypens særpræg × tilstanden (den registrerede eller plejetypens standard) × afdelingens strategiske betydning.</translation>
    </message>
    <message>
        <source>Biofaktor</source>
        <translation>Biofaktor</translation>
    </message>
    <message>
        <source>The care type&apos;s weight in the green factor: the department&apos;s green factor is Σ m² × biofaktor / Σ m² of all its areas.</source>
        <translation>Plejetypens vægt i biofaktoren: afdelingens biofaktor er Σ m² × biofaktor / Σ m² af alle dens arealer.</translation>
    </message>
    <message>
        <source>none: the catalogue does not have the care type</source>
        <translation>ingen: kataloget har ikke plejetypen</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (standard)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(standard)</translation>
    </message>
    <message>
        <source>condition: not recorded, the care type&apos;s default counts</source>
        <translation>tilstand: ikke registreret, plejetypens standard gælder</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::ProposalsDialog</name>
    <message>
        <source>Proposals – department %1</source>
        <translation>Forslag – afdeling %1</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Udarbejdet</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Omlagt</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nyt…</translation>
    </message>
    <message>
        <source>Show and edit on the map</source>
        <translation>Vis og rediger på kortet</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Vedtaget</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Forkastet</translation>
    </message>
    <message>
        <source>Carry out…</source>
        <translation>Gennemfør…</translation>
    </message>
    <message>
        <source>Back to today&apos;s map</source>
        <translation>Tilbage til dagens kort</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Nyt forslag</translation>
    </message>
    <message>
        <source>Name of the proposal:</source>
        <translation>Forslagets navn:</translation>
    </message>
    <message>
        <source>Nature-friendly outdoor areas %1</source>
        <translation>Naturvenlige udearealer %1</translation>
    </message>
    <message>
        <source>No proposals yet. &quot;New…&quot; drafts one beside the current map.</source>
        <translation>Ingen forslag endnu. &quot;Nyt…&quot; udarbejder et udkast ved siden af det nuværende kort.</translation>
    </message>
    <message>
        <source>Record the meeting and its votes in the adoption record too (Department menu).</source>
        <translation>Registrer også mødet og dets afstemning i beslutningsforløbet (menuen Afdeling).</translation>
    </message>
    <message>
        <source>Save your edits before a proposal is carried out.</source>
        <translation>Gem dine ændringer, før et forslag gennemføres.</translation>
    </message>
    <message>
        <source>Carry out the proposal</source>
        <translation>Gennemfør forslaget</translation>
    </message>
    <message>
        <source>From which date does the proposal become the current state?</source>
        <translation>Fra hvilken dato bliver forslaget den gældende tilstand?</translation>
    </message>
    <message>
        <source>Carried out from %1: %2 areas got their planned care type, %3 new areas, %4 mown paths.</source>
        <translation>Gennemført fra %1: %2 arealer fik deres planlagte plejetype, %3 nye arealer, %4 slåede stier.</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::ReportDialog</name>
    <message>
        <source>Adoption report</source>
        <translation>Vedtagelsesrapport</translation>
    </message>
    <message>
        <source>Each department&apos;s adoption status and decision at the end of the period, its nature-friendly share and the change since the start, with totals per organisation. A PDF to print has the charts; CSV and XLSX hold the figures.</source>
        <translation>Hver afdelings status og beslutning ved periodens slutning, dens naturvenlige andel og ændringen siden starten, med totaler pr. organisation. En PDF til udskrift har diagrammerne; CSV og XLSX indeholder tallene.</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle organisationer</translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>adoption-report.pdf</source>
        <translation>vedtagelsesrapport.pdf</translation>
    </message>
    <message>
        <source>The name says the format: .pdf, .csv or .xlsx</source>
        <translation>Navnet bestemmer formatet: .pdf, .csv eller .xlsx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>The report shows the saved project; save first to include your edits.</source>
        <translation>Rapporten viser det gemte projekt; gem først for at få dine ændringer med.</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Gem nu</translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation>Skriv rapporten</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-tabeller (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Fra: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Til: %1</translation>
    </message>
    <message>
        <source>The period must not end before it starts: %1 is after %2.</source>
        <translation>Perioden må ikke slutte, før den begynder: %1 er efter %2.</translation>
    </message>
    <message>
        <source>Give the file to write.</source>
        <translation>Angiv den fil, der skal skrives.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 er en mappe; angiv et filnavn.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 findes. Erstat den?</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::StartDateDialog</name>
    <message>
        <source>Correct start date – %1</source>
        <translation>Ret startdato – %1</translation>
    </message>
    <message>
        <source>The areas start on</source>
        <translation>Arealerne starter</translation>
    </message>
    <message>
        <source>why, e.g. &quot;imported as from the import day&quot;</source>
        <translation>hvorfor, fx &quot;importeret, som om de startede på importdagen&quot;</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>This corrects a data-entry error: the department&apos;s first area versions get the new start date, earlier or later, as long as none of them becomes empty or overlaps a later version. The correction is recorded.</source>
        <translation>Dette retter en indtastningsfejl: afdelingens første arealversioner får den nye startdato, tidligere eller senere, så længe ingen af dem bliver tom eller overlapper en senere version. Rettelsen registreres.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Ret</translation>
    </message>
    <message>
        <source>The areas of department %1 start on %2.</source>
        <translation>Arealerne i afdeling %1 starter %2.</translation>
    </message>
    <message>
        <source>Department %1 has no areas yet.</source>
        <translation>Afdeling %1 har endnu ingen arealer.</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::StartPanel</name>
    <message>
        <source>New project…</source>
        <translation>Nyt projekt…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Åbn…</translation>
    </message>
    <message>
        <source>Import areas…</source>
        <translation>Importer arealer…</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>Åbn eksempelprojektet</translation>
    </message>
    <message>
        <source>Three estates near Hedehusene, 2019–2026, opened as a copy of your own</source>
        <translation>Tre afdelinger ved Hedehusene, 2019–2026, åbnet som din egen kopi</translation>
    </message>
    <message>
        <source>Or look around in the sample project first: three estates near Hedehusene with their care types from 2019 to 2026, opened as a copy you may change.</source>
        <translation>Eller se dig først omkring i eksempelprojektet: tre afdelinger ved Hedehusene med deres plejetyper fra 2019 til 2026, åbnet som en kopi, du gerne må ændre.</translation>
    </message>
    <message>
        <source>This project has no areas yet</source>
        <translation>Projektet har endnu ingen arealer</translation>
    </message>
    <message>
        <source>Start by importing the areas of a department from a GIS file: a GeoPackage, a shapefile or GeoJSON, such as the municipality&apos;s FKG data.</source>
        <translation>Begynd med at importere en afdelings arealer fra en GIS-fil: en GeoPackage, en shapefil eller GeoJSON, f.eks. kommunens FKG-data.</translation>
    </message>
    <message>
        <source>Welcome to Engdrift</source>
        <translation>Velkommen til Engdrift</translation>
    </message>
    <message>
        <source>Make a new project for your departments&apos; outdoor areas, or open one.</source>
        <translation>Lav et nyt projekt til afdelingernes udearealer, eller åbn et.</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::TimeSlider</name>
    <message>
        <source>Map date</source>
        <translation>Kortdato</translation>
    </message>
</context>
<context>
    <name>engdrift::gui::ZoneEditDialog</name>
    <message>
        <source>left lying</source>
        <translation>efterlades</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>opsamles</translation>
    </message>
    <message>
        <source>partly collected</source>
        <translation>delvis opsamlet</translation>
    </message>
    <message>
        <source>none (not cut)</source>
        <translation>ingen (slås ikke)</translation>
    </message>
    <message>
        <source>Rename zone %1</source>
        <translation>Omdøb zone %1</translation>
    </message>
    <message>
        <source>empty: the name the plan gives it</source>
        <translation>tom: det navn, planen giver den</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>Renumber zone %1</source>
        <translation>Nyt nummer til zone %1</translation>
    </message>
    <message>
        <source>A zone that has this number gets zone %1&apos;s number.</source>
        <translation>En zone, der har dette nummer, får zone %1s nummer.</translation>
    </message>
    <message>
        <source>&amp;New number</source>
        <translation>&amp;Nyt nummer</translation>
    </message>
    <message>
        <source>Zone %1 in the season %2</source>
        <translation>Zone %1 i sæsonen %2</translation>
    </message>
    <message>
        <source>&amp;Cuts in the season</source>
        <translation>&amp;Slåninger i sæsonen</translation>
    </message>
    <message>
        <source>e.g. 6, 9</source>
        <translation>fx 6, 9</translation>
    </message>
    <message>
        <source>The months (1-12) the cuts fall in, separated by commas.</source>
        <translation>De måneder (1-12), slåningerne falder i, adskilt af kommaer.</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>&amp;Måneder</translation>
    </message>
    <message>
        <source>C&amp;lippings</source>
        <translation>&amp;Afklip</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>The change is saved in the project at once, from the date on; the map before it keeps the zone as it was.</source>
        <translation>Ændringen gemmes i projektet med det samme og gælder fra datoen; kortet før den viser zonen, som den var.</translation>
    </message>
    <message>
        <source>Give the date the change holds from.</source>
        <translation>Angiv den dato, ændringen gælder fra.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write the months as numbers 1-12, e.g. 6, 9.</source>
        <translation>&quot;%1&quot; er ikke en måned: skriv månederne som tal 1-12, fx 6, 9.</translation>
    </message>
    <message>
        <source>Nothing is changed: give the season other cuts, months or clippings.</source>
        <translation>Intet er ændret: giv sæsonen andre slåninger, måneder eller afklip.</translation>
    </message>
</context>
</TS>
