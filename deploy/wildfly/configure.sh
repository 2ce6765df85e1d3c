#!/usr/bin/env bash
# Applies coachroom.cli to a WildFly installation offline (embedded server).
# Usage: deploy/wildfly/configure.sh <WILDFLY_HOME>
set -euo pipefail
home="${1:?usage: configure.sh <WILDFLY_HOME>}"
here="$(cd "$(dirname "$0")" && pwd)"
script="$(mktemp)"
trap 'rm -f "$script"' EXIT
{
  echo "embed-server --server-config=standalone.xml --std-out=discard"
  cat "$here/coachroom.cli"
  echo "stop-embedded-server"
} > "$script"
"$home/bin/jboss-cli.sh" --file="$script" > "${home}/coachroom-configure.log" 2>&1 || {
  cat "${home}/coachroom-configure.log" >&2
  echo "WildFly configuration failed, see above" >&2
  exit 1
}
echo "WildFly at $home configured for Coachroom"
