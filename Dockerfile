# The service's container image: built with the .NET SDK, run on the ASP.NET Core runtime as a non-root user,
# with a read-only application and the SQLite data on a volume. No secret is baked in: token validation and
# connection strings come from the environment at run time (README "Deploy"; docs/adr: container image).
#
# The base images are build arguments so that a machine without a registry can pass bases it built itself
# (deploy/ci/base-images.sh) and still build this file unchanged. Both must keep the contract of Microsoft's
# images: dotnet on PATH, APP_UID naming the non-root user, ASPNETCORE_HTTP_PORTS=8080.
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0

FROM ${SDK_IMAGE} AS build
WORKDIR /src
# Restore first, from the project files alone, so that a change of code reuses the restored layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Domain/Domain.csproj src/Domain/
COPY src/Application/Application.csproj src/Application/
COPY src/Infrastructure/Infrastructure.csproj src/Infrastructure/
COPY src/Api/Api.csproj src/Api/
COPY deploy/probe/HealthProbe.csproj deploy/probe/
RUN dotnet restore src/Api/Api.csproj && dotnet restore deploy/probe/HealthProbe.csproj
COPY src/ src/
COPY deploy/probe/ deploy/probe/
RUN dotnet publish src/Api/Api.csproj -c Release --no-restore -o /out/app \
 && dotnet publish deploy/probe/HealthProbe.csproj -c Release --no-restore -o /out/probe \
 && mkdir /out/data

FROM ${RUNTIME_IMAGE}
WORKDIR /app
# Owned by root and not writable by the service's user: the code cannot be changed from inside.
COPY --from=build /out/app ./
COPY --from=build /out/probe /probe/
# The volume's mount point belongs to the service's user (1654 = APP_UID), so a new named volume starts out
# writable (no RUN: the runtime image may have no shell).
COPY --from=build --chown=1654:1654 /out/data /data
ENV ConnectionStrings__Default="Data Source=/data/resources.db"
VOLUME /data
EXPOSE 8080
USER $APP_UID
# Liveness, not readiness: Docker reacts to "unhealthy" by restarting, which cannot mend a database.
# Readiness (/health/ready) is for the load balancer or orchestrator (README "Deploy").
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["dotnet", "/probe/ResourceService.HealthProbe.dll", "/health/live"]
ENTRYPOINT ["dotnet", "ResourceService.Api.dll"]
