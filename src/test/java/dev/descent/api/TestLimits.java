package dev.descent.api;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.mock.env.MockEnvironment;

/**
 * {@link DescentLimits} as the application binds them, for tests that build components by
 * hand: the documented defaults, with some properties set.
 */
final class TestLimits {

	private TestLimits() {
	}

	/**
	 * Binds the limits with the given properties, in pairs of name (below
	 * {@code descent.limits}) and value.
	 */
	static DescentLimits with(String... properties) {
		MockEnvironment environment = new MockEnvironment();
		for (int i = 0; i < properties.length; i += 2) {
			environment.setProperty("descent.limits." + properties[i], properties[i + 1]);
		}
		return new Binder(ConfigurationPropertySources.get(environment)).bindOrCreate("descent.limits",
				DescentLimits.class);
	}

}
