package app.limber.apidocs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import app.limber.catalogue.model.Filter;
import app.limber.exercise.ExerciseFacets;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import app.limber.web.QueryBinder;
import app.limber.web.QueryParameter;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the query parameters of every query record from its {@link QueryBinder}'s
 * declarations, so that the document says what binding reads; and the facets an answer
 * can carry, one property per {@link Filter#facets() facet}.
 */
final class QueryDocumentation implements OperationCustomizer, OpenApiCustomizer {

	private final Map<Class<?>, QueryBinder<?>> binders;

	QueryDocumentation(Map<Class<?>, QueryBinder<?>> binders) {
		this.binders = binders;
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		for (MethodParameter parameter : handlerMethod.getMethodParameters()) {
			QueryBinder<?> binder = this.binders.get(parameter.getParameterType());
			if (binder != null) {
				for (QueryParameter declared : binder.parameters(pathVariables(operation))) {
					operation.addParametersItem(document(declared));
				}
			}
		}
		return operation;
	}

	// The path variables springdoc found in the mapping, before the query's.
	private static Set<String> pathVariables(Operation operation) {
		Set<String> variables = new HashSet<>();
		if (operation.getParameters() != null) {
			for (Parameter parameter : operation.getParameters()) {
				if ("path".equals(parameter.getIn())) {
					variables.add(parameter.getName());
				}
			}
		}
		return variables;
	}

	static Parameter document(QueryParameter declared) {
		Parameter parameter = new Parameter().in("query")
			.name(declared.name())
			.required(declared.required())
			.description(declared.description());
		switch (declared.form()) {
			case WHOLE -> parameter.schema(typed("integer").format("int32")
				.minimum(BigDecimal.valueOf(declared.min()))
				.maximum(BigDecimal.valueOf(declared.max()))
				._default(declared.byDefault())).example(declared.example());
			case FLAG -> parameter.schema(typed("boolean")._default(declared.byDefault()));
			case TEXT -> {
				Schema<Object> text = typed("string");
				if (declared.allowed().isEmpty()) {
					text.maxLength(declared.max()).minLength(0);
				}
				else {
					text._enum(new ArrayList<>(declared.allowed()));
				}
				parameter.schema(text).example(declared.example());
			}
			case LIST -> {
				Schema<Object> item = typed("string").example(declared.example());
				if (declared.allowed().isEmpty()) {
					item.maxLength(declared.itemMaxLength());
				}
				else {
					item._enum(new ArrayList<>(declared.allowed()));
				}
				Schema<Object> list = typed("array").items(item).maxItems(declared.max()).minItems(0);
				parameter.schema((declared.byDefault() != null) ? list._default(declared.byDefault()) : list);
			}
			case DATE -> parameter.schema(typed("string").format("date")).example(declared.example());
			case TIME -> parameter
				.schema(typed("string").pattern("^([01][0-9]|2[0-3]):[0-5][0-9]$")._default(declared.byDefault()))
				.example(declared.byDefault());
		}
		return parameter;
	}

	@Override
	public void customise(OpenAPI openApi) {
		Schema<Object> facets = typed("object")
			.description("Counts per filter value for a filter panel; only the facets asked for are present.");
		for (Filter facet : Filter.facets()) {
			facets.addProperty(facet.value(),
					typed("array").items(new Schema<>().$ref("#/components/schemas/FacetCount")));
		}
		openApi.getComponents().addSchemas("ExerciseFacets", facets);
		// A page refers to it, rather than describing the map the counts are written
		// from.
		Schema<?> page = openApi.getComponents().getSchemas().get("ExercisePage");
		Schema<?> property = page.getProperties().get("facets");
		page.addProperty("facets",
				new Schema<>().$ref("#/components/schemas/ExerciseFacets").description(property.getDescription()));
		// The counts' own schema, as the model converters (ExactResponseSchemas among
		// them) describe the record.
		ModelConverters converters = new ModelConverters(true);
		converters.addConverter(new ExactResponseSchemas());
		converters.readAll(new AnnotatedType(ExerciseFacets.Count.class)).forEach(openApi.getComponents()::addSchemas);
	}

	private static Schema<Object> typed(String type) {
		Schema<Object> schema = new Schema<>();
		schema.addType(type);
		return schema;
	}

}
