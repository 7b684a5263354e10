package dev.descent.container;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * The condition behind {@link EnabledIfContainerEngine}: asks Testcontainers whether a
 * Docker API answers, once per test run.
 */
class ContainerEngineCondition implements ExecutionCondition {

	static final String SKIPPED = "Container tests skipped: no Docker API answers (DOCKER_HOST=%s). "
			+ "They need Docker, or Podman's Docker API as prepared by "
			+ "'eval \"$(scripts/container-env)\"' on Debian (see the README, section \"The container tests\").";

	private static final Logger logger = LoggerFactory.getLogger(ContainerEngineCondition.class);

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(ContainerEngineCondition.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
		return store.computeIfAbsent("result", (key) -> evaluate(), ConditionEvaluationResult.class);
	}

	private static ConditionEvaluationResult evaluate() {
		if (DockerClientFactory.instance().isDockerAvailable()) {
			return ConditionEvaluationResult.enabled("a Docker API answers");
		}
		String reason = SKIPPED.formatted(System.getenv().getOrDefault("DOCKER_HOST", "unset"));
		logger.warn(reason);
		return ConditionEvaluationResult.disabled(reason);
	}

}
