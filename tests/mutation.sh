#!/usr/bin/env bash
# Mutation testing (Stryker.NET, a local dotnet tool) of the projects whose unit tests must prove them:
# each test project below holds a stryker-config.json naming the project it mutates, its break threshold and
# the mutants ignored on purpose. Prints one line per project with its score, keeps the HTML report under
# artifacts/mutation/<project>/, and fails when a project's score is below its break threshold.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; exit 1; }

status=0
for tests in tests/Domain.UnitTests tests/Application.UnitTests; do
  project=$(basename "$tests" .UnitTests)
  output="$root/artifacts/mutation/$project"
  rm -rf "$output"
  mkdir -p "$output"
  # Stryker swaps the mutated assembly into the test project's bin/ and puts back the copy it kept as
  # *.stryker-unchanged, reusing an old copy left by an earlier run: remove it, so no stale build returns.
  find "$tests/bin" -name '*.stryker-unchanged' -delete 2>/dev/null
  threshold=$(sed -n 's/.*"break": *\([0-9]*\).*/\1/p' "$tests/stryker-config.json" | head -n 1)
  started=$SECONDS

  (cd "$tests" && dotnet tool run dotnet-stryker --skip-version-check --output "$output") >"$output/stryker.log" 2>&1
  stryker_status=$?
  elapsed=$((SECONDS - started))

  score=$(sed -n 's/.*The final mutation score is \([0-9.]*\) %.*/\1/p' "$output/stryker.log" | tail -n 1)
  report="artifacts/mutation/$project/reports/mutation-report.html"
  if [ -z "$score" ]; then
    echo "Mutation score of $project: none, Stryker failed after ${elapsed}s (exit $stryker_status) - log: artifacts/mutation/$project/stryker.log"
    tail -n 20 "$output/stryker.log"
    status=1
  elif ! awk -v s="$score" -v t="$threshold" 'BEGIN { exit !(s + 0 >= t + 0) }'; then
    echo "Mutation score of $project: ${score}% is below the break threshold of ${threshold}% (${elapsed}s) - report: $report"
    status=1
  elif [ "$stryker_status" -ne 0 ]; then
    echo "Mutation score of $project: ${score}%, but Stryker exited with $stryker_status - log: artifacts/mutation/$project/stryker.log"
    status=1
  else
    echo "Mutation score of $project: ${score}% (break ${threshold}%, ${elapsed}s) - report: $report"
  fi
done

exit "$status"
