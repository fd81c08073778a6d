package org.roleatlas;

import java.util.concurrent.atomic.AtomicBoolean;

import org.roleatlas.taxonomy.TextAnalyzers;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;

/**
 * Loads the segmenters' dictionaries (Nori, Kuromoji, smart Chinese, Stempel) on a thread
 * of its own as the application starts, the way Boot's own background pre-initializer
 * warms its converters: the taxonomy's concept matcher would otherwise load them on the
 * main thread in the middle of the context's start. They are held once per JVM, so the
 * second start in one JVM (tests) finds them loaded.
 */
class DictionaryWarmUp implements ApplicationListener<ApplicationStartingEvent> {

	private static final AtomicBoolean started = new AtomicBoolean();

	@Override
	public void onApplicationEvent(ApplicationStartingEvent event) {
		if (started.compareAndSet(false, true)) {
			Thread thread = new Thread(TextAnalyzers::loadDictionaries, "dictionary-warm-up");
			thread.setDaemon(true);
			thread.start();
		}
	}

}
