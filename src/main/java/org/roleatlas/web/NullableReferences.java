package org.roleatlas.web;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Marks nullable the {@code @Nullable} properties whose value is another schema (a record
 * such as a comparison column's definition). Swagger Core puts {@code "null"} among the
 * types of a nullable string or number, but drops it for a property that is a
 * {@code $ref}, whose siblings could not say "or null" anyway: such a property becomes
 * {@code anyOf: [{$ref}, {type: null}]}. The converter notes them while the models are
 * read; {@link #apply} rewrites them once the description is complete.
 */
class NullableReferences implements ModelConverter {

	/**
	 * Property names by the name of the schema that holds them. Shared by every instance:
	 * Swagger keeps its converters and resolved models JVM-wide, so where one JVM runs
	 * several application contexts (the tests) the instance that reads a model is not
	 * always the one of the context that writes the description. The notes are facts
	 * about the types, the same for every instance.
	 */
	private static final Map<String, Set<String>> nullable = new ConcurrentHashMap<>();

	@Override
	public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (type.isSchemaProperty() && type.getParent() != null && type.getParent().getName() != null
				&& annotatedNullable(type)) {
			nullable.computeIfAbsent(type.getParent().getName(), name -> ConcurrentHashMap.newKeySet())
				.add(type.getPropertyName());
		}
		return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
	}

	@Override
	public boolean isOpenapi31() {
		return true;
	}

	private static boolean annotatedNullable(AnnotatedType type) {
		return type.getCtxAnnotations() != null && Arrays.stream(type.getCtxAnnotations())
			.anyMatch(annotation -> annotation.annotationType() == jakarta.annotation.Nullable.class);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	void apply(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents() == null ? null : openApi.getComponents().getSchemas();
		if (schemas == null) {
			return;
		}
		nullable.forEach((schemaName, properties) -> {
			Schema<?> schema = schemas.get(schemaName);
			if (schema == null || schema.getProperties() == null) {
				return;
			}
			for (String property : properties) {
				Schema<?> value = schema.getProperties().get(property);
				if (value != null && value.get$ref() != null) {
					Schema<?> reference = new JsonSchema().$ref(value.get$ref());
					Schema<?> none = new JsonSchema().types(Set.of("null"));
					Schema<?> either = new JsonSchema().anyOf(List.of(reference, none));
					((Map) schema.getProperties()).put(property, either);
				}
			}
		});
	}

}
