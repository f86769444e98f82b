#!/usr/bin/env bash
# Adds a module to this repository from the template in templates/module (docs/modules.md, "Adding a module"): its
# folders in every layer and test project, then its first migration for every engine. Run from anywhere in the
# repository; the template is installed into a throwaway hive, so your own `dotnet new` list is left alone.
#   templates/add-module.sh Notes                 # entity Note, routes /api/v1/notes, scopes notes:read/notes:write
#   templates/add-module.sh Addresses Address     # name the entity when dropping the final 's' is not its singular
set -euo pipefail
cd "$(dirname "$0")/.."

module=${1:-}
entity=${2:-}
pascal='^[A-Z][A-Za-z0-9]*$'
if ! [[ $module =~ $pascal ]] || { [ -n "$entity" ] && ! [[ $entity =~ $pascal ]]; }; then
  echo "usage: templates/add-module.sh <Module> [<Entity>]   (PascalCase, plural module and singular entity: Notes, Note)" >&2
  exit 2
fi
# The lower-case names become C# identifiers (a parameter `notes`, a variable `note`): a keyword would not compile.
keywords=" abstract as base bool break byte case catch char checked class const continue decimal default delegate do
  double else enum event explicit extern false finally fixed float for foreach goto if implicit in int interface internal
  is lock long namespace new null object operator out override params private protected public readonly ref return sbyte
  sealed short sizeof stackalloc static string struct switch this throw true try typeof uint ulong unchecked unsafe
  ushort using virtual void volatile while "
singular=${entity:-${module%s}}
for word in "$module" "$singular"; do
  lower=$(tr '[:upper:]' '[:lower:]' <<<"$word")
  if [[ $keywords == *" $lower "* ]]; then
    echo "'$lower' is a C# keyword, and the template uses the lower-case names as identifiers: choose another name" >&2
    exit 2
  fi
done
for layer in src/Domain src/Application src/Infrastructure src/Api; do
  if [ -e "$layer/$module" ]; then
    echo "$layer/$module exists already: a module's name is its folder in every layer" >&2
    exit 2
  fi
done

hive=$(mktemp -d "${TMPDIR:-/tmp}/module-hive.XXXXXX")
trap 'rm -rf "$hive"' EXIT
dotnet new install ./templates/module --debug:custom-hive "$hive" >/dev/null
options=(resource-module --name "$module" --debug:custom-hive "$hive")
[ -z "$entity" ] || options+=(--entity "$entity")
dotnet new "${options[@]}" >/dev/null
echo "Added the $module module's folders:"
git status --porcelain --untracked-files=all | sed -n 's/^?? /  /p' | grep "/$module/" || true

# The module's context has no migration yet: add its first one for each engine (ADR 0035, ADR 0039). The first command
# builds the Infrastructure project (dotnet ef does not restore it); the others reuse that build.
dotnet tool restore >/dev/null
dotnet restore src/Infrastructure >/dev/null
build=()
for engine in Sqlite PostgreSql SqlServer; do
  dotnet ef migrations add "Add$module" --project src/Infrastructure --startup-project src/Infrastructure \
    --configuration Release --context "$engine${module}DbContext" --output-dir "$module/Migrations/$engine" "${build[@]}" >/dev/null
  echo "  src/Infrastructure/$module/Migrations/$engine/ (migration Add$module)"
  build=(--no-build)
done
echo "Next: dotnet build Solution.sln -c Release, then the module's tests: dotnet test tests/<Project> --filter \"FullyQualifiedName~.$module.\""
