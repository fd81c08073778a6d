package org.roleatlas.corpus;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a notice's arguments in one column as a JSON array of strings: a list inside an
 * element collection cannot have a table of its own, and JSON keeps any argument text
 * intact and readable in the database.
 */
@Converter
public class NoticeArguments implements AttributeConverter<List<String>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<String> args) {
		return JSON.writeValueAsString(args);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return JSON.readValue(column, STRINGS);
	}

}
