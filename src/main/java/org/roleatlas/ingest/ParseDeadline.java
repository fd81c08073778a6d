package org.roleatlas.ingest;

import java.time.Duration;
import java.util.function.Supplier;

import org.roleatlas.corpus.NoticeCode;

/**
 * The time budget of reading one article, enforced inside the regular-expression
 * matching: {@link #guard} wraps the text a pattern runs over in a {@link CharSequence}
 * that looks at the clock while the matcher reads it, so a pattern that backtracks
 * without end stops within its budget and the article is rejected, instead of holding a
 * core for minutes. The budget belongs to the thread that reads the article, so articles
 * read in parallel each have their own.
 */
final class ParseDeadline {

	private static final ThreadLocal<ParseDeadline> CURRENT = new ThreadLocal<>();

	/**
	 * Characters read between two looks at the clock: cheap, yet many times a
	 * millisecond.
	 */
	private static final int CHECK_EVERY = 4096;

	private final long deadlineNanos;

	private final Duration budget;

	private int untilCheck = CHECK_EVERY;

	private ParseDeadline(Duration budget) {
		this.budget = budget;
		this.deadlineNanos = System.nanoTime() + budget.toNanos();
	}

	/**
	 * Runs the work under the budget; {@link ArticleRejectedException} with
	 * {@code parseTooSlow} when it runs out. A budget already running (a nested call)
	 * stays the one that counts.
	 */
	static <T> T within(Duration budget, Supplier<T> work) {
		if (CURRENT.get() != null) {
			return work.get();
		}
		CURRENT.set(new ParseDeadline(budget));
		try {
			return work.get();
		}
		finally {
			CURRENT.remove();
		}
	}

	/**
	 * The text, checked against the running budget while it is read; as is without one.
	 */
	static CharSequence guard(CharSequence text) {
		ParseDeadline deadline = CURRENT.get();
		return deadline == null ? text : new Guarded(text, deadline);
	}

	/** Stops the work here if the budget is spent. */
	static void check() {
		ParseDeadline deadline = CURRENT.get();
		if (deadline != null) {
			deadline.checkClock();
		}
	}

	private void tick() {
		if (--untilCheck <= 0) {
			untilCheck = CHECK_EVERY;
			checkClock();
		}
	}

	private void checkClock() {
		if (System.nanoTime() - deadlineNanos > 0) {
			throw new ArticleRejectedException(NoticeCode.PARSE_TOO_SLOW.with(budget.toMillis()));
		}
	}

	private record Guarded(CharSequence text, ParseDeadline deadline) implements CharSequence {

		@Override
		public int length() {
			return text.length();
		}

		@Override
		public char charAt(int index) {
			deadline.tick();
			return text.charAt(index);
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return new Guarded(text.subSequence(start, end), deadline);
		}

		@Override
		public String toString() {
			return text.toString();
		}

	}

}
