package dev.descent.playground;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The playground's static files are served from the jar, with or without a browser to try
 * them in: the page at {@code /}, and every module it imports.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlaygroundPageTests {

	private static final Pattern IMPORT = Pattern.compile("from '\\./([a-z-]+\\.js)'");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void rootWhenRequestedShouldServeThePageWithItsModule() {
		MvcTestResult page = this.mvc.get().uri("/index.html").exchange();
		assertThat(page).hasStatusOk().hasContentTypeCompatibleWith("text/html");
		assertThat(page).bodyText().contains("<script type=\"module\" src=\"js/main.js\">").contains("id=\"plot\"");
		assertThat(this.mvc.get().uri("/").exchange()).hasStatusOk();
	}

	@Test
	void modulesWhenImportedShouldAllBeServedAsJavaScript() throws Exception {
		Deque<String> pending = new ArrayDeque<>(List.of("main.js"));
		Set<String> seen = new HashSet<>();
		while (!pending.isEmpty()) {
			String module = pending.pop();
			if (!seen.add(module)) {
				continue;
			}
			MvcTestResult result = this.mvc.get().uri("/js/" + module).exchange();
			assertThat(result).as(module).hasStatusOk().hasContentTypeCompatibleWith("text/javascript");
			Matcher imports = IMPORT.matcher(result.getResponse().getContentAsString());
			while (imports.find()) {
				pending.push(imports.group(1));
			}
		}
		assertThat(seen).contains("fields.js", "api.js", "minimize-view.js", "multistart-view.js", "fit-view.js");
		assertThat(this.mvc.get().uri("/css/playground.css").exchange()).hasStatusOk();
	}

}
