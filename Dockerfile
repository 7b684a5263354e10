# Descent's container image.
#
#   docker build -t descent .
#       builds the jar with the Maven wrapper (stage build), then the image (stage runtime)
#   docker build --target prebuilt -t descent .
#       packs the jar that ./mvnw package has already built (JAR_FILE) instead
#
# The base images are build arguments: by default the public Eclipse Temurin images, and
# in the container tests an image made from Debian's packages (scripts/container-env),
# because no image can be pulled on the build machines.

ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

# What every final stage shares: a JRE, a user without privileges, the port, the health
# check and the command. The root filesystem may be read-only: the application writes
# only to /tmp, which should be a tmpfs.
FROM ${RUNTIME_IMAGE} AS jre
RUN groupadd --gid 10001 descent \
	&& useradd --uid 10001 --gid descent --home-dir /nonexistent --no-create-home \
		--shell /usr/sbin/nologin descent
WORKDIR /app
EXPOSE 8080
# Runs in a JVM of its own: the JRE images need not have curl or wget.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
	CMD ["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx16m", "-cp", "/app/descent.jar", \
		"dev.descent.container.HealthProbe", "http://127.0.0.1:8080/actuator/health"]
USER 10001:10001
# Exec form, so that java is process 1 and receives SIGTERM for a graceful shutdown. The
# heap follows the container's memory limit; JAVA_TOOL_OPTIONS=-Xmx... overrides it.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/descent.jar"]

# A jar built outside, unpacked into an application jar and its libraries, which start
# faster than the nested jar and let the health check load a single class.
FROM ${RUNTIME_IMAGE} AS prebuilt-unpacked
ARG JAR_FILE=target/descent-0.1.0-SNAPSHOT.jar
COPY ${JAR_FILE} /tmp/descent.jar
RUN java -Djarmode=tools -jar /tmp/descent.jar extract --destination /unpacked --application-filename descent.jar

FROM jre AS prebuilt
COPY --from=prebuilt-unpacked /unpacked/ /app/

# The jar built here with the Maven wrapper, which downloads Maven and the dependencies.
FROM ${BUILD_IMAGE} AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -DskipTests package \
	&& java -Djarmode=tools -jar target/descent-*.jar extract --destination /unpacked --application-filename descent.jar

FROM jre AS runtime
COPY --from=build /unpacked/ /app/
