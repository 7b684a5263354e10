package dev.descent.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests under {@code deploy/} parse, and agree with the application:
 * probe paths answer, ports match, and the objects refer to each other by the right
 * names.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KubernetesManifestTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Environment environment;

	@Test
	void deploymentProbesShouldHitTheApplicationsHealthGroupsOnItsPort() throws IOException {
		Map<String, Object> container = first(
				list(map(map(map(load("deployment.yaml"), "spec"), "template"), "spec"), "containers"));
		Map<String, Object> port = first(list(container, "ports"));
		assertThat(port.get("containerPort")).isEqualTo(this.environment.getProperty("server.port", Integer.class));
		for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
			Map<String, Object> get = map(map(container, probe), "httpGet");
			assertThat(get.get("port")).as(probe).isEqualTo(port.get("name"));
			assertThat(this.mvc.get().uri((String) get.get("path"))).as(probe).hasStatusOk();
		}
		assertThat(map(map(container, "resources"), "limits")).containsKeys("cpu", "memory");
		assertThat(map(map(container, "resources"), "requests")).containsKeys("cpu", "memory");
		assertThat(map(container, "securityContext")).containsEntry("readOnlyRootFilesystem", true);
	}

	@Test
	void serviceAndAutoscalerShouldReferToTheDeployment() throws IOException {
		Map<String, Object> deployment = load("deployment.yaml");
		String name = (String) map(deployment, "metadata").get("name");
		Map<String, Object> labels = map(map(map(map(deployment, "spec"), "template"), "metadata"), "labels");
		Map<String, Object> service = load("service.yaml");
		assertThat(labels).containsAllEntriesOf(map(map(service, "spec"), "selector"));
		assertThat(first(list(map(service, "spec"), "ports"))).containsEntry("targetPort", "http");
		Map<String, Object> target = map(map(load("hpa.yaml"), "spec"), "scaleTargetRef");
		assertThat(target).containsEntry("kind", "Deployment").containsEntry("name", name);
	}

	private static Map<String, Object> load(String file) throws IOException {
		try (Reader reader = Files.newBufferedReader(Path.of("deploy", file))) {
			return new Yaml().load(reader);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> parent, String key) {
		assertThat(parent).containsKey(key);
		return (Map<String, Object>) parent.get(key);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
		assertThat(parent).containsKey(key);
		return (List<Map<String, Object>>) parent.get(key);
	}

	private static Map<String, Object> first(List<Map<String, Object>> list) {
		assertThat(list).isNotEmpty();
		return list.get(0);
	}

}
