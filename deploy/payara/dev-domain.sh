#!/usr/bin/env bash
# Prepares the Payara unpacked by the build (target/servers/payara6) for the tests and the run
# command: starts domain1, applies configure.sh, binds every listener to 127.0.0.1, stops it.
# Skipped when the domain was already prepared by the same scripts.
#
#   deploy/payara/dev-domain.sh <PAYARA_HOME> <mysql-connector-j.jar>
set -euo pipefail
unset ASADMIN_OPTS # always the local domain1 under <PAYARA_HOME>, never a remote one
here=$(cd "$(dirname "$0")" && pwd)
home=$1
driver=$2
domain=$home/glassfish/domains/domain1
marker=$domain/config/.coachroom-configured
# the scripts, the driver and the Payara build (a version bump re-unpacks domain.xml)
stamp=$(cat "$here/configure.sh" "$here/dev-domain.sh" "$home/glassfish/modules/glassfish.jar" | sha256sum | cut -d' ' -f1)-$(basename "$driver")

if [[ -f $marker && $(cat "$marker") == "$stamp" ]]; then
  echo "dev-domain.sh: $domain already configured"
  exit 0
fi

asadmin() { "$home/bin/asadmin" "$@"; }
asadmin start-domain domain1
trap 'asadmin stop-domain domain1 || true' EXIT

"$here/configure.sh" "$home" "$driver"

# Loopback only (this is a developer's or CI's machine).
c=configs.config.server-config
asadmin set \
  "$c.network-config.network-listeners.network-listener.http-listener-1.address=127.0.0.1" \
  "$c.network-config.network-listeners.network-listener.http-listener-2.address=127.0.0.1" \
  "$c.network-config.network-listeners.network-listener.admin-listener.address=127.0.0.1" \
  "$c.iiop-service.iiop-listener.orb-listener-1.address=127.0.0.1" \
  "$c.iiop-service.iiop-listener.SSL.address=127.0.0.1" \
  "$c.iiop-service.iiop-listener.SSL_MUTUALAUTH.address=127.0.0.1" \
  "$c.admin-service.jmx-connector.system.address=127.0.0.1" \
  "$c.jms-service.jms-host.default_JMS_host.host=127.0.0.1" > /dev/null
asadmin set-hazelcast-configuration --interfaces 127.0.0.1 --dasbindaddress 127.0.0.1 \
  --clustermode tcpip --tcpipmembers 127.0.0.1:5900
if ! asadmin list-jvm-options | grep -qx -- '-Dhazelcast.socket.bind.any=false'; then
  asadmin create-jvm-options -- -Dhazelcast.socket.bind.any=false
fi
# The same heap as the WildFly the tests start.
if asadmin list-jvm-options | grep -qx -- '-Xmx512m'; then
  asadmin delete-jvm-options -- -Xmx512m
fi
if ! asadmin list-jvm-options | grep -qx -- '-Xmx1g'; then
  asadmin create-jvm-options -- -Xmx1g
fi

echo "$stamp" > "$marker"
