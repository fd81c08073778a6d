# syntax=docker/dockerfile:1
# Role Atlas as a container: built with the Maven Wrapper, run from the Boot jar's layers (dependencies change
# less often than the application, so a rebuild after a code change reuses the lower image layers).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
# Dependencies and plugins first, in a layer of their own that a change of the sources does not invalidate.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests -Djacoco.skip=true package \
 && cp target/role-atlas-*.jar target/application.jar \
 && java -Djarmode=tools -jar target/application.jar extract --layers --destination target/extracted

FROM eclipse-temurin:17-jre
# curl for the health check only.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && groupadd --system atlas && useradd --system --gid atlas --home-dir /app --no-create-home atlas
WORKDIR /app
COPY --from=build /src/target/extracted/dependencies/ ./
COPY --from=build /src/target/extracted/spring-boot-loader/ ./
COPY --from=build /src/target/extracted/snapshot-dependencies/ ./
COPY --from=build /src/target/extracted/application/ ./
# The bundled articles; mount another folder over /app/content (or set ATLAS_CONTENT_DIR) to serve your own.
COPY content/ content/
# A class data sharing archive from a training run that starts the application on the bundled articles and stops
# once it is up: the classes are then mapped from the archive instead of being read and verified at every start
# (bench/run measures the ready time with and without it). CDS needs the plain jar with its lib/ folder, not the
# nested-jar launcher. The training run exits without closing the application, so its temporary database and
# index go to a folder of their own, removed before the layer is written.
RUN mkdir /tmp/training \
 && java -Djava.io.tmpdir=/tmp/training -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh \
    -jar application.jar \
 && rm -rf /tmp/training \
 && chmod a+r application.jsa
USER atlas
EXPOSE 8080
# Liveness, not readiness: a node that only reads (ATLAS_INGEST_ON_STARTUP=false) never turns ready (README).
HEALTHCHECK --interval=10s --timeout=3s --start-period=180s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=application.jsa", "-jar", "application.jar"]
