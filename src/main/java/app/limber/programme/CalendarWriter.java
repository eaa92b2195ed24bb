package app.limber.programme;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentContainer;
import net.fortuna.ical4j.model.Encodable;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Writes an ical4j {@link Calendar} as RFC 5545 text: each content line as ical4j's own
 * {@code Property.toString()} writes it, folded. Hand-written because ical4j's
 * {@code CalendarOutputter} took 14 ms for a calendar of 90 events on the production JIT
 * (C1): it escapes every text value with three regular expressions, then folds the whole
 * text a character at a time through a synchronized buffer, after 75 characters where RFC
 * 5545 says 75 octets. Here a line is escaped, encoded and folded in one pass, and a
 * property or component several events share (a session's description, its alarm) is
 * written once and copied (site page programmes.md).
 */
final class CalendarWriter {

	/** RFC 5545 3.1: lines longer than this many octets are folded. */
	private static final int LINE_OCTETS = 75;

	// The ASCII characters a text value escapes.
	private static final boolean[] SPECIAL = new boolean[128];

	static {
		for (char c : new char[] { '\\', ',', ';', '\n', '\r' }) {
			SPECIAL[c] = true;
		}
	}

	// "BEGIN:VEVENT" and "END:VEVENT" with their line breaks, and so on, by component.
	private static final Map<String, byte[][]> DELIMITERS = new ConcurrentHashMap<>();

	// Where each property and inner component was written, as offset and length.
	private final Map<Object, Long> written;

	private final Map<ParameterList, String> parameters = new IdentityHashMap<>();

	private byte[] buffer;

	private int length;

	// Octets on the line being written, for folding.
	private int octets;

	private CalendarWriter(int capacity) {
		this.buffer = new byte[capacity];
		// About one line written for every 150 bytes.
		this.written = new IdentityHashMap<>(capacity / 150);
	}

	/**
	 * The calendar as UTF-8 text.
	 * @param calendar the calendar
	 * @param capacity about how many bytes it will take
	 * @return the bytes
	 */
	static byte[] write(Calendar calendar, int capacity) {
		CalendarWriter writer = new CalendarWriter(capacity);
		writer.line("BEGIN:", Calendar.VCALENDAR);
		for (Property property : calendar.getProperties()) {
			writer.property(property);
		}
		for (Component component : calendar.getComponents()) {
			writer.component(component, false);
		}
		writer.line("END:", Calendar.VCALENDAR);
		return Arrays.copyOf(writer.buffer, writer.length);
	}

	// A component inside another may be shared: written once, then copied.
	private void component(Component component, boolean inner) {
		if (inner && again(component)) {
			return;
		}
		int from = this.length;
		line("BEGIN:", component.getName());
		for (Property property : component.getProperties()) {
			property(property);
		}
		if (component instanceof ComponentContainer<?> container) {
			for (Object each : container.getComponents()) {
				component((Component) each, true);
			}
		}
		line("END:", component.getName());
		if (inner) {
			remember(component, from);
		}
	}

	private void property(Property property) {
		if (again(property)) {
			return;
		}
		int from = this.length;
		this.octets = 0;
		text(property.getName(), false);
		if (!property.getParameters().isEmpty()) {
			// Parameter lists are shared too, and writing one runs a regular expression.
			String parameters = this.parameters.get(property.getParameterList());
			if (parameters == null) {
				parameters = property.getParameterList().toString();
				this.parameters.put(property.getParameterList(), parameters);
			}
			text(parameters, false);
		}
		text(":", false);
		String value = property.getValue();
		if (value != null) {
			text(value,
					(property instanceof Encodable)
							&& !(property instanceof XProperty && property.getParameter(Parameter.VALUE).isPresent()
									&& !Value.TEXT.equals(property.getRequiredParameter(Parameter.VALUE))));
		}
		end();
		remember(property, from);
	}

	// Copies what was written for the same object earlier, if it was.
	private boolean again(Object content) {
		Long written = this.written.get(content);
		if (written == null) {
			return false;
		}
		int from = (int) (written >>> 32);
		int length = (int) (long) written;
		ensure(length);
		System.arraycopy(this.buffer, from, this.buffer, this.length, length);
		this.length += length;
		return true;
	}

	private void remember(Object content, int from) {
		this.written.put(content, ((long) from << 32) | (this.length - from));
	}

	private void line(String start, String name) {
		byte[][] delimiters = DELIMITERS.computeIfAbsent(name,
				(component) -> new byte[][] { folded("BEGIN:" + component), folded("END:" + component) });
		append(delimiters["BEGIN:".equals(start) ? 0 : 1]);
	}

	private static byte[] folded(String line) {
		CalendarWriter writer = new CalendarWriter(line.length() * 6 + 16);
		writer.text(line, false);
		writer.end();
		return Arrays.copyOf(writer.buffer, writer.length);
	}

	/**
	 * Appends text to the line being written, in UTF-8, folded as RFC 5545 3.1 says: no
	 * line longer than 75 octets, each continuation starting with a space, never inside a
	 * character. A text value is escaped as 3.3.11 says, and as ical4j's
	 * {@code PropertyCodec} does: backslash, line break, comma and semicolon.
	 */
	private void text(String text, boolean escaped) {
		// Encoded at once: a copy for ASCII, and the loop below reads bytes, which C1
		// checks less than a String's characters.
		byte[] in = text.getBytes(StandardCharsets.UTF_8);
		int length = in.length;
		// Escapes double a character at most, and a fold adds three octets every 74.
		ensure(length * 3 + 16);
		byte[] out = this.buffer;
		int n = this.length;
		int octets = this.octets;
		for (int i = 0; i < length;) {
			byte b = in[i];
			// Most characters: ASCII, nothing to escape, room on the line.
			if (b >= 0 && octets < LINE_OCTETS && !(escaped && SPECIAL[b])) {
				out[n++] = b;
				octets++;
				i++;
				continue;
			}
			byte escape = 0;
			int size;
			if (b >= 0) {
				size = 1;
				if (escaped && SPECIAL[b]) {
					boolean crlf = b == '\r' && i + 1 < length && in[i + 1] == '\n';
					escape = (b == '\n' || crlf) ? (byte) 'n' : (b == '\r') ? 0 : b;
					size = crlf ? 2 : 1;
				}
			}
			else {
				size = ((b & 0xE0) == 0xC0) ? 2 : ((b & 0xF0) == 0xE0) ? 3 : 4;
			}
			int octetsOut = (escape != 0) ? 2 : size;
			if (octets + octetsOut > LINE_OCTETS) {
				out[n++] = '\r';
				out[n++] = '\n';
				out[n++] = ' ';
				octets = 1;
			}
			if (escape != 0) {
				out[n++] = '\\';
				out[n++] = escape;
			}
			else {
				System.arraycopy(in, i, out, n, size);
				n += size;
			}
			octets += octetsOut;
			i += size;
		}
		this.length = n;
		this.octets = octets;
	}

	private void end() {
		ensure(2);
		this.buffer[this.length++] = '\r';
		this.buffer[this.length++] = '\n';
	}

	private void append(byte[] bytes) {
		ensure(bytes.length);
		System.arraycopy(bytes, 0, this.buffer, this.length, bytes.length);
		this.length += bytes.length;
	}

	private void ensure(int more) {
		if (this.length + more > this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, Math.max(this.buffer.length * 2, this.length + more));
		}
	}

	/**
	 * One property's content line, unfolded, as this writer writes it: for tests that
	 * hold it to ical4j's own.
	 * @param property the property
	 * @return the line, without its line break
	 */
	static String contentLine(Property property) {
		CalendarWriter writer = new CalendarWriter(256);
		writer.property(property);
		return new String(writer.buffer, 0, writer.length - 2, StandardCharsets.UTF_8).replace("\r\n ", "");
	}

}
