#!/usr/bin/env bash
# Builds, on a machine without an image registry, the two base images the Dockerfile takes as build arguments:
# a Debian rootfs (debootstrap) with this machine's .NET SDK, and one with only its runtimes. They keep the
# contract of Microsoft's images (dotnet in /usr/share/dotnet and on PATH, a user "app" with APP_UID=1654,
# ASPNETCORE_HTTP_PORTS=8080), so the Dockerfile needs no change to build on them (docs/adr: base images).
# Images that already exist are reused; their tags carry the SDK and runtime versions and the recipe's revision,
# so a new SDK, runtime or recipe rebuilds them. The SDK image's NuGet folder is seeded with the packages the
# service restored on this machine (if it has): the build stage's restore still runs, it only downloads less;
# a package added later is downloaded as on any machine.
# Prints two lines: SDK_IMAGE=... and RUNTIME_IMAGE=...
set -euo pipefail

dotnet_root=${DOTNET_ROOT:-/usr/share/dotnet}
sdk_version=$(ls "$dotnet_root/sdk" | sort -V | tail -n 1)
runtime_version=$(ls "$dotnet_root/shared/Microsoft.AspNetCore.App" | sort -V | tail -n 1)
recipe=r3
sdk_image=resource-ci/dotnet-sdk:$sdk_version-$recipe
runtime_image=resource-ci/aspnet:$runtime_version-$recipe
repo=$(cd "$(dirname "$0")/../.." && pwd)
nuget_packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
log() { printf '[base-images %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

exists() { docker image inspect "$1" >/dev/null 2>&1; }

# One builder at a time: a second caller waits and then finds the images made.
exec 9>/tmp/resource-base-images.lock
flock 9

if ! exists "$sdk_image" || ! exists "$runtime_image"; then
  command -v debootstrap >/dev/null || { echo "debootstrap is missing (apt-get install debootstrap)" >&2; exit 1; }
  work=$(mktemp -d /tmp/resource-base.XXXXXX)
  # Unmount whatever debootstrap left mounted inside before removing, and never cross into another filesystem.
  trap 'awk -v w="$work" '"'"'index($2, w) == 1 { print $2 }'"'"' /proc/mounts | sort -r | xargs -r umount -l
        rm -rf --one-file-system "$work"' EXIT
  rootfs=$work/rootfs
  log "debootstrap bookworm (minbase + ca-certificates, ICU, OpenSSL)"
  debootstrap --variant=minbase --include=ca-certificates,libicu72,libssl3 bookworm "$rootfs" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 20 "$work/debootstrap.log" >&2; exit 1; }
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  # What Microsoft's images provide besides the files: dotnet on PATH and the non-root user "app".
  ln -sf /usr/share/dotnet/dotnet "$rootfs/usr/bin/dotnet"
  echo 'app:x:1654:1654:app:/home/app:/usr/sbin/nologin' >>"$rootfs/etc/passwd"
  echo 'app:x:1654:' >>"$rootfs/etc/group"
  install -d -o 1654 -g 1654 "$rootfs/home/app"
  # This machine's extra certificate authorities (an egress proxy's, say), so that the build stage's NuGet
  # restore trusts what the host trusts; Microsoft's images do not need them on a machine with a direct path.
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/"
    chroot "$rootfs" update-ca-certificates >/dev/null
  fi

  common=(--change 'ENV APP_UID=1654' --change 'ENV DOTNET_RUNNING_IN_CONTAINER=true'
          --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin')
  if ! exists "$runtime_image"; then
    log "importing $runtime_image"
    tar -c -C "$rootfs" . -C / "${dotnet_root#/}/dotnet" "${dotnet_root#/}/host" "${dotnet_root#/}/shared" \
      | docker import "${common[@]}" --change 'ENV ASPNETCORE_HTTP_PORTS=8080' - "$runtime_image" >/dev/null
  fi
  if ! exists "$sdk_image"; then
    # Every src project's own restore: private assets such as EF Core's design-time packages flow into no other.
    if compgen -G "$repo/src/*/obj/project.assets.json" >/dev/null && [ -d "$nuget_packages" ]; then
      mkdir -p "$rootfs/root/.nuget/packages"
      cat "$repo"/src/*/obj/project.assets.json | grep -o '"path": "[^"]*"' | sed 's/"path": "\(.*\)"/\1/' \
        | grep -v '\.csproj$' | sort -u | while read -r package; do
        [ -d "$nuget_packages/$package" ] || continue
        mkdir -p "$rootfs/root/.nuget/packages/$(dirname "$package")"
        cp -a "$nuget_packages/$package" "$rootfs/root/.nuget/packages/$package"
      done
      log "seeded the SDK image with $(find "$rootfs/root/.nuget/packages" -mindepth 2 -maxdepth 2 | wc -l) restored packages"
    fi
    log "importing $sdk_image"
    tar -c -C "$rootfs" . -C / "${dotnet_root#/}" \
      | docker import "${common[@]}" --change 'ENV DOTNET_CLI_TELEMETRY_OPTOUT=1' --change 'ENV NUGET_XMLDOC_MODE=skip' - "$sdk_image" >/dev/null
  fi
fi

# Earlier versions' bases only take disk space.
docker images --format '{{.Repository}}:{{.Tag}}' | grep -E '^resource-ci/(dotnet-sdk|aspnet):' \
  | grep -vxF -e "$sdk_image" -e "$runtime_image" | xargs -r docker rmi >/dev/null 2>&1 || true

echo "SDK_IMAGE=$sdk_image"
echo "RUNTIME_IMAGE=$runtime_image"
