#!/usr/bin/env bash
# run-benchmarks.sh: Engdrift against GDAL's own tools on national-scale data, side by side.
#
# usage: bench/run-benchmarks.sh [WORK_DIR [DEPARTMENTS]]
#   WORK_DIR     where the data and the results go (default /tmp/engdrift-bench)
#   DEPARTMENTS  how many departments engdrift-gen draws (default 7100, about 1,000,000 areas)
# environment: BUILD_DIR (default ./build) holds tools/engdrift-gen and app/cli/engdrift-cli;
#              RUNS (default 3): each command runs this often and the fastest run counts.
#
# The data is generated once per department count and reused on later runs. Each benchmark runs
# under /usr/bin/time (wall time and peak resident memory) and prints the exact commands.
#   (a) import: engdrift-cli new + import of the plain EPSG:4326 GeoPackage (reprojected to
#       EPSG:25832, validated, written as a project) versus ogr2ogr -t_srs EPSG:25832 into a GeoPackage
#   (b) statistics: engdrift-cli stats by department and care type on the national project versus
#       an ogrinfo SQLite-dialect GROUP BY on the plain EPSG:25832 GeoPackage
#   (c) rendering (when QGIS is installed): engdrift-cli render --extent at 1920x1080 versus PyQGIS
#       (bench/qgis_render.py, a categorized fill on the plain file) on the very same extents: 1, 3,
#       5, 10 and 40 m a pixel around the densest part of the country, the whole extent, and one
#       department. Whole-process times; Engdrift without labels (QGIS's picture has none) and
#       with them; the coverage agreement of the two pictures (bench/coverage_compare.py: the
#       drawn pixels both share of those either draws; the issue asks >= 0.92 at 1-5 m a pixel,
#       >= 0.8 coarser, and a time ratio <= 0.5)
#   (d) timeline: engdrift-cli timeline at monthly steps over 8 years on the national project (no
#       peer; the issue asks for under 2 s)
#   (e) the desktop program (when built): build/bench/engdrift-gui-bench on the national project:
#       first map, preview frames, the time slider, and the longest the GUI thread was blocked
#   (f) print: one vote sheet PDF (the issue asks under 0.5 s); the atlas of the departments of the
#       first 14,100 areas (fid <= 14100 of the plain file, imported into their own project) on the
#       plain A3 page (map-a3: one map, title, legend, scale bar) versus a PyQGIS atlas of the same
#       page on the same areas (bench/qgis_atlas.py, QgsLayoutExporter.exportToPdf; ratio <= 0.5
#       asked), and the atlas of their vote sheets (under 5 s asked)
#   (g) report: engdrift-cli report as PDF (every department, with the charts) on a copy of the
#       national project that has adoption events (proposed, adopted with votes, carried out) for
#       the departments the generator converted (no peer; the issue asks for under 10 s)
#   (h) export: engdrift-cli export-data of the whole national project at a date to a GeoPackage
#       (the areas and mown paths the map shows, with the care types' names and colours as
#       attributes and the QGIS styles) versus ogr2ogr copying the areas valid at that date out of
#       the project file into a GeoPackage (-where on status and the dates: the same features,
#       without the names and colours); both outputs' feature counts are printed
#   (i) mowing: engdrift-cli workload --json on the national project (zones' m² by care type for
#       every department, mown paths' bands taken out, hours, fuel, CO2 and cost with both
#       baselines; no peer; the issue asks under 10 s on 2 cores), and engdrift-cli mowing-plan of
#       one department to CSV (dissolved zones, calendar, workload; whole process); inside the
#       program (engdrift-mowing-bench, bench/mowing_latency.cpp): one department's zones, workload
#       and calendar (best of 3, median and largest of 51 departments; the issue asks under 50 ms),
#       and the dissolved zones and workload of every department on 2 threads (asked under 10 s)
#   (n) nature: engdrift-cli nature --json of the whole national project (units, green factor,
#       networks of nature-friendly patches within 150 m, lawn suggestions; the issue asks under
#       20 s on 2 cores), and of one department (whole process); inside the program
#       (engdrift-nature-bench, bench/nature_latency.cpp): one department with its neighbours
#       within D, grown until its networks are complete (best of 3, median, p90 and largest of 50
#       departments; the issue asks under 100 ms)
#   (p) PostGIS: the national project copied into PostgreSQL/PostGIS and used from there. The
#       server: $ENGDRIFT_BENCH_PG (a postgresql:// URI of a maintenance database on a server where
#       the user may CREATE DATABASE), else a throwaway cluster (scripts/pg-test-cluster, PostgreSQL
#       15 + PostGIS, fsync=off: for Engdrift and the peer alike) started here and stopped on exit.
#       (p1) copy: engdrift-cli copy of the project into a fresh database versus ogr2ogr -f
#            PostgreSQL of the same file into another fresh database (with CREATE EXTENSION
#            postgis); the issue asks under 3x ogr2ogr's time
#       (p2) statistics by department and care type at a date from PostGIS versus psql's GROUP BY of
#            the same sums on ogr2ogr's copy (the issue asks under 1 s); the JSON is compared with
#            the GeoPackage's (cmp)
#       (p3) rendering, whole process, 1920x1080: the whole extent and one department, from PostGIS
#            and from the GeoPackage; the two pictures are compared (cmp)
#       (p4) the desktop program (engdrift-gui-bench, when built) on PostGIS and on the GeoPackage:
#            first map, preview frames, the time slider, opening a department view (20 departments
#            spread over the project; the issue asks under 200 ms)
#       (p5) the monthly timeline over 8 years and the workload of every department from PostGIS,
#            beside the GeoPackage's (the outputs compared with cmp)
#       Needs psql and the server's PostGIS; every command's peak memory is recorded (the issue asks
#       under 1 GB for any command at national scale).
# Compare ratios, not absolute times: they drift from run to run on a shared machine.
# BENCHMARKS (default "import stats render timeline gui print report export mowing nature postgis") chooses
# which run, e.g. BENCHMARKS=render or BENCHMARKS=postgis.

set -euo pipefail

WORK_DIR=${1:-/tmp/engdrift-bench}
DEPARTMENTS=${2:-7100}
BUILD_DIR=${BUILD_DIR:-./build}
RUNS=${RUNS:-3}
BENCHMARKS=${BENCHMARKS:-import stats render timeline gui print report export mowing nature postgis}
wanted() { [[ " $BENCHMARKS " == *" $1 "* ]]; }

GEN="$BUILD_DIR/tools/engdrift-gen"
CLI="$BUILD_DIR/app/cli/engdrift-cli"
TIME=/usr/bin/time

fail() { echo "run-benchmarks: $*" >&2; exit 1; }

[[ "$DEPARTMENTS" =~ ^[0-9]+$ ]] || fail "DEPARTMENTS must be a number, not \"$DEPARTMENTS\""
[[ -x "$GEN" ]] || fail "$GEN not found: build first (cmake --build $BUILD_DIR) or set BUILD_DIR"
[[ -x "$CLI" ]] || fail "$CLI not found: build first (cmake --build $BUILD_DIR) or set BUILD_DIR"
[[ -x "$TIME" ]] || fail "$TIME not found: install the Debian package \"time\" (apt-get install time)"
command -v ogr2ogr >/dev/null || fail "ogr2ogr not found: install the Debian package gdal-bin"
command -v ogrinfo >/dev/null || fail "ogrinfo not found: install the Debian package gdal-bin"
GEN=$(realpath "$GEN")
CLI=$(realpath "$CLI")

DATA="$WORK_DIR/national-$DEPARTMENTS"
PROJECT="$DATA/national.engdrift.gpkg"
PLAIN4326="$DATA/plain4326.gpkg"
PLAIN25832="$DATA/plain25832.gpkg"
RESULTS="$WORK_DIR/results"
mkdir -p "$DATA" "$RESULTS"

# --- data, generated once
if [[ -f "$PROJECT" && -f "$PLAIN4326" && -f "$PLAIN25832" ]]; then
    echo "Using the data in $DATA (delete it to generate it again)"
else
    echo "Generating $DEPARTMENTS departments into $DATA ..."
    rm -f "$PROJECT" "$PLAIN4326" "$PLAIN25832"
    "$TIME" -f "%e s %M KB" -o "$RESULTS/generate.time" \
        "$GEN" national --departments "$DEPARTMENTS" --out-project "$PROJECT" \
        --out-plain-4326 "$PLAIN4326" --out-plain-25832 "$PLAIN25832"
    echo "generated in $(cat "$RESULTS/generate.time")"
fi
# Data generated by an older Engdrift: bring it to this program's schema (a no-op when current).
"$CLI" upgrade "$PROJECT" >/dev/null
AREAS=$(ogrinfo -ro -so "$PLAIN25832" areas | sed -n 's/^Feature Count: //p')

# --- measuring
# measure NAME COMMAND: runs COMMAND (a bash snippet) RUNS times under /usr/bin/time and sets
# BEST_S and BEST_KB to the fastest run's wall time and peak memory. A PREPARE snippet, if set,
# runs before each run, untimed.
PREPARE=""
measure() {
    local name=$1 command=$2
    BEST_S="" BEST_KB=""
    for ((run = 1; run <= RUNS; run++)); do
        if [[ -n "$PREPARE" ]]; then
            bash -c "$PREPARE"
        fi
        if ! "$TIME" -f "%e %M" -o "$RESULTS/$name.$run.time" bash -c "$command" \
            >"$RESULTS/$name.$run.out" 2>"$RESULTS/$name.$run.err"; then
            cat "$RESULTS/$name.$run.err" >&2
            fail "$name failed (output in $RESULTS/$name.$run.*)"
        fi
        local seconds kb
        read -r seconds kb < <(tail -n 1 "$RESULTS/$name.$run.time")
        echo "  $name run $run: $seconds s, $((kb / 1024)) MB"
        if [[ -z "$BEST_S" ]] || awk -v a="$seconds" -v b="$BEST_S" 'BEGIN { exit !(a < b) }'; then
            BEST_S=$seconds
            BEST_KB=$kb
        fi
    done
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }

IMPORTED="$WORK_DIR/import.engdrift.gpkg"
OGR_OUT="$WORK_DIR/ogr2ogr-25832.gpkg"
IMPORT_CMD="\"$CLI\" new \"$IMPORTED\" && \"$CLI\" import \"$IMPORTED\" \"$PLAIN4326\" --org-field org_no --dept-field dept_no --care-field care_type --valid-from 2019-01-01 --quiet"
OGR2OGR_CMD="ogr2ogr -f GPKG -t_srs EPSG:25832 \"$OGR_OUT\" \"$PLAIN4326\""
STATS_CMD="\"$CLI\" stats \"$PROJECT\" --by department,care-type --json > /dev/null"
OGRINFO_CMD="ogrinfo -ro -q -dialect SQLite -sql \"SELECT org_no, dept_no, care_type, SUM(ST_Area(geom)), COUNT(*) FROM areas GROUP BY 1,2,3\" \"$PLAIN25832\" > /dev/null"

IMPORT_S="" STATS_S="" TIMELINE_S="" REPORT_S="" EXPORT_S="" MOWING_S="" MOWING_PLAN_S="" MOWING_ONE="" MOWING_ALL="" NATURE_S="" NATURE_DEPT_S="" NATURE_ONE=""
if wanted import; then
    echo "(a) import of $AREAS areas from EPSG:4326"
    PREPARE="rm -f \"$IMPORTED\""
    measure engdrift-import "$IMPORT_CMD"
    IMPORT_S=$BEST_S IMPORT_KB=$BEST_KB
    PREPARE="rm -f \"$OGR_OUT\""
    measure ogr2ogr "$OGR2OGR_CMD"
    OGR2OGR_S=$BEST_S OGR2OGR_KB=$BEST_KB
    PREPARE=""
fi

if wanted stats; then
    echo "(b) statistics by department and care type"
    measure engdrift-stats "$STATS_CMD"
    STATS_S=$BEST_S STATS_KB=$BEST_KB
    measure ogrinfo-sql "$OGRINFO_CMD"
    OGRINFO_S=$BEST_S OGRINFO_KB=$BEST_KB
fi

# --- (c) rendering, against QGIS when it is installed (apt-get install qgis python3-qgis; never in CI)
RENDER_ROWS=""
BENCH_DIR="$(dirname "$(realpath "$0")")"
QGIS_SCRIPT="$BENCH_DIR/qgis_render.py"
COMPARE="$BENCH_DIR/coverage_compare.py"
# sql SOURCE QUERY: the values of the one row a SQLite-dialect query on SOURCE returns, space-separated
sql() { ogrinfo -ro -q -dialect SQLite -sql "$2" "$1" | sed -n 's/^  [a-z_]* ([A-Za-z0-9]*) = //p' | paste -sd' '; }
if wanted render && /usr/bin/python3 -c "import qgis.core" 2>/dev/null; then
    # The densest part of the country: the 5 km cell holding the most departments, and the mean
    # centre of the departments within 10 km of it (rounded to 10 m).
    read -r KX KY _ < <(sql "$PROJECT" "SELECT CAST((ext_min_x + ext_max_x) / 10000 AS INTEGER) AS kx, \
        CAST((ext_min_y + ext_max_y) / 10000 AS INTEGER) AS ky, COUNT(*) AS n FROM departments \
        GROUP BY kx, ky ORDER BY n DESC LIMIT 1")
    read -r CX CY < <(sql "$PROJECT" "SELECT CAST(ROUND(AVG((ext_min_x + ext_max_x) / 2) / 10) * 10 AS INTEGER) AS cx, \
        CAST(ROUND(AVG((ext_min_y + ext_max_y) / 2) / 10) * 10 AS INTEGER) AS cy FROM departments \
        WHERE ABS((ext_min_x + ext_max_x) / 2 - ($KX + 0.5) * 5000) < 10000 \
        AND ABS((ext_min_y + ext_max_y) / 2 - ($KY + 0.5) * 5000) < 10000")
    [[ -n "${CX:-}" && -n "${CY:-}" ]] || fail "cannot find the densest part of $PROJECT"
    # Everything: the extent of the plain file's areas. One department: the first of the plain file.
    read -r FULL_EXTENT < <(ogrinfo -ro -so "$PLAIN25832" areas |
        sed -n 's/^Extent: (\([^,]*\), \([^)]*\)) - (\([^,]*\), \([^)]*\))$/\1 \2 \3 \4/p')
    read -r ORG DEPT < <(sql "$PLAIN25832" "SELECT org_no, dept_no FROM areas LIMIT 1")
    read -r DEPT_EXTENT < <(sql "$PLAIN25832" "SELECT MIN(ST_MinX(geom)) AS xmin, MIN(ST_MinY(geom)) AS ymin, \
        MAX(ST_MaxX(geom)) AS xmax, MAX(ST_MaxY(geom)) AS ymax FROM areas WHERE org_no = $ORG AND dept_no = $DEPT")
    : > "$RESULTS/render-extents.txt"
    echo "(c) rendering at 1920x1080 around ($CX, $CY), the whole extent ($FULL_EXTENT) and department $ORG-$DEPT"
    for view in 1 3 5 10 40 full dept; do
        case $view in
        full) EXTENT=$FULL_EXTENT NAME="whole extent" NEED=0.8 ;;
        dept) EXTENT=$DEPT_EXTENT NAME="department $ORG-$DEPT" NEED=0.92 ;;
        *)
            EXTENT=$(awk -v u="$view" -v x="$CX" -v y="$CY" \
                'BEGIN { printf "%.3f %.3f %.3f %.3f", x - 960 * u, y - 540 * u, x + 960 * u, y + 540 * u }')
            NAME="$view m a pixel"
            NEED=$(awk -v u="$view" 'BEGIN { print (u <= 5 ? 0.92 : 0.8) }') ;;
        esac
        echo "$NAME: $EXTENT" >> "$RESULTS/render-extents.txt"
        ENG_CMD="\"$CLI\" render \"$PROJECT\" --out \"$RESULTS/engdrift-$view.png\" --size 1920x1080 --extent ${EXTENT// /,}"
        QGIS_CMD="QT_QPA_PLATFORM=offscreen /usr/bin/python3 \"$QGIS_SCRIPT\" \"$PLAIN25832\" \"$RESULTS/qgis-$view.png\" 1920 1080 $EXTENT"
        measure "engdrift-render-$view" "$ENG_CMD --no-labels"
        ENG_S=$BEST_S
        measure "engdrift-render-labels-$view" "${ENG_CMD/engdrift-$view.png/engdrift-labels-$view.png}"
        ENG_LABELS_S=$BEST_S
        measure "qgis-render-$view" "$QGIS_CMD"
        QGIS_S=$BEST_S
        AGREEMENT=$(/usr/bin/python3 "$COMPARE" "$RESULTS/engdrift-$view.png" "$RESULTS/qgis-$view.png" |
            sed -n 's/^agreement=\([0-9.]*\).*/\1/p')
        RENDER_ROWS+=$(printf "%-24s %9s %9s %9s %7s %10s %7s" "$NAME" "$ENG_S s" "$ENG_LABELS_S s" "$QGIS_S s" \
            "$(ratio "$ENG_S" "$QGIS_S")" "$AGREEMENT" ">= $NEED")$'\n'
    done
elif wanted render; then
    echo "(c) skipped: QGIS is not installed (apt-get install --no-install-recommends qgis python3-qgis)"
fi

# --- (d) timeline
TIMELINE_CMD="\"$CLI\" timeline \"$PROJECT\" --from 2019-01-01 --to 2026-12-31 --step month --json > /dev/null"
if wanted timeline; then
    echo "(d) timeline, monthly over 8 years"
    measure engdrift-timeline "$TIMELINE_CMD"
    TIMELINE_S=$BEST_S TIMELINE_KB=$BEST_KB
fi

# --- (f) print layouts: the vote sheet, the atlas against QGIS's
PRINT_ROWS=""
if wanted print; then
    echo "(f) print layouts"
    FIRST="$DATA/first14100.gpkg"
    FIRST_PROJECT="$DATA/first14100.engdrift.gpkg"
    if [[ ! -f "$FIRST_PROJECT" ]]; then
        rm -f "$FIRST"
        ogr2ogr -f GPKG "$FIRST" "$PLAIN25832" -sql "SELECT * FROM areas WHERE fid <= 14100" -nln areas
        "$CLI" new "$FIRST_PROJECT" >/dev/null
        "$CLI" import "$FIRST_PROJECT" "$FIRST" --org-field org_no --dept-field dept_no --care-field care_type \
            --valid-from 2019-01-01 --quiet >/dev/null
    fi
    "$CLI" upgrade "$FIRST_PROJECT" >/dev/null
    VOTE_CMD="\"$CLI\" export-map \"$FIRST_PROJECT\" --org 11 --dept 1 --lang en --out \"$RESULTS/vote.pdf\""
    measure engdrift-vote "$VOTE_CMD"
    PRINT_ROWS+=$(printf "%-34s %9s %9s %7s" "vote sheet (1 page)" "$BEST_S s" "-" "-")$'\n'
    ATLAS_CMD="\"$CLI\" atlas \"$FIRST_PROJECT\" --layout map-a3 --lang en --out \"$RESULTS/atlas-map-a3.pdf\""
    measure engdrift-atlas "$ATLAS_CMD"
    ATLAS_S=$BEST_S
    QGIS_ATLAS_CMD="QT_QPA_PLATFORM=offscreen /usr/bin/python3 \"$BENCH_DIR/qgis_atlas.py\" \"$FIRST\" \"$RESULTS/qgis-atlas.pdf\""
    if /usr/bin/python3 -c "import qgis.core" 2>/dev/null; then
        measure qgis-atlas "$QGIS_ATLAS_CMD"
        PRINT_ROWS+=$(printf "%-34s %9s %9s %7s" "atlas, plain A3 page (map-a3)" "$ATLAS_S s" "$BEST_S s" "$(ratio "$ATLAS_S" "$BEST_S")")$'\n'
    else
        PRINT_ROWS+=$(printf "%-34s %9s %9s %7s" "atlas, plain A3 page (map-a3)" "$ATLAS_S s" "(no QGIS)" "-")$'\n'
    fi
    VOTES_CMD="\"$CLI\" atlas \"$FIRST_PROJECT\" --layout vote-a3 --lang en --out \"$RESULTS/atlas-vote-a3.pdf\""
    measure engdrift-atlas-votes "$VOTES_CMD"
    PRINT_ROWS+=$(printf "%-34s %9s %9s %7s" "atlas of vote sheets (vote-a3)" "$BEST_S s" "-" "-")$'\n'
fi

# --- (g) the adoption report
REPORT_PROJECT="$DATA/report.engdrift.gpkg"
REPORT_PARTIAL="$DATA/report-partial.gpkg" # a GeoPackage by its name while it is made
REPORT_PDF="$RESULTS/report.pdf"
REPORT_CMD="\"$CLI\" report \"$REPORT_PROJECT\" --from 2023-01-01 --to 2026-06-01 --out \"$REPORT_PDF\""
if wanted report; then
    if [[ ! -f "$REPORT_PROJECT" || "$PROJECT" -nt "$REPORT_PROJECT" ]]; then
        echo "Copying the national project with adoption events to $REPORT_PROJECT ..."
        rm -f "$REPORT_PROJECT" "$REPORT_PARTIAL"
        cp "$PROJECT" "$REPORT_PARTIAL"
        # One event through the program (it also brings an older project to this schema), then the
        # record of every department whose lawns the generator turned into meadow: proposed 300
        # days before, adopted at a department meeting 60 days before (with votes), carried out.
        read -r ORG DEPT < <(sql "$REPORT_PARTIAL" "SELECT org_no, dept_no FROM departments ORDER BY org_no, dept_no LIMIT 1")
        "$CLI" adopt "$REPORT_PARTIAL" --org "$ORG" --dept "$DEPT" --event analysis --date 2019-03-01 >/dev/null 2>&1
        ogrinfo -q -sql "INSERT INTO adoption_events (org_no, dept_no, event_date, scheme, event, body, votes_for,
            votes_against, votes_blank, households, note)
            SELECT org_no, dept_no, date(d, k.shift), 'naturvenlige-udearealer', k.event,
                CASE WHEN k.event = 'adopted' THEN 'department_meeting' END,
                CASE WHEN k.event = 'adopted' THEN 30 + (dept_no * 7) % 40 END,
                CASE WHEN k.event = 'adopted' THEN 5 + (dept_no * 3) % 15 END,
                CASE WHEN k.event = 'adopted' THEN dept_no % 4 END,
                CASE WHEN k.event = 'adopted' THEN 40 + (dept_no * 11) % 60 END, 'benchmark'
            FROM (SELECT org_no, dept_no, MIN(valid_from) AS d FROM areas
                  WHERE valid_from > '2019-01-01' AND status = 'current' GROUP BY org_no, dept_no) AS conv,
                 (SELECT 'proposed' AS event, '-300 days' AS shift UNION ALL SELECT 'adopted', '-60 days'
                  UNION ALL SELECT 'implemented', '+0 days') AS k" "$REPORT_PARTIAL" >/dev/null
        mv "$REPORT_PARTIAL" "$REPORT_PROJECT"
    fi
    echo "(g) adoption report PDF, every department"
    measure engdrift-report "$REPORT_CMD"
    REPORT_S=$BEST_S REPORT_KB=$BEST_KB
    REPORT_PAGES=$(pdfinfo "$REPORT_PDF" 2>/dev/null | sed -n 's/^Pages: *//p')
fi

# --- (h) export for other GIS, against ogr2ogr's copy of the same areas
EXPORT_DATE=2026-06-01
EXPORT_OUT="$WORK_DIR/export.gpkg"
EXPORT_OGR_OUT="$WORK_DIR/export-ogr2ogr.gpkg"
EXPORT_CMD="\"$CLI\" export-data \"$PROJECT\" --at $EXPORT_DATE --lang en --quiet --out \"$EXPORT_OUT\""
EXPORT_OGR_CMD="ogr2ogr -f GPKG \"$EXPORT_OGR_OUT\" \"$PROJECT\" areas -where \"status = 'current' AND valid_from <= '$EXPORT_DATE' AND (valid_to IS NULL OR valid_to > '$EXPORT_DATE')\""
if wanted export; then
    echo "(h) export of the map at $EXPORT_DATE to a GeoPackage"
    PREPARE="rm -f \"$EXPORT_OUT\""
    measure engdrift-export "$EXPORT_CMD"
    EXPORT_S=$BEST_S EXPORT_KB=$BEST_KB
    PREPARE="rm -f \"$EXPORT_OGR_OUT\""
    measure ogr2ogr-export "$EXPORT_OGR_CMD"
    EXPORT_OGR_S=$BEST_S EXPORT_OGR_KB=$BEST_KB
    PREPARE=""
    EXPORT_COUNT=$(ogrinfo -ro -so "$EXPORT_OUT" areas | sed -n 's/^Feature Count: //p')
    EXPORT_OGR_COUNT=$(ogrinfo -ro -so "$EXPORT_OGR_OUT" areas | sed -n 's/^Feature Count: //p')
fi

# --- (i) mowing: the workload of every department, and one department's mowing plan
WORKLOAD_CMD="\"$CLI\" workload \"$PROJECT\" --json > \"$RESULTS/workload.json\""
if wanted mowing; then
    echo "(i) mowing workload, every department; one department's mowing plan"
    measure engdrift-workload "$WORKLOAD_CMD"
    MOWING_S=$BEST_S MOWING_KB=$BEST_KB
    read -r ORG DEPT < <(sql "$PROJECT" "SELECT org_no, dept_no FROM departments ORDER BY org_no, dept_no LIMIT 1")
    MOWING_PLAN_CMD="\"$CLI\" mowing-plan \"$PROJECT\" --org $ORG --dept $DEPT --out \"$RESULTS/mowing-plan.csv\" > /dev/null"
    measure engdrift-mowing-plan "$MOWING_PLAN_CMD"
    MOWING_PLAN_S=$BEST_S MOWING_PLAN_KB=$BEST_KB
    MOWING_BENCH="$BUILD_DIR/bench/engdrift-mowing-bench"
    if [[ -x "$MOWING_BENCH" ]]; then
        MOWING_ONE=$("$MOWING_BENCH" "$PROJECT" 2>/dev/null)
        MOWING_ALL=$("$MOWING_BENCH" "$PROJECT" --all --threads 2 2>/dev/null)
    fi
    MOWING_DEPARTMENTS=$(/usr/bin/python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['rows']))" \
        "$RESULTS/workload.json" 2>/dev/null || echo "?")
fi

# --- (n) nature: the whole project, and one department
if wanted nature; then
    echo "(n) nature figures, the whole project; one department"
    measure engdrift-nature "\"$CLI\" nature \"$PROJECT\" --json > \"$RESULTS/nature.json\""
    NATURE_S=$BEST_S NATURE_KB=$BEST_KB
    read -r ORG DEPT < <(sql "$PROJECT" "SELECT org_no, dept_no FROM departments ORDER BY org_no, dept_no LIMIT 1")
    measure engdrift-nature-dept "\"$CLI\" nature \"$PROJECT\" --org $ORG --dept $DEPT --json > \"$RESULTS/nature-dept.json\""
    NATURE_DEPT_S=$BEST_S NATURE_DEPT_KB=$BEST_KB
    NATURE_BENCH="$BUILD_DIR/bench/engdrift-nature-bench"
    [[ ! -x "$NATURE_BENCH" ]] || NATURE_ONE=$("$NATURE_BENCH" "$PROJECT" 2>/dev/null)
fi

# --- (e) the desktop program's responsiveness
GUI_BENCH="$BUILD_DIR/bench/engdrift-gui-bench"
GUI_ROWS=""
if wanted gui && [[ -x "$GUI_BENCH" ]]; then
    echo "(e) desktop program on the national project"
    GUI_ROWS=$(QT_QPA_PLATFORM=offscreen "$GUI_BENCH" "$PROJECT" 2>/dev/null)
fi

# --- (p) PostGIS: the national project copied into a PostgreSQL database and used from there
# with_db URI NAME: URI with its database name replaced by NAME (query parameters kept)
with_db() {
    [[ "$1" =~ ^(postgres(ql)?://[^/?]*)(/[^?]*)?(\?.*)?$ ]] || fail "not a postgresql:// URI: $1"
    echo "${BASH_REMATCH[1]}/$2${BASH_REMATCH[4]}"
}
# same A B: "yes" when the two files are byte for byte the same
same() { if cmp -s "$1" "$2"; then echo yes; else echo no; fi; }
# pg_row NAME POSTGIS MEMORY GPKG MEMORY PEER TIME MEMORY RATIO NOTE: one row of the PostGIS table
pg_row() { printf "%-26s %10s %8s   %10s %8s   %-8s %10s %8s   %6s %s" "$@"; }
POSTGIS_ROWS="" POSTGIS_GUI="" POSTGIS_GUI_GPKG="" PG_NOTE=""
if wanted postgis; then
    command -v psql >/dev/null || fail "psql not found: install the Debian package postgresql-client"
    REPO_DIR="$(dirname "$BENCH_DIR")"
    if [[ -n "${ENGDRIFT_BENCH_PG:-}" ]]; then
        PG_ADMIN=$ENGDRIFT_BENCH_PG
        PG_NOTE="the server of ENGDRIFT_BENCH_PG"
    else
        PG_CLUSTER_ENV=$("$REPO_DIR/scripts/pg-test-cluster" start) || fail "cannot start a PostgreSQL cluster (scripts/pg-test-cluster)"
        PG_CLUSTER=$(sed -n "s/^export ENGDRIFT_PG_CLUSTER='\(.*\)'$/\1/p" <<<"$PG_CLUSTER_ENV")
        trap '"$REPO_DIR/scripts/pg-test-cluster" stop "$PG_CLUSTER"' EXIT
        PG_ADMIN=$(sed -n "s/^export ENGDRIFT_TEST_PG='\(.*\)'$/\1/p" <<<"$PG_CLUSTER_ENV")
        PG_NOTE="a throwaway cluster (scripts/pg-test-cluster, $PG_CLUSTER) with fsync=off and full_page_writes=off, for Engdrift and ogr2ogr alike"
    fi
    PG_ENG=$(with_db "$PG_ADMIN" engdrift_bench)
    PG_OGR=$(with_db "$PG_ADMIN" engdrift_bench_ogr)
    PG_DATE=2026-06-01
    echo "(p) PostGIS on $PG_NOTE: $(psql "$PG_ADMIN" -Atqc "SELECT version()" | cut -d, -f1)"

    echo "(p1) copy of the national project into PostGIS"
    PREPARE="psql \"$PG_ADMIN\" -qX -v ON_ERROR_STOP=1 -c 'SET client_min_messages = warning' -c 'DROP DATABASE IF EXISTS engdrift_bench' -c 'CREATE DATABASE engdrift_bench'"
    PREPARE_PG_COPY=$PREPARE
    PG_COPY_CMD="\"$CLI\" copy \"$PROJECT\" \"$PG_ENG\" --quiet > /dev/null"
    measure engdrift-pg-copy "$PG_COPY_CMD"
    PG_COPY_S=$BEST_S PG_COPY_KB=$BEST_KB
    PREPARE="psql \"$PG_ADMIN\" -qX -v ON_ERROR_STOP=1 -c 'SET client_min_messages = warning' -c 'DROP DATABASE IF EXISTS engdrift_bench_ogr' -c 'CREATE DATABASE engdrift_bench_ogr' && psql \"$PG_OGR\" -qX -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION postgis'"
    OGR_PG_CMD="ogr2ogr -f PostgreSQL \"PG:$PG_OGR\" \"$PROJECT\""
    measure ogr2ogr-pg-copy "$OGR_PG_CMD"
    OGR_PG_S=$BEST_S OGR_PG_KB=$BEST_KB
    PREPARE=""
    POSTGIS_ROWS+=$(pg_row "(p1) copy GPKG->PostGIS" \
        "$PG_COPY_S s" "$(mb "$PG_COPY_KB")" "-" "" "ogr2ogr" "$OGR_PG_S s" "$(mb "$OGR_PG_KB")" \
        "$(ratio "$PG_COPY_S" "$OGR_PG_S")" "<= 3 asked")$'\n'

    echo "(p2) statistics by department and care type at $PG_DATE"
    PG_STATS_CMD="\"$CLI\" stats \"$PG_ENG\" --by department,care-type --at $PG_DATE --json > \"$RESULTS/stats-postgis.json\""
    measure engdrift-pg-stats "$PG_STATS_CMD"
    PG_STATS_S=$BEST_S PG_STATS_KB=$BEST_KB
    GPKG_STATS_CMD="\"$CLI\" stats \"$PROJECT\" --by department,care-type --at $PG_DATE --json > \"$RESULTS/stats-gpkg.json\""
    measure engdrift-gpkg-stats "$GPKG_STATS_CMD"
    GPKG_STATS_S=$BEST_S GPKG_STATS_KB=$BEST_KB
    PSQL_STATS_CMD="psql \"$PG_OGR\" -AtqX -v ON_ERROR_STOP=1 -c \"SELECT org_no, dept_no, care_type, SUM(area_m2), COUNT(*) FROM areas WHERE status = 'current' AND valid_from <= '$PG_DATE' AND (valid_to IS NULL OR valid_to > '$PG_DATE') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3\" > \"$RESULTS/stats-psql.txt\""
    measure psql-stats "$PSQL_STATS_CMD"
    PSQL_STATS_S=$BEST_S PSQL_STATS_KB=$BEST_KB
    PG_STATS_SAME=$(same "$RESULTS/stats-postgis.json" "$RESULTS/stats-gpkg.json")
    PG_STATS_COUNT=$(/usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(len(d['rows']), d['count'])" \
        "$RESULTS/stats-postgis.json" 2>/dev/null || echo "? ?")
    PSQL_STATS_COUNT=$(awk -F'|' '{ n += $5 } END { print NR, n }' "$RESULTS/stats-psql.txt")
    echo "  same numbers as the GeoPackage: $PG_STATS_SAME; groups and areas: engdrift $PG_STATS_COUNT, psql $PSQL_STATS_COUNT"
    POSTGIS_ROWS+=$(pg_row "(p2) stats dept x care" \
        "$PG_STATS_S s" "$(mb "$PG_STATS_KB")" "$GPKG_STATS_S s" "$(mb "$GPKG_STATS_KB")" "psql" "$PSQL_STATS_S s" \
        "$(mb "$PSQL_STATS_KB")" "$(ratio "$PG_STATS_S" "$PSQL_STATS_S")" "< 1 s asked; same as GPKG: $PG_STATS_SAME")$'\n'

    read -r PG_ORG PG_DEPT < <(sql "$PROJECT" "SELECT org_no, dept_no FROM departments ORDER BY org_no, dept_no LIMIT 1")
    echo "(p3) rendering 1920x1080 at $PG_DATE: the whole extent and department $PG_ORG-$PG_DEPT"
    for view in full dept; do
        case $view in
        full) WHERE_ARGS="" NAME="(p3) render whole extent" ;;
        dept) WHERE_ARGS=" --org $PG_ORG --dept $PG_DEPT" NAME="(p3) render department" ;;
        esac
        PG_RENDER_CMD="\"$CLI\" render \"$PG_ENG\"$WHERE_ARGS --at $PG_DATE --size 1920x1080 --out \"$RESULTS/postgis-$view.png\""
        GPKG_RENDER_CMD="\"$CLI\" render \"$PROJECT\"$WHERE_ARGS --at $PG_DATE --size 1920x1080 --out \"$RESULTS/gpkg-$view.png\""
        measure "engdrift-pg-render-$view" "$PG_RENDER_CMD"
        PG_RENDER_S=$BEST_S PG_RENDER_KB=$BEST_KB
        measure "engdrift-gpkg-render-$view" "$GPKG_RENDER_CMD"
        SAME=$(same "$RESULTS/postgis-$view.png" "$RESULTS/gpkg-$view.png")
        echo "  the same picture as the GeoPackage's: $SAME"
        POSTGIS_ROWS+=$(pg_row "$NAME" \
            "$PG_RENDER_S s" "$(mb "$PG_RENDER_KB")" "$BEST_S s" "$(mb "$BEST_KB")" "(none)" "" "" "" \
            "same picture: $SAME")$'\n'
        [[ $view == full ]] && PG_RENDER_FULL_CMD=$PG_RENDER_CMD || PG_RENDER_DEPT_CMD=$PG_RENDER_CMD
    done

    echo "(p5) timeline, monthly over 8 years, and the workload of every department"
    PG_TIMELINE_CMD="\"$CLI\" timeline \"$PG_ENG\" --from 2019-01-01 --to 2026-12-31 --step month --json > \"$RESULTS/timeline-postgis.json\""
    measure engdrift-pg-timeline "$PG_TIMELINE_CMD"
    PG_TIMELINE_S=$BEST_S PG_TIMELINE_KB=$BEST_KB
    measure engdrift-gpkg-timeline "${TIMELINE_CMD/> \/dev\/null/> \"$RESULTS/timeline-gpkg.json\"}"
    SAME=$(same "$RESULTS/timeline-postgis.json" "$RESULTS/timeline-gpkg.json")
    POSTGIS_ROWS+=$(pg_row "(p5) timeline monthly 8y" \
        "$PG_TIMELINE_S s" "$(mb "$PG_TIMELINE_KB")" "$BEST_S s" "$(mb "$BEST_KB")" "(none)" "" "" "" \
        "< 2 s asked (GPKG); same as GPKG: $SAME")$'\n'
    PG_WORKLOAD_CMD="\"$CLI\" workload \"$PG_ENG\" --at $PG_DATE --json > \"$RESULTS/workload-postgis.json\""
    measure engdrift-pg-workload "$PG_WORKLOAD_CMD"
    PG_WORKLOAD_S=$BEST_S PG_WORKLOAD_KB=$BEST_KB
    GPKG_WORKLOAD_CMD="\"$CLI\" workload \"$PROJECT\" --at $PG_DATE --json > \"$RESULTS/workload-gpkg.json\""
    measure engdrift-gpkg-workload "$GPKG_WORKLOAD_CMD"
    GPKG_WORKLOAD_S=$BEST_S GPKG_WORKLOAD_KB=$BEST_KB
    SAME=$(same "$RESULTS/workload-postgis.json" "$RESULTS/workload-gpkg.json")
    POSTGIS_ROWS+=$(pg_row "(p5) workload, all" \
        "$PG_WORKLOAD_S s" "$(mb "$PG_WORKLOAD_KB")" "$GPKG_WORKLOAD_S s" "$(mb "$GPKG_WORKLOAD_KB")" "(none)" "" "" "" \
        "< 10 s asked (GPKG); same as GPKG: $SAME")$'\n'

    if [[ -x "$GUI_BENCH" ]]; then
        echo "(p4) desktop program on PostGIS and on the GeoPackage"
        POSTGIS_GUI=$(QT_QPA_PLATFORM=offscreen "$TIME" -f "%e %M" -o "$RESULTS/gui-postgis.time" "$GUI_BENCH" "$PG_ENG" 2>/dev/null)
        POSTGIS_GUI_GPKG=$(QT_QPA_PLATFORM=offscreen "$TIME" -f "%e %M" -o "$RESULTS/gui-gpkg.time" "$GUI_BENCH" "$PROJECT" 2>/dev/null)
        read -r _ PG_GUI_KB < <(tail -n 1 "$RESULTS/gui-postgis.time")
        read -r _ GPKG_GUI_KB < <(tail -n 1 "$RESULTS/gui-gpkg.time")
    fi
    # The peak memory of every command above (the issue asks under 1 GB at national scale).
    PG_PEAK=$(cat "$RESULTS"/engdrift-pg-*.time "$RESULTS"/engdrift-gpkg-*.time | awk '$2 > m { m = $2 } END { printf "%.0f MB", m / 1024 }')
fi

# --- the table
{
    echo
    echo "Engdrift benchmarks: $DEPARTMENTS departments, $AREAS areas; best of $RUNS runs; $(nproc) cores"
    echo "$("$CLI" --version); $(gdalinfo --version)"
    echo
    [[ -z "$IMPORT_S$STATS_S$EXPORT_S$TIMELINE_S$REPORT_S$MOWING_S" ]] || printf "%-22s %10s %10s   %-9s %10s %10s   %10s %10s\n" \
        "benchmark" "engdrift" "memory" "peer" "time" "memory" "time ratio" "mem ratio"
    [[ -z "$IMPORT_S" ]] || printf "%-22s %10s %10s   %-9s %10s %10s   %10s %10s\n" \
        "(a) import 4326->25832" "$IMPORT_S s" "$(mb "$IMPORT_KB")" "ogr2ogr" "$OGR2OGR_S s" "$(mb "$OGR2OGR_KB")" \
        "$(ratio "$IMPORT_S" "$OGR2OGR_S")" "$(ratio "$IMPORT_KB" "$OGR2OGR_KB")"
    [[ -z "$STATS_S" ]] || printf "%-22s %10s %10s   %-9s %10s %10s   %10s %10s\n" \
        "(b) stats dept x care" "$STATS_S s" "$(mb "$STATS_KB")" "ogrinfo" "$OGRINFO_S s" "$(mb "$OGRINFO_KB")" \
        "$(ratio "$STATS_S" "$OGRINFO_S")" "$(ratio "$STATS_KB" "$OGRINFO_KB")"
    [[ -z "$EXPORT_S" ]] || printf "%-22s %10s %10s   %-9s %10s %10s   %10s %10s   %s\n" \
        "(h) export to GPKG" "$EXPORT_S s" "$(mb "$EXPORT_KB")" "ogr2ogr" "$EXPORT_OGR_S s" "$(mb "$EXPORT_OGR_KB")" \
        "$(ratio "$EXPORT_S" "$EXPORT_OGR_S")" "$(ratio "$EXPORT_KB" "$EXPORT_OGR_KB")" \
        "areas: $EXPORT_COUNT and $EXPORT_OGR_COUNT"
    [[ -z "$TIMELINE_S" ]] || printf "%-22s %10s %10s   %-9s\n" "(d) timeline monthly 8y" "$TIMELINE_S s" "$(mb "$TIMELINE_KB")" "(none)"
    [[ -z "$REPORT_S" ]] || printf "%-22s %10s %10s   %-9s   %s\n" "(g) report PDF" "$REPORT_S s" "$(mb "$REPORT_KB")" "(none)" \
        "${REPORT_PAGES:-?} pages; the issue asks under 10 s"
    [[ -z "$MOWING_S" ]] || printf "%-22s %10s %10s   %-9s   %s\n" "(i) workload, all" "$MOWING_S s" "$(mb "$MOWING_KB")" "(none)" \
        "${MOWING_DEPARTMENTS:-?} departments; the issue asks under 10 s on 2 cores"
    [[ -z "$MOWING_PLAN_S" ]] || printf "%-22s %10s %10s   %-9s   %s\n" "(i) mowing plan, 1 dept" "$MOWING_PLAN_S s" "$(mb "$MOWING_PLAN_KB")" "(none)" \
        "whole process; zones and workload asked under 50 ms"
    [[ -z "$NATURE_S" ]] || printf "%-22s %10s %10s   %-9s   %s\n" "(n) nature, all" "$NATURE_S s" "$(mb "$NATURE_KB")" "(none)" \
        "the issue asks under 20 s on 2 cores"
    [[ -z "$NATURE_DEPT_S" ]] || printf "%-22s %10s %10s   %-9s   %s\n" "(n) nature, 1 dept" "$NATURE_DEPT_S s" "$(mb "$NATURE_DEPT_KB")" "(none)" \
        "whole process; in-process asked under 100 ms"
    [[ -z "${NATURE_ONE:-}" ]] || echo "(n) in-process, $NATURE_ONE"
    [[ -z "${MOWING_ONE:-}" ]] || echo "(i) in-process, $MOWING_ONE"
    [[ -z "${MOWING_ALL:-}" ]] || echo "(i) in-process, $MOWING_ALL"
    if [[ -n "$RENDER_ROWS" ]]; then
        echo
        echo "(c) render 1920x1080, whole process, QGIS on the very same extents:"
        printf "%-24s %9s %9s %9s %7s %10s %7s\n" "view" "engdrift" "+labels" "QGIS" "ratio" "coverage" "needed"
        printf "%s" "$RENDER_ROWS"
        echo "    ratio = engdrift (no labels: the same picture as QGIS's) / QGIS; the issue asks <= 0.5"
    fi
    if [[ -n "$PRINT_ROWS" ]]; then
        echo
        echo "(f) print, whole process ($(pdfinfo "$RESULTS/atlas-map-a3.pdf" 2>/dev/null | awk '/^Pages/ {print $2}') atlas pages):"
        printf "%-34s %9s %9s %7s\n" "what" "engdrift" "QGIS" "ratio"
        printf "%s" "$PRINT_ROWS"
    fi
    if [[ -n "$GUI_ROWS" ]]; then
        echo
        echo "(e) desktop program (engdrift-gui-bench), $(basename "$PROJECT"):"
        echo "$GUI_ROWS"
    fi
    if [[ -n "$POSTGIS_ROWS" ]]; then
        echo
        echo "(p) PostGIS ($PG_NOTE), whole process, best of $RUNS; at $PG_DATE:"
        printf "%-26s %10s %8s   %10s %8s   %-8s %10s %8s   %6s %s\n" "benchmark" "PostGIS" "memory" \
            "GeoPackage" "memory" "peer" "time" "memory" "ratio" "(PostGIS / peer)"
        printf "%s" "$POSTGIS_ROWS"
        echo "    largest peak memory of an engdrift command above: $PG_PEAK (the issue asks under 1 GB)"
    fi
    if [[ -n "$POSTGIS_GUI" ]]; then
        echo
        echo "(p4) desktop program (engdrift-gui-bench) on PostGIS, $(mb "$PG_GUI_KB") peak (the issue asks a department view under 200 ms):"
        echo "$POSTGIS_GUI"
        echo "(p4) the same on the GeoPackage, $(mb "$GPKG_GUI_KB") peak:"
        echo "$POSTGIS_GUI_GPKG"
    fi
    echo
    echo "ratio = engdrift / peer (below 1: engdrift is faster or smaller)"
    echo
    echo "Commands:"
    [[ -z "$IMPORT_S" ]] || echo "  (a) engdrift: $IMPORT_CMD"
    [[ -z "$IMPORT_S" ]] || echo "      peer:     $OGR2OGR_CMD"
    [[ -z "$STATS_S" ]] || echo "  (b) engdrift: $STATS_CMD"
    [[ -z "$STATS_S" ]] || echo "      peer:     $OGRINFO_CMD"
    [[ -z "$RENDER_ROWS" ]] || echo "  (c) engdrift: $CLI render $PROJECT --out FILE.png --size 1920x1080 --extent XMIN,YMIN,XMAX,YMAX [--no-labels]"
    [[ -z "$RENDER_ROWS" ]] || echo "      peer:     QT_QPA_PLATFORM=offscreen /usr/bin/python3 $QGIS_SCRIPT $PLAIN25832 FILE.png 1920 1080 XMIN YMIN XMAX YMAX"
    [[ -z "$RENDER_ROWS" ]] || echo "      coverage: /usr/bin/python3 $COMPARE ENGDRIFT.png QGIS.png (the extents: $RESULTS/render-extents.txt)"
    [[ -z "$TIMELINE_S" ]] || echo "  (d) engdrift: $TIMELINE_CMD"
    [[ -z "$GUI_ROWS" ]] || echo "  (e) QT_QPA_PLATFORM=offscreen $GUI_BENCH $PROJECT"
    [[ -z "$PRINT_ROWS" ]] || echo "  (f) engdrift: $VOTE_CMD"
    [[ -z "$PRINT_ROWS" ]] || echo "      engdrift: $ATLAS_CMD"
    [[ -z "$PRINT_ROWS" ]] || echo "      peer:     $QGIS_ATLAS_CMD"
    [[ -z "$PRINT_ROWS" ]] || echo "      engdrift: $VOTES_CMD"
    [[ -z "$REPORT_S" ]] || echo "  (g) engdrift: $REPORT_CMD"
    [[ -z "$EXPORT_S" ]] || echo "  (h) engdrift: $EXPORT_CMD"
    [[ -z "$EXPORT_S" ]] || echo "      peer:     $EXPORT_OGR_CMD"
    [[ -z "$MOWING_S" ]] || echo "  (i) engdrift: $WORKLOAD_CMD"
    [[ -z "$MOWING_PLAN_S" ]] || echo "      engdrift: $MOWING_PLAN_CMD"
    if [[ -n "$POSTGIS_ROWS" ]]; then
        echo "  (p) a fresh database before each copy: $PREPARE_PG_COPY"
        echo "  (p1) engdrift: $PG_COPY_CMD"
        echo "       peer:     $OGR_PG_CMD (into a fresh database with CREATE EXTENSION postgis)"
        echo "  (p2) engdrift: $PG_STATS_CMD"
        echo "       engdrift: $GPKG_STATS_CMD"
        echo "       peer:     $PSQL_STATS_CMD"
        echo "  (p3) engdrift: $PG_RENDER_FULL_CMD"
        echo "       engdrift: $PG_RENDER_DEPT_CMD (and the same with $PROJECT)"
        [[ -z "$POSTGIS_GUI" ]] || echo "  (p4) QT_QPA_PLATFORM=offscreen $GUI_BENCH $PG_ENG (and $PROJECT)"
        echo "  (p5) engdrift: $PG_TIMELINE_CMD"
        echo "       engdrift: $PG_WORKLOAD_CMD (and the same with $PROJECT)"
    fi
} | tee "$RESULTS/summary.txt"
