package org.roleatlas.corpus;

import java.util.Arrays;
import java.util.Objects;

/**
 * Every notice the ingest gives, with the number of arguments its message takes. The code
 * is what is stored, so it stays stable when a constant is renamed; the wording is in the
 * message bundles only.
 */
public enum NoticeCode {

	CONTENT_FOLDER_MISSING("contentFolderMissing", 1), TAXONOMY_OVERRIDE_UNUSABLE("taxonomyOverrideUnusable", 2),
	FILE_TOO_LARGE("fileTooLarge", 2), UNREADABLE("unreadable", 1), LOADING_FAILED("loadingFailed", 0),
	NOT_UTF8("notUtf8", 1), BINARY_CONTENT("binaryContent", 0), EMPTY_FILE("emptyFile", 0),
	FRONT_MATTER_NOT_CLOSED("frontMatterNotClosed", 0), FRONT_MATTER_INVALID_YAML_AT("frontMatterInvalidYamlAt", 2),
	FRONT_MATTER_INVALID_YAML("frontMatterInvalidYaml", 1), FRONT_MATTER_NOT_A_MAPPING("frontMatterNotAMapping", 0),
	FRONT_MATTER_VALUE_NOT_TEXT("frontMatterValueNotText", 2), NO_TEXT_AFTER_CHROME("noTextAfterChrome", 1),
	LANGUAGE_UNDETECTED("languageUndetected", 0), FRONT_MATTER_ROLE_UNUSABLE("frontMatterRoleUnusable", 1),
	FRONT_MATTER_ROLE_CREATED("frontMatterRoleCreated", 2), FRONT_MATTER_ROLE_AMBIGUOUS("frontMatterRoleAmbiguous", 2),
	NO_ROLE_RESOLVED("noRoleResolved", 1), SKIPPED_LINK_OUTSIDE("linkOutsideFolder", 1),
	SKIPPED_LINK_BROKEN("linkBroken", 1), SKIPPED_NOT_REGULAR("notRegularFile", 1),
	SKIPPED_UNREADABLE("skippedUnreadable", 1), TOO_DEEP_TO_READ("tooDeepToRead", 0), LINE_TOO_LONG("lineTooLong", 3),
	NESTING_TOO_DEEP("nestingTooDeep", 3), TOO_MANY_ITEMS("tooManyItems", 2), TOO_MANY_SECTIONS("tooManySections", 2),
	TOO_MANY_REFERENCES("tooManyReferences", 2), PARSE_TOO_SLOW("parseTooSlow", 1),
	TAXONOMY_OVERRIDE_REFUSED("taxonomyOverrideRefused", 2), RELOAD_FAILED("reloadFailed", 0),
	CONTENT_FOLDER_EMPTY_KEPT("contentFolderEmptyKept", 2);

	private final String code;

	private final int arity;

	NoticeCode(String code, int arity) {
		this.code = code;
		this.arity = arity;
	}

	public String code() {
		return code;
	}

	public int arity() {
		return arity;
	}

	/**
	 * The notice with these arguments, as text; a wrong count would leave a placeholder
	 * unfilled on the page.
	 */
	public Notice with(Object... args) {
		if (args.length != arity) {
			throw new IllegalArgumentException(code + " takes " + arity + " arguments, not " + args.length);
		}
		return new Notice(code, Arrays.stream(args).map(Objects::toString).toList());
	}

}
