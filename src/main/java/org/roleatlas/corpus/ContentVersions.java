package org.roleatlas.corpus;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.springframework.stereotype.Component;

/**
 * The content version now being served, and the lock that makes a swap atomic for
 * readers. A request pins the version while it reads (a read lock); a reload takes the
 * write lock for the few moments in which its transaction commits and the version
 * advances. So no request sees the database of one version and the version number (or
 * search index filter, or page cache key) of another: each reads the version that was
 * served when it started, all the way through.
 */
@Component
public class ContentVersions {

	private final ReentrantReadWriteLock swapLock = new ReentrantReadWriteLock();

	private volatile ContentVersion current = ContentVersion.NONE;

	public ContentVersion current() {
		return current;
	}

	/**
	 * Holds the served version until the pin is closed; a swap waits for every open pin.
	 * Close it on the thread that opened it.
	 */
	public Pin pin() {
		swapLock.readLock().lock();
		return new Pin(current.number());
	}

	/**
	 * Waits for every pinned reader to finish and holds new ones off until the swap is
	 * closed; the caller commits, then {@linkplain Swap#advance advances} the version.
	 */
	public Swap beginSwap() {
		swapLock.writeLock().lock();
		return new Swap();
	}

	/** The version a reader works with, held until closed. */
	public final class Pin implements AutoCloseable {

		private final long number;

		private Pin(long number) {
			this.number = number;
		}

		public long number() {
			return number;
		}

		@Override
		public void close() {
			swapLock.readLock().unlock();
		}

	}

	/** Readers held off while a new version is committed and made current. */
	public final class Swap implements AutoCloseable {

		private boolean open = true;

		private Swap() {
		}

		/**
		 * Called once the new content has committed: serves {@code version} from now on
		 * and returns the event that announces it (to be published after the swap is
		 * closed).
		 */
		public ContentLoadedEvent advance(ContentVersion version, int articles) {
			if (!version.isNewerThan(current)) {
				throw new IllegalArgumentException("version " + version.number() + " after " + current.number());
			}
			current = version;
			return new ContentLoadedEvent(version.committedAt(), articles, version);
		}

		/** Lets readers in again; closing twice is harmless. */
		@Override
		public void close() {
			if (open) {
				open = false;
				swapLock.writeLock().unlock();
			}
		}

	}

}
