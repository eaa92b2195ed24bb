package app.limber;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request exactly as written, bytes no HTTP client would send included, and reads
 * the whole answer, status line and headers too, until the server closes the connection.
 */
final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends one request to Limber on this machine.
	 * @param port the port Limber listens on
	 * @param request the request, written as ISO-8859-1 bytes; it should ask the server
	 * to close the connection
	 * @param answerCharset how to read the answer's bytes
	 * @return the whole answer
	 */
	static String exchange(int port, String request, Charset answerCharset) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), answerCharset);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
