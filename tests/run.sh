#!/usr/bin/env bash
# The test command of the README: builds the solution, runs every test project, measures line coverage
# of src/ (failing below the threshold), and ends with one line "N passed, N failed" over all projects.
set -uo pipefail
cd "$(dirname "$0")/.."
. tests/trx-counts.sh

threshold="${COVERAGE_THRESHOLD:-80}"
results="artifacts/test-results"
report="artifacts/coverage"
rm -rf "$results" "$report"
mkdir -p "$results"

dotnet tool restore >/dev/null || exit 1

dotnet build Solution.sln --configuration Release || { echo "0 passed, 1 failed"; exit 1; }

test_status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" --configuration Release --no-build \
    --settings tests/coverage.runsettings --collect "XPlat Code Coverage" \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || test_status=$?
done

coverage_status=0
if compgen -G "$results/*/coverage.cobertura.xml" >/dev/null; then
  dotnet tool run reportgenerator "-reports:$results/*/coverage.cobertura.xml" "-targetdir:$report" \
    "-reporttypes:TextSummary;Cobertura;Html" >/dev/null || coverage_status=1
  line=$(sed -n 's/^ *Line coverage: *\([0-9.]*\)%.*/\1/p' "$report/Summary.txt" | head -n 1)
  if [ -z "$line" ]; then
    echo "Coverage: no figure in $report/Summary.txt"
    coverage_status=1
  elif awk -v line="$line" -v min="$threshold" 'BEGIN { exit !(line + 0 >= min + 0) }'; then
    echo "Line coverage of src/: ${line}% (threshold ${threshold}%) - report: $report/index.html"
  else
    echo "Line coverage of src/: ${line}% is below the threshold of ${threshold}%"
    coverage_status=1
  fi
else
  echo "Coverage: no coverage files were produced"
  coverage_status=1
fi

read -r passed failed < <(trx_counts "$results")
if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the run failed before any test could report (build error, crashed host)
fi

echo "$passed passed, $failed failed"
[ "$test_status" -eq 0 ] && [ "$coverage_status" -eq 0 ] && [ "$failed" -eq 0 ]
