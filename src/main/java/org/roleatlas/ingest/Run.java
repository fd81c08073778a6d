package org.roleatlas.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.ingest.Candidate.Context;
import org.roleatlas.ingest.ParsedArticle.Section;

/**
 * A numbered run of headings that a title or heading of duties governs ("1. Poznaje
 * potrzeby", "2. Określa wizję" …): the heading numbered next at the same level is its
 * next member, whatever its own words say.
 *
 * @param number the number of the run's last member
 * @param level the level of its headings
 * @param context what governs its members
 */
record Run(int number, int level, Context context) {

	private static final Pattern NUMBER = Pattern.compile("^\\s*([0-9０-９]{1,2})[.)．）:]");

	/** The run a numbered heading starts, or null when its heading has no number. */
	static Run startedBy(Section section, Context context) {
		int number = numberOf(section.heading());
		return number < 0 ? null : new Run(number, section.level(), context);
	}

	boolean continuedBy(Section section) {
		return section.level() == level && numberOf(section.heading()) == number + 1;
	}

	Run next() {
		return new Run(number + 1, level, context);
	}

	/** The heading's number (full-width digits too), or -1 when it has none. */
	private static int numberOf(String heading) {
		Matcher m = NUMBER.matcher(heading);
		if (!m.find()) {
			return -1;
		}
		int number = 0;
		for (char digit : m.group(1).toCharArray()) {
			number = number * 10 + Character.getNumericValue(digit);
		}
		return number;
	}

}
