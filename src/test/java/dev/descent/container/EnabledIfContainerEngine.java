package dev.descent.container;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated tests only where a Docker API answers, and otherwise reports them
 * skipped with the reason and how to run them.
 * <p>
 * Unlike {@code @Testcontainers(disabledWithoutDocker = true)}, the reason names the
 * script that prepares Podman's Docker API on machines without Docker.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(ContainerEngineCondition.class)
@interface EnabledIfContainerEngine {

}
