#!/usr/bin/env bash
# Configures a running Payara Server 6 domain for Coachroom. Safe to run again: every step checks
# first. Restart the domain afterwards when it says so.
#
#   deploy/payara/configure.sh <PAYARA_HOME> <mysql-connector-j.jar>
#
# asadmin connection options (remote host, port, admin user, password file) come from the usual
# AS_ADMIN_* environment variables or from ASADMIN_OPTS, e.g.
#   ASADMIN_OPTS="--host 127.0.0.1 --port 4848 --user admin --passwordfile /root/.payara-pw"
#
# The pool reads its URL, user and password from system properties, resolved by Payara when the
# pool starts (the same names as on WildFly), e.g.
#   asadmin create-system-properties 'coachroom.db.url=jdbc\:mysql\://db\:3306/coachroom'
# (':' and '=' inside a value are escaped with a backslash; see docs/configuration.md "Deploy to an existing Payara").
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 <PAYARA_HOME> <mysql-connector-j.jar>" >&2
  exit 2
fi
home=$1
driver=$2
restart=no

asadmin() {
  # shellcheck disable=SC2086
  "$home/bin/asadmin" ${ASADMIN_OPTS:-} "$@"
}

# --- JDBC driver ---------------------------------------------------------------------------
# In the domain's common class loader, like WildFly's module: the WAR does not carry it.
libraries=$(asadmin list-libraries --type common)
if ! grep -q '^mysql-connector-j' <<<"$libraries"; then
  asadmin add-library --type common "$driver"
  restart=yes
fi

# --- Connection pool and datasource ----------------------------------------------------------
# Validated on every checkout (a dead connection is replaced, not handed to the app); a failed
# validation closes the whole pool's connections, like WildFly's exception sorter.
pools=$(asadmin list-jdbc-connection-pools)
if ! grep -qx CoachroomPool <<<"$pools"; then
  asadmin create-jdbc-connection-pool \
    --datasourceclassname com.mysql.cj.jdbc.MysqlDataSource \
    --restype javax.sql.DataSource \
    --steadypoolsize 0 --maxpoolsize 40 --maxwait 5000 \
    --isconnectvalidatereq true \
    --validationmethod custom-validation \
    --validationclassname org.glassfish.api.jdbc.validation.MySQLConnectionValidation \
    --failconnection true \
    --property 'URL=${coachroom.db.url}:user=${coachroom.db.user}:password=${coachroom.db.password}' \
    CoachroomPool
fi
# The app looks up jdbc/CoachroomDS (web.xml, glassfish-web.xml); WildFly names it java:/jdbc/CoachroomDS.
resources=$(asadmin list-jdbc-resources)
if ! grep -qx 'jdbc/CoachroomDS' <<<"$resources"; then
  asadmin create-jdbc-resource --connectionpoolid CoachroomPool jdbc/CoachroomDS
fi

# --- HTTP ------------------------------------------------------------------------------------
# Do not announce the server and its version in every response.
for listener in http-listener-1 http-listener-2; do
  http=configs.config.server-config.network-config.protocols.protocol.$listener.http
  asadmin set "$http.xpowered-by=false" "$http.server-header=false" > /dev/null
done

# Jakarta Security's OIDC mechanism and MicroProfile Health (readiness at :8080/health/ready)
# need nothing beyond the defaults of Payara 6.

if [[ $restart == yes ]]; then
  echo "configure.sh: the JDBC driver was added; restart the domain (asadmin restart-domain)."
fi
