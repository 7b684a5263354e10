#!/bin/sh
# For .ci/run, before ./mvnw -B verify: installs Debian's Chromium and ChromeDriver where
# they are missing, so that PlaygroundBrowserTests drive a real headless browser. Nothing
# is downloaded at test time (Selenium is given /usr/bin/chromium and /usr/bin/chromedriver);
# without them the browser tests are skipped with a message, never failed.
set -eu
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
	if [ "$(id -u)" -eq 0 ]; then
		as_root=""
	else
		as_root="sudo"
	fi
	export DEBIAN_FRONTEND=noninteractive
	# Another apt-get may hold the dpkg lock for a while; wait for it rather than fail.
	$as_root apt-get -o DPkg::Lock::Timeout=600 update
	$as_root apt-get -o DPkg::Lock::Timeout=600 install -y chromium chromium-driver
fi
/usr/bin/chromium --version
/usr/bin/chromedriver --version
