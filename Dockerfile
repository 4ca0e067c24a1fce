# syntax=docker/dockerfile:1
# Build: docker build -t kdrama-moments .
# Run:   docker run -p 8080:8080 -v kdrama-data:/app/data kdrama-moments

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the files that decide it, so this layer is cached until they change.
COPY global.json Directory.Build.props Directory.Packages.props KdramaMoments.sln ./
COPY src/KdramaMoments.Web/KdramaMoments.Web.csproj src/KdramaMoments.Web/
RUN dotnet restore src/KdramaMoments.Web/KdramaMoments.Web.csproj -r linux-x64

COPY .editorconfig ./
COPY src/ src/
# For the platform, so the app is compiled ahead of time (ReadyToRun): a start does not wait for the JIT.
RUN dotnet publish src/KdramaMoments.Web/KdramaMoments.Web.csproj -c Release -r linux-x64 --no-restore -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish ./
COPY seeds/ ./seeds/

# The common-password list editors' passwords are checked against (Accounts:CommonPasswordsPath),
# and the font share cards are drawn with (it covers Hangul; ShareCards:FontDirectory).
RUN apt-get update \
    && apt-get install -y --no-install-recommends john-data fonts-nanum \
    && rm -rf /var/lib/apt/lists/*

# The SQLite file lives on a volume owned by the unprivileged user the image provides.
RUN mkdir -p /app/data && chown -R $APP_UID /app/data
VOLUME /app/data
USER $APP_UID

ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    ConnectionStrings__Default="Data Source=/app/data/kdrama.db" \
    Seeds__Path=/app/seeds
EXPOSE 8080
ENTRYPOINT ["dotnet", "KdramaMoments.Web.dll"]
