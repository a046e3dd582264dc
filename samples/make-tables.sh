#!/bin/sh
# Rewrites samples/tables/ (CSV) and samples/tables.xlsx from the JSON snapshots in samples/data/, so that the
# three forms of the sample data hold the same employers (a test checks they give the same reports).
# The CSV folder mixes what real exports do: Chinese headers, English ones (posts.csv), UTF-8 with a byte-order
# mark, without one (trainings.csv), and GB18030 (workers.csv).
# Run from the repository root: sh samples/make-tables.sh
set -eu
cli="dotnet run --project samples/Compliance.Cli --"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
$cli tables export samples/data --out samples/tables.xlsx
rm -rf samples/tables
$cli tables export samples/data --out samples/tables
$cli tables export samples/data --out "$tmp/en" --headers en
cp "$tmp/en/posts.csv" samples/tables/posts.csv
tail -c +4 samples/tables/trainings.csv > "$tmp/trainings.csv" && mv "$tmp/trainings.csv" samples/tables/trainings.csv
tail -c +4 samples/tables/workers.csv | iconv -f UTF-8 -t GB18030 > "$tmp/workers.csv" && mv "$tmp/workers.csv" samples/tables/workers.csv
