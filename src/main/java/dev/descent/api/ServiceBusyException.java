package dev.descent.api;

/**
 * Every worker that could take a request is busy; the client may try again shortly.
 */
public class ServiceBusyException extends RuntimeException {

	public ServiceBusyException(String message) {
		super(message);
	}

}
