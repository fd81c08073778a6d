package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a block's text into sentences, each with the source line it starts on. */
final class Sentences {

	record Sentence(String text, int line) {
	}

	/** Japanese and Chinese full stops end a sentence without a space after them. */
	private static final Pattern END = Pattern.compile("(?<=[.!?])\\s+|(?<=[。！？])\\s*");

	private Sentences() {
	}

	static List<Sentence> of(Block block) {
		List<Sentence> sentences = new ArrayList<>();
		Matcher m = END.matcher(block.text());
		int start = 0;
		while (m.find()) {
			add(block, start, m.start(), sentences);
			start = m.end();
		}
		add(block, start, block.text().length(), sentences);
		return sentences;
	}

	private static void add(Block block, int start, int end, List<Sentence> sentences) {
		String text = block.text().substring(start, end).strip();
		if (!text.isEmpty()) {
			sentences.add(new Sentence(text, block.lineAt(start)));
		}
	}

}
