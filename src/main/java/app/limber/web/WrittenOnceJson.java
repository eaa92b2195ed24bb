package app.limber.web;

import java.io.ByteArrayOutputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import app.limber.catalogue.model.PerCatalogue;
import app.limber.catalogue.model.ReadModel;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.util.NameTransformer;

import org.springframework.util.function.SingletonSupplier;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Writes each {@link WrittenOnce} value's JSON once and copies it wherever the value
 * appears again.
 * <ul>
 * <li>Per catalogue: the articles' texts are escaped once rather than once per answer,
 * which was much of writing a routine (site page performance.md). What was written is
 * forgotten when another catalogue version is swapped in. Equal values write the same
 * JSON, so they share it.</li>
 * <li>Per answer: a programme repeats its sessions day after day, and each time after the
 * first copies the JSON written then (site page programmes.md). What was written is kept
 * in the answer's {@link SerializationContext} and goes with it.</li>
 * </ul>
 * What is remembered is written with the settings of the first answer that holds the
 * value, which are those of the application's one {@code JsonMapper}; indented output is
 * always written in place.
 */
public final class WrittenOnceJson extends SimpleModule {

	private static final long serialVersionUID = 1L;

	/**
	 * The most values remembered for one catalogue or one answer: a bound in case a type
	 * made afresh for each request is marked to be remembered per catalogue by mistake.
	 */
	static final int MOST_VALUES = 1 << 17;

	/**
	 * The key of the values remembered for one answer, among its context's attributes.
	 */
	private static final Object ANSWER = WrittenOnce.Per.ANSWER;

	private final transient Supplier<PerCatalogue<Map<Object, SerializableString>>> written;

	/**
	 * The module, for the application's {@code JsonMapper}.
	 * @param readModel the catalogue being served, whose values are remembered; asked for
	 * when the first value is written, so that making the {@code JsonMapper} does not
	 * wait for the catalogue to load
	 */
	public WrittenOnceJson(Supplier<ReadModel> readModel) {
		super("limber-written-once");
		this.written = SingletonSupplier
			.of(() -> new PerCatalogue<>(readModel.get(), (catalogue) -> new ConcurrentHashMap<>()));
		Supplier<PerCatalogue<Map<Object, SerializableString>>> written = this.written;
		Memory perCatalogue = (context) -> written.get().get();
		setSerializerModifier(new ValueSerializerModifier() {

			private static final long serialVersionUID = 1L;

			@Override
			public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier bean,
					ValueSerializer<?> serializer) {
				WrittenOnce once = bean.getBeanClass().getAnnotation(WrittenOnce.class);
				if (once == null) {
					return serializer;
				}
				return new Copying(unchecked(serializer),
						(once.value() == WrittenOnce.Per.ANSWER) ? WrittenOnceJson::perAnswer : perCatalogue);
			}

		});
	}

	/**
	 * How many values' JSON is remembered for the catalogue being served.
	 * @return the number of distinct values written
	 */
	public int remembered() {
		return this.written.get().get().size();
	}

	@SuppressWarnings("unchecked")
	private static Map<Object, SerializableString> perAnswer(SerializationContext context) {
		Map<Object, SerializableString> written = (Map<Object, SerializableString>) context.getAttribute(ANSWER);
		if (written == null) {
			written = new IdentityHashMap<>();
			context.setAttribute(ANSWER, written);
		}
		return written;
	}

	@SuppressWarnings("unchecked")
	private static ValueSerializer<Object> unchecked(ValueSerializer<?> serializer) {
		return (ValueSerializer<Object>) serializer;
	}

	/**
	 * Where the JSON already written is remembered, for one answer's context.
	 */
	@FunctionalInterface
	private interface Memory {

		Map<Object, SerializableString> of(SerializationContext context);

	}

	private static final class Copying extends ValueSerializer<Object> {

		private final ValueSerializer<Object> writer;

		private final Memory memory;

		Copying(ValueSerializer<Object> writer, Memory memory) {
			this.writer = writer;
			this.memory = memory;
		}

		@Override
		public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
			if (generator.getPrettyPrinter() != null) {
				// Indentation depends on where the value sits: written in place.
				this.writer.serialize(value, generator, context);
				return;
			}
			Map<Object, SerializableString> written = this.memory.of(context);
			SerializableString json = written.get(value);
			if (json == null) {
				ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
				try (JsonGenerator own = generator.objectWriteContext()
					.tokenStreamFactory()
					.createGenerator(generator.objectWriteContext(), bytes)) {
					this.writer.serialize(value, own, context);
				}
				json = new SerializedString(bytes.toString(UTF_8));
				if (written.size() < MOST_VALUES) {
					written.put(value, json);
				}
			}
			generator.writeRawValue(json);
		}

		@Override
		public ValueSerializer<Object> unwrappingSerializer(NameTransformer unwrapper) {
			return this.writer.unwrappingSerializer(unwrapper);
		}

		@Override
		public Class<?> handledType() {
			return this.writer.handledType();
		}

		@Override
		public boolean isEmpty(SerializationContext context, Object value) {
			return this.writer.isEmpty(context, value);
		}

		@Override
		public ValueSerializer<?> createContextual(SerializationContext context, BeanProperty property) {
			ValueSerializer<?> contextual = this.writer.createContextual(context, property);
			return (contextual == this.writer) ? this : new Copying(unchecked(contextual), this.memory);
		}

		@Override
		public void resolve(SerializationContext context) {
			this.writer.resolve(context);
		}

	}

}
