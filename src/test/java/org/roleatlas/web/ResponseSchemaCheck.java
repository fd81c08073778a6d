package org.roleatlas.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Holds a JSON body against the schema an OpenAPI description declares for it and lists
 * every way the body breaks it: a null where the schema does not allow one, a required
 * property absent, a property the schema does not know, a value of another type.
 */
final class ResponseSchemaCheck {

	private static final String REF_PREFIX = "#/components/schemas/";

	private final JsonNode schemas;

	private final List<String> problems = new ArrayList<>();

	/** Nullable properties seen null, by schema path: proof that the check saw them. */
	private final List<String> nullsSeen = new ArrayList<>();

	ResponseSchemaCheck(JsonNode apiDocs) {
		this.schemas = apiDocs.path("components").path("schemas");
	}

	List<String> problems() {
		return problems;
	}

	List<String> nullsSeen() {
		return nullsSeen;
	}

	void check(JsonNode schema, JsonNode value, String where) {
		JsonNode resolved = resolve(schema);
		if (value.isNull()) {
			if (nullable(schema) || nullable(resolved)) {
				nullsSeen.add(where.replaceAll("\\[[^]]*]", "[]"));
			}
			else {
				problems.add(where + " is null, but its schema is not nullable");
			}
			return;
		}
		if (resolved.isObject() && resolved.isEmpty()) {
			return;
		}
		if (value.isObject()) {
			checkObject(resolved, value, where);
		}
		else if (value.isArray()) {
			if (!hasType(resolved, "array")) {
				problems.add(where + " is an array, declared as " + resolved);
				return;
			}
			int i = 0;
			for (JsonNode element : value) {
				check(resolved.path("items"), element, where + "[" + i++ + "]");
			}
		}
		else {
			checkScalar(resolved, value, where);
		}
	}

	private void checkObject(JsonNode schema, JsonNode value, String where) {
		JsonNode properties = schema.path("properties");
		for (JsonNode required : schema.path("required")) {
			if (!value.has(required.stringValue())) {
				problems.add(where + "." + required.stringValue() + " is required, but absent");
			}
		}
		for (Map.Entry<String, JsonNode> property : value.properties()) {
			String name = property.getKey();
			if (properties.has(name)) {
				check(properties.get(name), property.getValue(), where + "." + name);
			}
			else if (schema.path("additionalProperties").isObject()) {
				check(schema.get("additionalProperties"), property.getValue(), where + "[" + name + "]");
			}
			else {
				problems.add(where + "." + name + " is not declared");
			}
		}
	}

	private void checkScalar(JsonNode schema, JsonNode value, String where) {
		boolean fits = switch (value.getNodeType()) {
			case STRING -> hasType(schema, "string");
			case BOOLEAN -> hasType(schema, "boolean");
			case NUMBER -> hasType(schema, "number") || (value.isIntegralNumber() && hasType(schema, "integer"));
			default -> false;
		};
		// A schema without a type (an Object-typed value) allows any value.
		if (!fits && types(schema).stream().anyMatch(t -> !"null".equals(t))) {
			problems.add(where + " = " + value + " does not fit " + schema);
		}
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode ref = schema.path("$ref");
		if (ref.isString()) {
			return resolve(schemas.path(ref.stringValue().substring(REF_PREFIX.length())));
		}
		for (String combined : new String[] { "allOf", "anyOf", "oneOf" }) {
			for (JsonNode part : schema.path(combined)) {
				if (!hasType(part, "null") || part.has("$ref")) {
					return resolve(part);
				}
			}
		}
		return schema;
	}

	/**
	 * OpenAPI 3.0 says {@code nullable: true}; 3.1 puts {@code "null"} among the types or
	 * offers a null alternative. An empty schema (an {@code Object}) allows any value.
	 */
	static boolean nullable(JsonNode schema) {
		if (schema.path("nullable").asBoolean(false) || types(schema).contains("null")) {
			return true;
		}
		if (schema.isObject() && schema.isEmpty()) {
			return true;
		}
		for (String combined : new String[] { "anyOf", "oneOf" }) {
			for (JsonNode part : schema.path(combined)) {
				if (types(part).contains("null")) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean hasType(JsonNode schema, String type) {
		return types(schema).contains(type);
	}

	private static List<String> types(JsonNode schema) {
		List<String> types = new ArrayList<>();
		JsonNode type = schema.path("type");
		if (type.isString()) {
			types.add(type.stringValue());
		}
		type.forEach(t -> types.add(t.stringValue()));
		schema.path("types").forEach(t -> types.add(t.stringValue()));
		return types;
	}

}
