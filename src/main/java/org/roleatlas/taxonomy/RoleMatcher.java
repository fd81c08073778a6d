package org.roleatlas.taxonomy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds role names and aliases in text by normalised surface form (never by analysed
 * tokens: Nori would reduce 기획자 to 기획). An ambiguous alias ("PM") resolves to one of its
 * roles when an unambiguous name of that role stands in the same sentence or in the
 * parenthesis right after it; otherwise it stays ambiguous.
 */
public final class RoleMatcher {

	/**
	 * A place where text names a role; {@code slug} is null while the name stays
	 * ambiguous.
	 */
	public record Mention(int start, int end, String label, Set<String> candidates, String slug) {

		public boolean resolved() {
			return slug != null;
		}

	}

	private record Name(String label, String slug, boolean ambiguous, Pattern pattern) {
	}

	/** Japanese and Chinese full stops end a sentence without a space after them. */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|(?<=[。！？])\\s*|\\n");

	private final List<Name> names = new ArrayList<>();

	private final Map<String, RoleEntry> rolesBySlug = new LinkedHashMap<>();

	/** Where the names may stand in a text: a cheap test before their patterns run. */
	private final NameProbes probes;

	public RoleMatcher(List<RoleEntry> roles) {
		Map<String, Set<String>> slugsByLabel = new LinkedHashMap<>();
		Map<String, Boolean> ambiguousLabel = new LinkedHashMap<>();
		for (RoleEntry role : roles) {
			rolesBySlug.put(role.slug(), role);
			addLabel(slugsByLabel, ambiguousLabel, role.nameEn(), role.slug(), false);
			if (role.nameKo() != null) {
				addLabel(slugsByLabel, ambiguousLabel, role.nameKo(), role.slug(), false);
			}
			role.aliases()
				.forEach(
						alias -> addLabel(slugsByLabel, ambiguousLabel, alias.label(), role.slug(), alias.ambiguous()));
		}
		slugsByLabel.forEach((key, slugs) -> {
			boolean ambiguous = ambiguousLabel.get(key) || slugs.size() > 1;
			for (String slug : slugs) {
				names.add(new Name(key, slug, ambiguous, pattern(key)));
			}
		});
		this.probes = new NameProbes(names.stream().map(name -> name.label().split(" ")[0]).toList(),
				names.stream().map(name -> isAcronym(name.label())).toList());
	}

	private static void addLabel(Map<String, Set<String>> slugsByLabel, Map<String, Boolean> ambiguousLabel,
			String label, String slug, boolean ambiguous) {
		String key = TextNormalizer.normalize(label);
		slugsByLabel.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(slug);
		ambiguousLabel.merge(key, ambiguous, Boolean::logicalOr);
	}

	/**
	 * Acronyms ("PO", "VD") match case-sensitively so that ordinary words do not; Latin
	 * names also match an English plural or possessive; a name ending in Hangul may carry
	 * a particle.
	 */
	private static Pattern pattern(String label) {
		boolean acronym = isAcronym(label);
		int first = label.codePointAt(0);
		int last = label.codePointBefore(label.length());
		// A Latin name may touch Hangul or kana (particles: "CPO는"); a Hangul name must
		// not follow Hangul.
		String before = TextNormalizer.isHangul(first) ? "(?<![\\p{L}\\p{N}])" : "(?<![\\p{IsLatin}\\p{N}])";
		String after = TextNormalizer.isHangul(last) || isKanaOrHan(last) ? "(?![\\p{IsLatin}\\p{N}])"
				: "(?:s|es|'s|’s)?(?![\\p{IsLatin}\\p{N}])";
		String body = Pattern.quote(label).replace(" ", "\\E\\s+\\Q");
		int flags = Pattern.UNICODE_CHARACTER_CLASS | (acronym ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		return Pattern.compile(before + body + after, flags);
	}

	private static boolean isAcronym(String label) {
		return label.length() <= 4 && label.equals(label.toUpperCase(Locale.ROOT))
				&& label.chars().allMatch(c -> Character.isLetter(c) && c < 128);
	}

	/**
	 * Kana and Han by block, so that marks such as the prolonged sound "ー" (script
	 * COMMON) count too.
	 */
	private static boolean isKanaOrHan(int codePoint) {
		return (codePoint >= 0x3040 && codePoint <= 0x9FFF) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
				|| (codePoint >= 0xFF66 && codePoint <= 0xFF9F);
	}

	public Optional<RoleEntry> role(String slug) {
		return Optional.ofNullable(rolesBySlug.get(slug));
	}

	public List<RoleEntry> roles() {
		return List.copyOf(rolesBySlug.values());
	}

	/**
	 * Every role named in the text, longest name first where names overlap, resolved
	 * where the context allows.
	 */
	public List<Mention> find(String text) {
		List<Mention> raw = new ArrayList<>();
		Map<String, Set<String>> candidatesAt = new LinkedHashMap<>();
		BitSet tried = probes.namesPossiblyIn(text);
		for (int i = tried.nextSetBit(0); i >= 0; i = tried.nextSetBit(i + 1)) {
			Name name = names.get(i);
			Matcher m = name.pattern().matcher(text);
			while (m.find()) {
				String key = m.start() + ":" + m.end();
				candidatesAt.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(name.slug());
				if (candidatesAt.get(key).size() == 1) {
					raw.add(new Mention(m.start(), m.end(), name.label(), candidatesAt.get(key),
							name.ambiguous() ? null : name.slug()));
				}
			}
		}
		raw.sort(Comparator.comparingInt(Mention::start)
			.thenComparing(Comparator.comparingInt(Mention::end).reversed()));
		List<Mention> kept = new ArrayList<>();
		int coveredUntil = -1;
		for (Mention mention : raw) {
			if (mention.start() >= coveredUntil) {
				kept.add(mention);
				coveredUntil = mention.end();
			}
		}
		return resolve(text, kept);
	}

	private List<Mention> resolve(String text, List<Mention> mentions) {
		List<Mention> resolved = new ArrayList<>();
		for (Mention mention : mentions) {
			if (mention.resolved() || mention.candidates().size() < 1) {
				resolved.add(mention);
				continue;
			}
			int[] sentence = sentenceAround(text, mention.start());
			Set<String> named = new LinkedHashSet<>();
			for (Mention other : mentions) {
				if (other != mention && other.resolved() && other.start() >= sentence[0] && other.end() <= sentence[1]
						&& mention.candidates().contains(other.slug())) {
					named.add(other.slug());
				}
			}
			String slug = named.size() == 1 ? named.iterator().next() : null;
			if (slug == null && mention.candidates().size() == 1 && !isAmbiguousLabel(mention.label())) {
				slug = mention.candidates().iterator().next();
			}
			resolved.add(new Mention(mention.start(), mention.end(), mention.label(), mention.candidates(), slug));
		}
		return resolved;
	}

	private boolean isAmbiguousLabel(String label) {
		return names.stream().anyMatch(n -> n.label().equals(label) && n.ambiguous());
	}

	private static int[] sentenceAround(String text, int position) {
		int start = 0;
		int end = text.length();
		Matcher m = SENTENCE_END.matcher(text);
		while (m.find()) {
			if (m.end() <= position) {
				start = m.end();
			}
			else {
				end = m.start();
				break;
			}
		}
		return new int[] { start, end };
	}

	/**
	 * Slugs of the roles the text names unambiguously (or resolves), in order of first
	 * mention.
	 */
	public Set<String> rolesNamed(String text) {
		Set<String> slugs = new LinkedHashSet<>();
		find(text).stream().filter(Mention::resolved).forEach(m -> slugs.add(m.slug()));
		return slugs;
	}

	/**
	 * Roles named between {@code start} and {@code end} of the text, an ambiguous name
	 * resolved by the whole sentence it stands in, not only by the span.
	 */
	public Set<String> rolesNamedWithin(String text, int start, int end) {
		Set<String> slugs = new LinkedHashSet<>();
		find(text).stream()
			.filter(m -> m.resolved() && m.start() >= start && m.end() <= end)
			.forEach(m -> slugs.add(m.slug()));
		return slugs;
	}

	/**
	 * The text with every role name removed, for reading what a heading says about the
	 * role.
	 */
	public String withoutRoleNames(String text) {
		StringBuilder out = new StringBuilder();
		int at = 0;
		for (Mention mention : find(text)) {
			out.append(text, at, mention.start()).append(' ');
			at = mention.end();
		}
		return out.append(text.substring(at)).toString();
	}

	/**
	 * The roles a front-matter role entry may mean, by slug, name or alias: none when it
	 * is unknown, several when it is an ambiguous alias ("PM").
	 */
	public Set<String> entryCandidates(String entry) {
		String key = TextNormalizer.normalize(entry);
		if (rolesBySlug.containsKey(key.toLowerCase(Locale.ROOT))) {
			return Set.of(key.toLowerCase(Locale.ROOT));
		}
		Set<String> slugs = new LinkedHashSet<>();
		names.stream().filter(n -> n.label().equalsIgnoreCase(key)).forEach(n -> slugs.add(n.slug()));
		return slugs;
	}

}
