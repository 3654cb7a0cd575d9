#!/usr/bin/env bash
# Runs the claims job on Spark's local mode:
#
#   examples/spark/run.sh INPUT.jsonl OUTDIR [options of claims_job.py]
#
# Installs what is missing, from the package registries: Java 17 from Debian
# (openjdk-17-jre-headless), PySpark, pandas and pyarrow from PyPI into a virtualenv
# (target/spark-venv), and the newsmark wheel (`make wheel`, target/wheels/). Spark's workers use
# the same virtualenv (PYSPARK_PYTHON), or they would not find pyarrow or newsmark.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
[ $# -ge 2 ] || { echo "usage: $0 INPUT OUTDIR [--text-field NAME] [--id-field NAME]" >&2; exit 2; }

if ! command -v java >/dev/null 2>&1; then
  echo "==> apt-get install openjdk-17-jre-headless" >&2
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless >/dev/null
fi

venv="$root/target/spark-venv"
if ! "$venv/bin/python" -c "import pyspark, pandas, pyarrow" >/dev/null 2>&1; then
  echo "==> pip install pyspark pandas pyarrow (into target/spark-venv)" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q pyspark==4.3.0 pandas==3.1.1 pyarrow==26.0.1
fi

wheel=$(ls -t "$root"/target/wheels/newsmark-*.whl 2>/dev/null | head -n 1 || true)
if [ -z "$wheel" ]; then
  make -C "$root" --no-print-directory wheel
  wheel=$(ls -t "$root"/target/wheels/newsmark-*.whl | head -n 1)
fi
"$venv/bin/pip" install -q --force-reinstall --no-deps "$wheel"

export PYSPARK_PYTHON="$venv/bin/python" PYSPARK_DRIVER_PYTHON="$venv/bin/python"
"$venv/bin/spark-submit" --master "local[2]" --conf spark.ui.enabled=false \
  --conf spark.driver.host=127.0.0.1 --conf spark.sql.execution.arrow.pyspark.enabled=true \
  --conf spark.log.level=WARN "$here/claims_job.py" "$@" \
  2> >(grep -v -E " (INFO|WARN) |NativeCodeLoader|log4j|Setting default log level|To adjust logging" >&2 || true)
