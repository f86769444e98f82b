# Sourced by tests/run.sh and tests/template.sh: prints "PASSED FAILED", summed over the TRX files of one folder
# (dotnet test prints no total of its own).
trx_counts() {
  local passed=0 failed=0 trx counters p f
  for trx in "$1"/*.trx; do
    [ -e "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
  done
  echo "$passed $failed"
}
