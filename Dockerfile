# syntax=docker/dockerfile:1

# Build: publish the Host (framework-dependent; every module comes in through its project references).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,id=cadence-nuget,target=/root/.nuget/packages \
    dotnet publish src/Host/Cadence.Host.csproj -c Release -o /app/publish -p:UseAppHost=false

# Runtime: Debian, because PDF rendering drives Debian's Chromium (/usr/bin/chromium). .NET 10 ships no Debian
# images (mcr.microsoft.com/dotnet/aspnet:10.0 is Ubuntu 24.04, where `apt-get install chromium` is a snap stub
# that cannot run in a container), so the ASP.NET Core runtime is copied from the official image onto Debian 13.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS aspnet

FROM debian:trixie-slim AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates \
        libc6 \
        libgcc-s1 \
        libicu76 \
        libssl3t64 \
        libstdc++6 \
        tzdata \
        chromium \
        fonts-liberation \
        fonts-noto-color-emoji \
    && rm -rf /var/lib/apt/lists/*

COPY --from=aspnet /usr/share/dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet

# Same id as the official images' `app` user; numeric so orchestrators can verify it is not root.
ENV APP_UID=1654
RUN groupadd --gid "$APP_UID" app \
    && useradd --uid "$APP_UID" --gid app --create-home --shell /usr/sbin/nologin app \
    && mkdir /data \
    && chown app:app /data

ENV DOTNET_ROOT=/usr/share/dotnet \
    DOTNET_RUNNING_IN_CONTAINER=true \
    ASPNETCORE_URLS=http://+:8080 \
    Data__Path=/data

WORKDIR /app
COPY --from=build /app/publish .

USER $APP_UID
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "Cadence.Host.dll"]
