#!/usr/bin/env bash
# Keeps the module template honest (ADR 0039): in a scratch clone of HEAD, adds two modules with it
# (templates/add-module.sh: Notes, whose names are the template's own, and Bookmarks, whose are all replaced), checks
# that nothing outside their folders changed, builds the solution in Release (warnings are errors), and runs the
# generated modules' tests, the architecture tests, the composition of every use case (DependencyInjectionTests), the
# migration-model checks of every context and the OpenAPI contract tests, on SQLite and PostgreSQL (which the
# integration suite starts itself; it must when CI=true).
# Ends with one line "N passed, N failed" over its TRX files, like tests/run.sh. The scratch folder is removed after.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
. "$repo/tests/trx-counts.sh"
results="$repo/artifacts/template-results"
rm -rf "$results"
mkdir -p "$results"
modules=(Notes Bookmarks)

fail() { echo "$1"; echo "0 passed, 1 failed"; exit 1; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/module-template.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
# Committed content only: no bin/obj, no local edits of the working tree.
git clone --quiet --shared --no-checkout "$repo" "$scratch/repo" && git -C "$scratch/repo" checkout --quiet --detach "$(git rev-parse HEAD)" \
  || fail "could not clone HEAD into $scratch"
cd "$scratch/repo"

for module in "${modules[@]}"; do
  templates/add-module.sh "$module" || fail "the template could not add the $module module"
done

# A module is its folders: the template must not need an edit anywhere else.
outside=$(git status --porcelain --untracked-files=all | awk '{ print $2 }' |
  grep -Ev "^(src/(Domain|Application|Infrastructure|Api)|tests/(Domain\.UnitTests|Application\.UnitTests|Infrastructure\.IntegrationTests|Api\.FunctionalTests))/($(IFS='|'; echo "${modules[*]}"))/" || true)
[ -z "$outside" ] || fail "the template changed files outside the modules' folders: $outside"

dotnet build Solution.sln --configuration Release || fail "the solution with the generated modules does not build"

names=$(IFS='|'; echo "${modules[*]}")
module_filter() { local filter="" module; for module in "${modules[@]}"; do filter+="${filter:+|}FullyQualifiedName~ResourceService.$1.$module."; done; echo "$filter"; }
run() {
  local project=$1 filter=$2
  dotnet test "tests/$project" --configuration Release --no-build ${filter:+--filter "$filter"} \
    --logger "trx;LogFileName=$project.trx" --logger "console;verbosity=minimal" --results-directory "$results"
}
status=0
run Domain.UnitTests "$(module_filter Domain.UnitTests)" || status=1
run Application.UnitTests "$(module_filter Application.UnitTests)|FullyQualifiedName~DependencyInjectionTests" || status=1
run Infrastructure.IntegrationTests "$(module_filter Infrastructure.IntegrationTests)|FullyQualifiedName~MigrationModelTests" || status=1
run Api.FunctionalTests "$(module_filter Api.FunctionalTests)|FullyQualifiedName~OpenApi|FullyQualifiedName~InventoryTests" || status=1
run Architecture.Tests "" || status=1

read -r passed failed < <(trx_counts "$results")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # a run failed before any test could report
fi
echo "Module template ($names): generated, built and tested in ${SECONDS}s"
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
