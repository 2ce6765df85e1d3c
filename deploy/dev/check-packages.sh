#!/usr/bin/env bash
# Checks that the Debian packages the run and test commands need are installed, and says how to
# install the missing ones. Called by Maven before anything starts (see pom.xml, check-packages).
#
#   deploy/dev/check-packages.sh "browser mysql"
#
#   browser  Debian's Chromium and ChromeDriver (the browser journeys never download a browser).
#            /usr/bin/chromedriver is a symlink into /usr/lib/chromium on Debian: followed, not refused.
#   mysql    libaio1, which the embedded MySQL server needs; not checked when COACHROOM_DB_URL names
#            a database of your own.
set -euo pipefail

missing=()
for part in ${1:-}; do
  case $part in
    browser)
      [[ -x /usr/bin/chromium ]] || missing+=(chromium)
      [[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
      ;;
    mysql)
      if [[ -z ${COACHROOM_DB_URL:-} ]] && ! /sbin/ldconfig -p 2>/dev/null | grep 'libaio\.so\.1 ' >/dev/null; then
        missing+=(libaio1)
      fi
      ;;
    *)
      echo "check-packages.sh: unknown part '$part'" >&2
      exit 2
      ;;
  esac
done

if [[ ${#missing[@]} -gt 0 ]]; then
  echo "Missing Debian packages: ${missing[*]}. Install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install ${missing[*]}" >&2
  echo "(.ci/run installs them itself when run as root.)" >&2
  exit 1
fi
