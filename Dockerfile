# Warden in JVM mode: the Quarkus fast-jar that `./mvnw package` leaves in target/quarkus-app, and the rules.
#
#   ./mvnw package -DskipTests        (or ./mvnw verify, which also runs the tests)
#   docker build -t warden:dev .
#   docker run --rm -p 8080:8080 -p 9000:9000 warden:dev             first run: embedded PostgreSQL inside
#   docker run --rm -p 8080:8080 -p 9000:9000 \
#     -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://HOST:5432/warden \
#     -e QUARKUS_DATASOURCE_USERNAME=warden -e QUARKUS_DATASOURCE_PASSWORD=... warden:dev
#
# A JRE is enough: Drools compiles the rules at run time with ECJ, which is on the class path.
# Pin the base by digest for production builds (docker buildx imagetools inspect IMAGE shows it).
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.21

ENV LANGUAGE='en_US:en'

# The embedded PostgreSQL of a run without a database server keeps its data here (relative to /deployments);
# mount a volume at /deployments/data to keep it. On Kubernetes the database is always a server.
USER root
RUN mkdir -p /deployments/data && chown 185:0 /deployments/data && chmod 0770 /deployments/data

# The application, as the Quarkus fast-jar layout: four layers, the libraries first because they change least.
COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 target/quarkus-app/*.jar /deployments/
COPY --chown=185 target/quarkus-app/app/ /deployments/app/
COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/

# The rules the image starts with. On Kubernetes a ConfigMap is mounted over this folder.
COPY --chown=185 rules/ /deployments/rules/

WORKDIR /deployments
ENV WARDEN_RULES_DIR=/deployments/rules
ENV QUARKUS_HTTP_PORT=8080
ENV QUARKUS_MANAGEMENT_PORT=9000
ENV JAVA_APP_JAR=/deployments/quarkus-run.jar
ENV JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
# Heap as a share of the container's memory limit; the rest is metaspace (Drools generates classes), threads
# and direct buffers.
ENV JAVA_MAX_MEM_RATIO=70
# The base image's run script picks the parallel collector unless told otherwise. G1 is what the decision benchmark
# measures; side by side the parallel collector saved some CPU but, in the run that logged its collections, stopped
# every thread for a full collection of 858 ms under load, a tail no throughput gain pays for (docs/throughput.md).
ENV GC_CONTAINER_OPTIONS="-XX:+UseG1GC"

# 8080: the API. 9000: the management interface (health, metrics), for probes and Prometheus only.
EXPOSE 8080 9000
USER 185

ENTRYPOINT ["/opt/jboss/container/java/run/run-java.sh"]
