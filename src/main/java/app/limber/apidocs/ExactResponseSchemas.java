package app.limber.apidocs;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Makes the schemas of Limber's response records exact, so that generated clients match
 * real answers: every record component is {@code required} (Jackson always writes it),
 * and one annotated {@link Nullable} is sent as {@code null} when it has no value, which
 * the schema says ({@code type: [X, "null"]}, or {@code anyOf} a reference and
 * {@code null}). A component Jackson leaves out when empty ({@link JsonInclude} other
 * than {@code ALWAYS}) is neither: it is optional, and never {@code null}.
 */
class ExactResponseSchemas implements ModelConverter {

	private static final String NULL = "null";

	@Override
	@SuppressWarnings("rawtypes")
	public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Schema resolved = chain.next().resolve(type, context, chain);
		if (resolved == null || type.getType() == null) {
			return resolved;
		}
		Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (raw.isRecord() && raw.getPackageName().startsWith("app.limber")) {
			Schema model = model(resolved, context);
			if (model != null && model.getProperties() != null) {
				exact(raw, model);
			}
		}
		return resolved;
	}

	// The resolver answers a model, or a reference to one it has defined.
	@SuppressWarnings("rawtypes")
	private static Schema model(Schema resolved, ModelConverterContext context) {
		if (resolved.get$ref() == null) {
			return resolved;
		}
		String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
		return context.getDefinedModels().get(name);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void exact(Class<?> record, Schema model) {
		Map<String, Schema> properties = model.getProperties();
		Set<String> required = new LinkedHashSet<>();
		for (RecordComponent component : record.getRecordComponents()) {
			String name = component.getName();
			Schema property = properties.get(name);
			if (property == null) {
				continue;
			}
			if (leftOutWhenEmpty(record, component)) {
				continue;
			}
			required.add(name);
			if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
				properties.put(name, nullable(property));
			}
		}
		if (model.getRequired() != null) {
			// Keep what annotations required, unless Jackson may leave it out.
			List<String> declared = new ArrayList<>(model.getRequired());
			for (String name : declared) {
				RecordComponent component = component(record, name);
				if (component == null || !leftOutWhenEmpty(record, component)) {
					required.add(name);
				}
			}
		}
		// In the properties' order, so the document reads as the record does.
		List<String> ordered = properties.keySet().stream().filter(required::contains).toList();
		model.setRequired(ordered.isEmpty() ? null : new ArrayList<>(ordered));
	}

	private static RecordComponent component(Class<?> record, String name) {
		for (RecordComponent component : record.getRecordComponents()) {
			if (component.getName().equals(name)) {
				return component;
			}
		}
		return null;
	}

	private static boolean leftOutWhenEmpty(Class<?> record, RecordComponent component) {
		JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
		if (include == null) {
			include = component.getAnnotation(JsonInclude.class);
		}
		if (include == null) {
			include = record.getAnnotation(JsonInclude.class);
		}
		if (include == null || include.value() == JsonInclude.Include.ALWAYS
				|| include.value() == JsonInclude.Include.USE_DEFAULTS) {
			return false;
		}
		// Leaving out nulls leaves out only what can be null.
		boolean nullsOnly = include.value() == JsonInclude.Include.NON_NULL
				|| include.value() == JsonInclude.Include.NON_ABSENT;
		return !nullsOnly || component.getAnnotatedType().isAnnotationPresent(Nullable.class);
	}

	// OpenAPI 3.1: a reference cannot be widened with a type ({"$ref", "type": "null"}
	// allows only values that are both), so it becomes one of the two.
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Schema nullable(Schema property) {
		if (property.get$ref() != null) {
			Schema reference = new Schema<>().$ref(property.get$ref());
			Schema none = new Schema<>();
			none.addType(NULL);
			Schema either = new Schema<>();
			either.anyOf(List.of(reference, none));
			either.setDescription(property.getDescription());
			return either;
		}
		if (property.getAnyOf() != null) {
			boolean hasNull = ((List<Schema>) property.getAnyOf()).stream()
				.anyMatch((option) -> option.getTypes() != null && option.getTypes().contains(NULL));
			if (!hasNull) {
				Schema none = new Schema<>();
				none.addType(NULL);
				property.addAnyOfItem(none);
			}
			return property;
		}
		if (property.getTypes() == null && property.getType() != null) {
			property.addType(property.getType());
		}
		if (property.getTypes() != null && !property.getTypes().contains(NULL)) {
			property.addType(NULL);
		}
		if (property.getEnum() != null && !property.getEnum().contains(null)) {
			// A copy: the resolver may hand over a list it will not let grow.
			List<Object> values = new ArrayList<>(property.getEnum());
			values.add(null);
			property.setEnum(values);
		}
		return property;
	}

}
