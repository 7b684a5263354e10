package dev.descent.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the multi-start optimizer and the threads it runs on.
 */
@Configuration(proxyBeanMethods = false)
class MultiStartConfiguration {

	@Bean
	StartPool startPool() {
		return new StartPool(Runtime.getRuntime().availableProcessors());
	}

}
